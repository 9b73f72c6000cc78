package io.github.ackhybrid.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The API server addresses ACK sends as JSON text in {@code master_url}. */
public final class PlainEndpoints {
  /** The public endpoint, if any. */
  @JsonProperty("api_server_endpoint")
  public String apiServerEndpoint;
  /** The VPC-internal endpoint, if any. */
  @JsonProperty("intranet_api_server_endpoint")
  public String intranetApiServerEndpoint;
}
