package io.github.ackhybrid.testing.internal;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.testing.Product;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The routing table every {@link SimService} registers on: ROA operations by method and path
 * template, RPC operations by action name, both per product. Filled once at start, read
 * concurrently afterwards.
 */
public final class Routes {
  /** A matched operation: its action name, handler and path parameters. */
  public record Match(String action, RouteHandler handler, Map<String, String> pathParams) {}

  private record RoaRoute(String method, PathTemplate path, String action, RouteHandler handler) {}

  private final Map<Product, List<RoaRoute>> roa = new EnumMap<>(Product.class);
  private final Map<Product, Map<String, RouteHandler>> rpc = new EnumMap<>(Product.class);

  /**
   * Tells whether a product speaks RPC (action-routed) rather than ROA (path-routed).
   *
   * @param product the product
   * @return true for ASM and BSS
   */
  public static boolean isRpc(Product product) {
    return product != Product.ACK;
  }

  /**
   * Registers a ROA operation.
   *
   * @param product the product
   * @param method the HTTP method
   * @param template the path template, e.g. {@code /clusters/{ClusterId}}
   * @param action the operation name clients send in {@code x-acs-action}
   * @param handler the handler
   * @return this table
   * @throws ValidationException if an argument is null or blank, the product is RPC style, or the
   *     same method and template are registered twice
   */
  public Routes roa(Product product, String method, String template, String action, RouteHandler handler) {
    Validate.notNull(product, "product");
    if (isRpc(product)) {
      throw new ValidationException("product", "must be a ROA product, was " + product);
    }
    String upper = Validate.notBlank(method, "method").toUpperCase(Locale.ROOT);
    PathTemplate path = PathTemplate.of(template);
    List<RoaRoute> routes = roa.computeIfAbsent(product, p -> new ArrayList<>());
    for (RoaRoute route : routes) {
      if (route.method().equals(upper) && route.path().toString().equals(template)) {
        throw new ValidationException("template", "is already registered for " + upper + ", was " + template);
      }
    }
    routes.add(new RoaRoute(upper, path, Validate.notBlank(action, "action"), Validate.notNull(handler, "handler")));
    return this;
  }

  /**
   * Registers an RPC operation.
   *
   * @param product the product
   * @param action the {@code Action} parameter (or {@code x-acs-action} header under V3)
   * @param handler the handler
   * @return this table
   * @throws ValidationException if an argument is null or blank, the product is ROA style, or the
   *     action is registered twice
   */
  public Routes rpc(Product product, String action, RouteHandler handler) {
    Validate.notNull(product, "product");
    if (!isRpc(product)) {
      throw new ValidationException("product", "must be an RPC product, was " + product);
    }
    Validate.notBlank(action, "action");
    Map<String, RouteHandler> actions = rpc.computeIfAbsent(product, p -> new HashMap<>());
    if (actions.putIfAbsent(action, Validate.notNull(handler, "handler")) != null) {
      throw new ValidationException("action", "is already registered, was " + action);
    }
    return this;
  }

  /**
   * Finds the ROA operation for a method and path; when several templates match, the one with
   * the most literal segments wins.
   *
   * @param product the product
   * @param method the HTTP method
   * @param segments the decoded path segments
   * @return the match
   */
  public Optional<Match> findRoa(Product product, String method, List<String> segments) {
    Match best = null;
    int bestLiterals = -1;
    for (RoaRoute route : roa.getOrDefault(product, List.of())) {
      if (!route.method().equalsIgnoreCase(method) || route.path().literals() <= bestLiterals) {
        continue;
      }
      Optional<Map<String, String>> params = route.path().match(segments);
      if (params.isPresent()) {
        best = new Match(route.action(), route.handler(), params.get());
        bestLiterals = route.path().literals();
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Finds the RPC operation for an action.
   *
   * @param product the product
   * @param action the action name
   * @return the match
   */
  public Optional<Match> findRpc(Product product, String action) {
    RouteHandler handler = rpc.getOrDefault(product, Map.of()).get(action);
    return handler == null ? Optional.empty() : Optional.of(new Match(action, handler, Map.of()));
  }
}
