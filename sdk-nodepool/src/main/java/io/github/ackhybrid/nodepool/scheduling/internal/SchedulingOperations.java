package io.github.ackhybrid.nodepool.scheduling.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ackhybrid.core.ResponseMetadata;
import io.github.ackhybrid.core.internal.ApiStyle;
import io.github.ackhybrid.core.internal.Decoders;
import io.github.ackhybrid.core.internal.Operation;
import io.github.ackhybrid.core.internal.ResponseDecoder;
import io.github.ackhybrid.core.internal.ServiceDefinition;

/** The ACK (CS 2015-12-15) operations the scheduling client calls. */
public final class SchedulingOperations {
  /** ACK's API: product {@code cs}, version 2015-12-15, ROA style, regional endpoints. */
  public static final ServiceDefinition CS = ServiceDefinition.regional("cs", "2015-12-15", ApiStyle.ROA);

  /**
   * {@code POST /cluster/{ClusterId}/autoscale/config/}: singular {@code cluster} and a trailing
   * slash, as every official client sends it. Marked idempotent: it writes the cluster's one
   * autoscaler configuration (Alibaba's Terraform provider treats it as an upsert and retries it),
   * so repeating it after an unknown outcome leaves the same settings.
   */
  public static final Operation<Reply> CREATE_AUTOSCALING_CONFIG = Operation.roa(CS, "CreateAutoscalingConfig",
      "POST", "/cluster/{ClusterId}/autoscale/config/", true, reply());

  private SchedulingOperations() {}

  /**
   * A successful answer: its JSON body (an empty object when the body is empty) and metadata.
   *
   * @param body the body
   * @param metadata the response metadata
   */
  public record Reply(JsonNode body, ResponseMetadata metadata) {}

  private static ResponseDecoder<Reply> reply() {
    ResponseDecoder<JsonNode> tree = Decoders.tree();
    return (in, metadata) -> new Reply(tree.decode(in, metadata), metadata);
  }
}
