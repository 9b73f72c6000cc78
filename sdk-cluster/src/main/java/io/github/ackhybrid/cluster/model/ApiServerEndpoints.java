package io.github.ackhybrid.cluster.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ackhybrid.cluster.internal.BlankAsEmpty;
import io.github.ackhybrid.core.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a cluster's Kubernetes API server can be reached. ACK reports this as JSON text inside the
 * {@code master_url} field; the SDK parses it so callers get the addresses directly. An address
 * the service leaves blank is absent.
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = ApiServerEndpoints.Builder.class)
public abstract class ApiServerEndpoints {

  /**
   * Returns the API server's public address, when the cluster exposes one.
   *
   * @return for example {@code https://47.0.0.1:6443}
   */
  @JsonProperty("api_server_endpoint")
  @BlankAsEmpty
  public abstract Optional<String> publicEndpoint();

  /**
   * Returns the API server's address inside the VPC.
   *
   * @return for example {@code https://192.168.0.251:6443}
   */
  @JsonProperty("intranet_api_server_endpoint")
  @BlankAsEmpty
  public abstract Optional<String> intranetEndpoint();

  /**
   * Starts an endpoints value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ApiServerEndpoints}. */
  public static final class Builder extends ImmutableApiServerEndpoints.Builder {}
}
