package io.github.ackhybrid.core.internal;

import io.github.ackhybrid.core.ResponseMetadata;
import io.github.ackhybrid.core.RetryPolicy;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.internal.signing.Rfc3986;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One call of an {@link Operation}, with its path parameters, query, body and per-call overrides,
 * fully resolved so that every attempt sends the same bytes. Immutable once built.
 *
 * @param <R> the result type
 */
public final class ApiRequest<R> {
  /** Content type of JSON bodies, as the official clients send it. */
  public static final String JSON = "application/json; charset=utf-8";
  /** Content type of RPC form bodies. */
  public static final String FORM = "application/x-www-form-urlencoded";

  private final Operation<R> operation;
  private final String encodedPath;
  private final Map<String, String> query;
  private final byte[] body;
  private final String contentType;
  private final boolean retrySafe;
  private final RetryPolicy retryPolicy;
  private final Duration callTimeout;
  private final Predicate<ServiceException> gone;
  private final Function<ResponseMetadata, R> goneResult;

  private ApiRequest(Builder<R> b) {
    this.operation = b.operation;
    this.encodedPath = expandPath(b.operation, b.pathParams);
    this.query = b.query == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(b.query));
    if (b.form != null) {
      this.body = formBody(b.form).getBytes(StandardCharsets.UTF_8);
      this.contentType = FORM;
    } else {
      this.body = b.body;
      this.contentType = b.body == null ? null : JSON;
    }
    this.retrySafe = b.retrySafe != null ? b.retrySafe : b.operation.idempotent();
    this.retryPolicy = b.retryPolicy;
    this.callTimeout = b.callTimeout;
    this.gone = b.gone;
    this.goneResult = b.goneResult;
  }

  private static String expandPath(Operation<?> op, Map<String, String> params) {
    String path = op.pathTemplate();
    for (String name : op.pathParameters()) {
      String value = params.get(name);
      if (value == null) {
        throw new IllegalStateException(op.name() + ": path parameter " + name + " not set");
      }
      path = path.replace("{" + name + "}", Rfc3986.percentEncode(value));
    }
    return path;
  }

  private static String formBody(Map<String, String> form) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : new TreeMap<>(form).entrySet()) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(Rfc3986.percentEncode(e.getKey())).append('=').append(Rfc3986.percentEncode(e.getValue()));
    }
    return sb.toString();
  }

  /**
   * Returns the operation this call belongs to.
   *
   * @return the operation
   */
  public Operation<R> operation() {
    return operation;
  }

  /**
   * Returns the path with parameters substituted and percent-encoded, exactly as sent and signed.
   *
   * @return the encoded path
   */
  public String encodedPath() {
    return encodedPath;
  }

  /**
   * Returns the query parameters with raw (unencoded) values, sorted by name.
   *
   * @return the query, unmodifiable
   */
  public Map<String, String> query() {
    return query;
  }

  /**
   * Returns the body bytes, if the call has a body. The returned array must not be modified.
   *
   * @return the body
   */
  public Optional<byte[]> body() {
    return Optional.ofNullable(body);
  }

  /**
   * Returns the body's content type, if the call has a body.
   *
   * @return the content type
   */
  public Optional<String> contentType() {
    return Optional.ofNullable(contentType);
  }

  /**
   * Returns whether the pipeline may repeat this call after an unknown outcome.
   *
   * @return true if retry-safe
   */
  public boolean retrySafe() {
    return retrySafe;
  }

  /**
   * Returns the result of a delete whose retry found the resource gone, when this call is such a
   * delete and the answer says so; see {@link Builder#goneMeansDone}.
   *
   * @param error the retry's answer
   * @param metadata the retry's metadata
   * @return the result, or empty when the answer is a real failure
   */
  public Optional<R> doneIfGone(ServiceException error, ResponseMetadata metadata) {
    return gone != null && gone.test(error) ? Optional.of(goneResult.apply(metadata)) : Optional.empty();
  }

  /**
   * Returns the retry policy that overrides the client's for this call.
   *
   * @return the override
   */
  public Optional<RetryPolicy> retryPolicy() {
    return Optional.ofNullable(retryPolicy);
  }

  /**
   * Returns the call timeout that overrides the client's for this call.
   *
   * @return the override
   */
  public Optional<Duration> callTimeout() {
    return Optional.ofNullable(callTimeout);
  }

  /**
   * Builds an {@link ApiRequest}.
   *
   * @param <R> the result type
   */
  public static final class Builder<R> {
    private final Operation<R> operation;
    // Most calls set one path parameter and no query or form: the maps are made when first needed.
    private final Map<String, String> pathParams = new HashMap<>(4);
    private Map<String, String> query;
    private Map<String, String> form;
    private byte[] body;
    private Boolean retrySafe;
    private Predicate<ServiceException> gone;
    private Function<ResponseMetadata, R> goneResult;
    private RetryPolicy retryPolicy;
    private Duration callTimeout;

    Builder(Operation<R> operation) {
      this.operation = operation;
    }

    /**
     * Sets a path parameter; it is percent-encoded once, {@code /} included.
     *
     * @param name the placeholder name
     * @param value the raw value
     * @return this builder
     */
    public Builder<R> pathParam(String name, String value) {
      pathParams.put(Objects.requireNonNull(name), Objects.requireNonNull(value, name));
      return this;
    }

    /**
     * Adds a query parameter; a null value is left out, as the official clients do.
     *
     * @param name the wire name
     * @param value the raw value, or null
     * @return this builder
     */
    public Builder<R> query(String name, Object value) {
      if (value != null) {
        if (query == null) {
          query = new HashMap<>();
        }
        query.put(Objects.requireNonNull(name), String.valueOf(value));
      }
      return this;
    }

    /**
     * Adds a form body parameter (RPC style); a null value is left out.
     *
     * @param name the wire name
     * @param value the raw value, or null
     * @return this builder
     */
    public Builder<R> form(String name, Object value) {
      if (value != null) {
        if (form == null) {
          form = new HashMap<>();
        }
        form.put(Objects.requireNonNull(name), String.valueOf(value));
      }
      return this;
    }

    /**
     * Sets a JSON body, serialized once with the shared mapper (unset fields left out).
     *
     * @param value a Jackson tree or a bindable object
     * @return this builder
     */
    public Builder<R> jsonBody(Object value) {
      try {
        this.body = Json.mapper().writeValueAsBytes(Objects.requireNonNull(value, "body"));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(operation.name() + ": body cannot be written as JSON", e);
      }
      return this;
    }

    /**
     * Overrides whether this call may be repeated, for example because it carries an
     * idempotency token.
     *
     * @param retrySafe true if repeating is safe
     * @return this builder
     */
    public Builder<R> retrySafe(boolean retrySafe) {
      this.retrySafe = retrySafe;
      return this;
    }

    /**
     * Makes this delete succeed when a retry, after an attempt that may have acted, finds the
     * resource already gone: the earlier attempt deleted it and its answer was lost. A first
     * attempt that finds it gone still fails.
     *
     * @param gone recognises the "not found" or "already deleted" answer
     * @param result the result to return then, from the retry's metadata
     * @return this builder
     */
    public Builder<R> goneMeansDone(Predicate<ServiceException> gone, Function<ResponseMetadata, R> result) {
      this.gone = Objects.requireNonNull(gone, "gone");
      this.goneResult = Objects.requireNonNull(result, "result");
      return this;
    }

    /**
     * Overrides the retry policy for this call.
     *
     * @param policy the policy, or null for the client's
     * @return this builder
     */
    public Builder<R> retryPolicy(RetryPolicy policy) {
      this.retryPolicy = policy;
      return this;
    }

    /**
     * Overrides the whole-call timeout for this call.
     *
     * @param timeout the timeout, or null for the client's
     * @return this builder
     */
    public Builder<R> callTimeout(Duration timeout) {
      this.callTimeout = timeout == null ? null : Validate.positive(timeout, "callTimeout");
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public ApiRequest<R> build() {
      return new ApiRequest<>(this);
    }
  }
}
