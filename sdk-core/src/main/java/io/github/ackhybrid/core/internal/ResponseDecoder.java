package io.github.ackhybrid.core.internal;

import io.github.ackhybrid.core.ResponseMetadata;
import java.io.IOException;
import java.io.InputStream;

/**
 * Turns a successful HTTP response into a result. Decoders read straight from the body stream;
 * a {@link com.fasterxml.jackson.core.JsonProcessingException} or {@link MalformedAnswerException}
 * they throw is reported as a malformed response, any other {@link IOException} as a transport failure.
 *
 * @param <R> the result type
 */
@FunctionalInterface
public interface ResponseDecoder<R> {

  /**
   * Decodes one response.
   *
   * @param body the response body stream (empty for a response without a body)
   * @param metadata the response's metadata: operation, status, request id, attempts
   * @return the result
   * @throws IOException if the body cannot be read or parsed
   */
  R decode(InputStream body, ResponseMetadata metadata) throws IOException;
}
