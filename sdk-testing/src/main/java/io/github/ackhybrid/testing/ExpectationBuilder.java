package io.github.ackhybrid.testing;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.testing.internal.ExpectationSpec;
import io.github.ackhybrid.testing.internal.ExpectationTable;
import io.github.ackhybrid.testing.internal.PathTemplate;
import java.util.Locale;
import java.util.Optional;

/**
 * Describes the calls an expectation answers, as fabric8's mock server does:
 *
 * <pre>{@code
 * sim.expect().post("/clusters").andReturn(503, "{\"code\":\"ServiceUnavailable\"}").times(2);
 * sim.expect().get("/clusters/{ClusterId}").andReturnError(404, "ErrorClusterNotFound", "gone").always();
 * sim.expect().action("DescribeServiceMeshes").forProduct(Product.ASM).andReturn(200, "{}").once();
 * }</pre>
 *
 * Paths are templates: {@code {name}} matches one segment. A matching expectation wins over the
 * stateful simulation; calls still have to pass authentication first. Not thread-safe.
 */
public final class ExpectationBuilder {
  private final ExpectationTable table;
  private String method;
  private PathTemplate path;
  private String action;
  private Product product;

  ExpectationBuilder(ExpectationTable table) {
    this.table = table;
  }

  /**
   * Matches GET calls to a path.
   *
   * @param path the path or template, starting with {@code /}
   * @return this builder
   * @throws ValidationException if the path is blank or does not start with {@code /}
   */
  public ExpectationBuilder get(String path) {
    return method("GET", path);
  }

  /**
   * Matches POST calls to a path.
   *
   * @param path the path or template, starting with {@code /}
   * @return this builder
   * @throws ValidationException if the path is blank or does not start with {@code /}
   */
  public ExpectationBuilder post(String path) {
    return method("POST", path);
  }

  /**
   * Matches PUT calls to a path.
   *
   * @param path the path or template, starting with {@code /}
   * @return this builder
   * @throws ValidationException if the path is blank or does not start with {@code /}
   */
  public ExpectationBuilder put(String path) {
    return method("PUT", path);
  }

  /**
   * Matches DELETE calls to a path.
   *
   * @param path the path or template, starting with {@code /}
   * @return this builder
   * @throws ValidationException if the path is blank or does not start with {@code /}
   */
  public ExpectationBuilder delete(String path) {
    return method("DELETE", path);
  }

  /**
   * Matches calls with a method to a path.
   *
   * @param method the HTTP method
   * @param path the path or template, starting with {@code /}
   * @return this builder
   * @throws ValidationException if an argument is blank or the path does not start with {@code /}
   */
  public ExpectationBuilder method(String method, String path) {
    this.method = Validate.notBlank(method, "method").toUpperCase(Locale.ROOT);
    this.path = PathTemplate.of(path);
    return this;
  }

  /**
   * Matches calls of one operation, ROA or RPC.
   *
   * @param action the operation name, such as {@code CreateCluster}
   * @return this builder
   * @throws ValidationException if the action is null or blank
   */
  public ExpectationBuilder action(String action) {
    this.action = Validate.notBlank(action, "action");
    return this;
  }

  /**
   * Matches only calls to one product.
   *
   * @param product the product
   * @return this builder
   * @throws ValidationException if the product is null
   */
  public ExpectationBuilder forProduct(Product product) {
    this.product = Validate.notNull(product, "product");
    return this;
  }

  /**
   * Registers the expectation to answer with a literal body (sent as JSON), once unless told
   * otherwise on the returned {@link Expectation}.
   *
   * @param status the HTTP status, 100 to 599
   * @param body the body text
   * @return the registered expectation
   * @throws ValidationException if nothing to match was given, the status is out of range or the
   *     body is null
   */
  public Expectation andReturn(int status, String body) {
    return register(status, Optional.of(Validate.notNull(body, "body")), Optional.empty(), Optional.empty());
  }

  /**
   * Registers the expectation to answer with an error in the product's envelope (ROA
   * {@code code/message/requestId}, RPC {@code Code/Message/RequestId/HostId/Recommend}), once
   * unless told otherwise on the returned {@link Expectation}.
   *
   * @param status the HTTP status, 100 to 599
   * @param code the error code
   * @param message the error message
   * @return the registered expectation
   * @throws ValidationException if nothing to match was given, the status is out of range, or the
   *     code or message is blank
   */
  public Expectation andReturnError(int status, String code, String message) {
    return register(status, Optional.empty(), Optional.of(Validate.notBlank(code, "code")),
        Optional.of(Validate.notBlank(message, "message")));
  }

  private Expectation register(int status, Optional<String> body, Optional<String> code, Optional<String> message) {
    Validate.inRange(status, "status", 100, 599);
    if (path == null && action == null) {
      throw new ValidationException("expectation", "must match a path or an action; call get/post/put/delete or action first");
    }
    ExpectationSpec spec = new ExpectationSpec(Optional.ofNullable(method), Optional.ofNullable(path),
        Optional.ofNullable(action), Optional.ofNullable(product), status, body, code, message);
    return new Expectation(table.add(spec), describe());
  }

  private String describe() {
    StringBuilder out = new StringBuilder();
    if (method != null) {
      out.append(method).append(' ').append(path);
    }
    if (action != null) {
      out.append(out.length() == 0 ? "" : " ").append("action=").append(action);
    }
    if (product != null) {
      out.append(" product=").append(product);
    }
    return out.toString();
  }
}
