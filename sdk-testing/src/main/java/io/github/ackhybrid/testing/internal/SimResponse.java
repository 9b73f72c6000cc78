package io.github.ackhybrid.testing.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ackhybrid.core.internal.Json;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers: a status, a body and extra headers. Immutable. */
public final class SimResponse {
  /** The content type of every JSON answer, as the cloud sends it. */
  public static final String JSON = "application/json;charset=utf-8";

  private final int status;
  private final String body;
  private final Map<String, String> headers;

  private SimResponse(int status, String body, Map<String, String> headers) {
    this.status = status;
    this.body = body;
    this.headers = Map.copyOf(headers);
  }

  /**
   * Creates a JSON answer.
   *
   * @param status the HTTP status
   * @param body the JSON body
   * @return the answer
   */
  public static SimResponse json(int status, JsonNode body) {
    try {
      return new SimResponse(status, Json.mapper().writeValueAsString(body), Map.of("Content-Type", JSON));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Creates an answer with a body given as text.
   *
   * @param status the HTTP status
   * @param body the body text
   * @param contentType the content type
   * @return the answer
   */
  public static SimResponse text(int status, String body, String contentType) {
    return new SimResponse(status, body, Map.of("Content-Type", contentType));
  }

  /**
   * Returns a copy with one more header.
   *
   * @param name the header name
   * @param value the value
   * @return the copy
   */
  public SimResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new SimResponse(status, body, copy);
  }

  /**
   * Returns a copy with another body and status, keeping the headers.
   *
   * @param newStatus the status
   * @param newBody the body text
   * @return the copy
   */
  public SimResponse withBody(int newStatus, String newBody) {
    return new SimResponse(newStatus, newBody, headers);
  }

  /**
   * Returns the HTTP status.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * Returns the body text.
   *
   * @return the body, empty for none
   */
  public String body() {
    return body;
  }

  /**
   * Returns the headers to send besides {@code x-acs-request-id}.
   *
   * @return the headers, unmodifiable
   */
  public Map<String, String> headers() {
    return headers;
  }
}
