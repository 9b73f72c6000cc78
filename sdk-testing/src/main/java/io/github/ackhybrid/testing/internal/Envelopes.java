package io.github.ackhybrid.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.testing.Product;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Error bodies in the two shapes the cloud uses: ROA (ACK) {@code {"code","message","requestId"}}
 * and RPC (ASM, BSS) {@code {"RequestId","HostId","Code","Message","Recommend"}}. Every error is a
 * JSON object, since official clients fail to read anything else.
 */
public final class Envelopes {
  private Envelopes() {}

  /**
   * Builds a ROA error body.
   *
   * @param code the error code
   * @param message the error message
   * @param requestId the request id
   * @return the body
   */
  public static ObjectNode roa(String code, String message, String requestId) {
    ObjectNode body = Json.mapper().createObjectNode();
    body.put("code", code);
    body.put("message", message);
    body.put("requestId", requestId);
    return body;
  }

  /**
   * Builds an RPC error body. {@code Recommend} links the troubleshooting page the way the cloud
   * does, with the code, product and request id in its query.
   *
   * @param code the error code
   * @param message the error message
   * @param requestId the request id
   * @param hostId the endpoint the request was sent to
   * @param product the product, or null if unknown
   * @return the body
   */
  public static ObjectNode rpc(String code, String message, String requestId, String hostId, Product product) {
    ObjectNode body = Json.mapper().createObjectNode();
    body.put("RequestId", requestId);
    body.put("HostId", hostId);
    body.put("Code", code);
    body.put("Message", message);
    body.put("Recommend", "https://api.alibabacloud.com/troubleshoot?intl_lang=EN_US&q="
        + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&product=" + productCode(product)
        + "&requestId=" + requestId);
    return body;
  }

  private static String productCode(Product product) {
    if (product == null) {
      return "";
    }
    switch (product) {
      case ACK:
        return "CS";
      case ASM:
        return "servicemesh";
      default:
        return "BssOpenApi";
    }
  }
}
