package io.github.ackhybrid.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The static description of one API operation: its service, name, HTTP method, path template,
 * whether repeating it is safe, and how its answer is decoded. Service modules keep one constant
 * per operation; each call starts from {@link #request()}.
 *
 * @param <R> the result type
 */
public final class Operation<R> {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

  private final ServiceDefinition service;
  private final String name;
  private final String method;
  private final String pathTemplate;
  private final List<String> pathParameters;
  private final boolean idempotent;
  private final ResponseDecoder<R> decoder;

  private Operation(ServiceDefinition service, String name, String method, String pathTemplate,
      boolean idempotent, ResponseDecoder<R> decoder) {
    this.service = Objects.requireNonNull(service, "service");
    this.name = Objects.requireNonNull(name, "name");
    this.method = Objects.requireNonNull(method, "method");
    this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
    this.idempotent = idempotent;
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    List<String> names = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(pathTemplate);
    while (m.find()) {
      names.add(m.group(1));
    }
    this.pathParameters = List.copyOf(names);
  }

  /**
   * Describes a ROA operation (REST path, JSON body).
   *
   * @param service the product
   * @param name the action, sent as {@code x-acs-action}
   * @param method the HTTP method
   * @param pathTemplate the path with {@code {Name}} placeholders
   * @param idempotent whether repeating the call after an unknown outcome is safe
   * @param decoder how to read a successful answer
   * @param <R> the result type
   * @return the operation
   */
  public static <R> Operation<R> roa(ServiceDefinition service, String name, String method,
      String pathTemplate, boolean idempotent, ResponseDecoder<R> decoder) {
    return new Operation<>(service, name, method, pathTemplate, idempotent, decoder);
  }

  /**
   * Describes an RPC operation: {@code POST /} with query or form parameters.
   *
   * @param service the product
   * @param name the action, sent as {@code x-acs-action}
   * @param idempotent whether repeating the call after an unknown outcome is safe
   * @param decoder how to read a successful answer
   * @param <R> the result type
   * @return the operation
   */
  public static <R> Operation<R> rpc(ServiceDefinition service, String name, boolean idempotent,
      ResponseDecoder<R> decoder) {
    return new Operation<>(service, name, "POST", "/", idempotent, decoder);
  }

  /**
   * Starts one call of this operation.
   *
   * @return a request builder
   */
  public ApiRequest.Builder<R> request() {
    return new ApiRequest.Builder<>(this);
  }

  /**
   * Returns the product this operation belongs to.
   *
   * @return the service definition
   */
  public ServiceDefinition service() {
    return service;
  }

  /**
   * Returns the action name, e.g. {@code DescribeClusterDetail}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the HTTP method.
   *
   * @return the method
   */
  public String method() {
    return method;
  }

  /**
   * Returns the path template.
   *
   * @return the template
   */
  public String pathTemplate() {
    return pathTemplate;
  }

  /**
   * Returns the placeholder names of the path template, in order.
   *
   * @return the path parameter names
   */
  public List<String> pathParameters() {
    return pathParameters;
  }

  /**
   * Returns whether the call may be repeated after an unknown outcome (reads, polls, deletes).
   *
   * @return true if idempotent
   */
  public boolean idempotent() {
    return idempotent;
  }

  /**
   * Returns how successful answers are decoded.
   *
   * @return the decoder
   */
  public ResponseDecoder<R> decoder() {
    return decoder;
  }

  @Override
  public String toString() {
    return name + " (" + method + " " + pathTemplate + ")";
  }
}
