package io.github.ackhybrid.testing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.testing.Product;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutesTest {
  private static final RouteHandler NOTHING = (request, now) -> SimResponse.text(204, "", "text/plain");

  @Test
  void theMostSpecificRoaRouteWins() {
    Routes routes = new Routes()
        .roa(Product.ACK, "GET", "/clusters/{ClusterId}/{Sub}", "Generic", NOTHING)
        .roa(Product.ACK, "GET", "/clusters/{ClusterId}/nodepools", "DescribeClusterNodePools", NOTHING)
        .roa(Product.ACK, "POST", "/clusters/{ClusterId}/nodepools", "CreateClusterNodePool", NOTHING);

    assertEquals("DescribeClusterNodePools",
        routes.findRoa(Product.ACK, "GET", List.of("clusters", "c1", "nodepools")).orElseThrow().action());
    assertEquals("CreateClusterNodePool",
        routes.findRoa(Product.ACK, "POST", List.of("clusters", "c1", "nodepools")).orElseThrow().action());
    assertEquals("Generic", routes.findRoa(Product.ACK, "GET", List.of("clusters", "c1", "nodes")).orElseThrow().action());
    assertEquals("c1", routes.findRoa(Product.ACK, "GET", List.of("clusters", "c1", "nodes")).orElseThrow()
        .pathParams().get("ClusterId"));
    assertTrue(routes.findRoa(Product.ACK, "DELETE", List.of("clusters", "c1", "nodepools")).isEmpty());
  }

  @Test
  void rpcRoutesAreFoundByActionPerProduct() {
    Routes routes = new Routes().rpc(Product.ASM, "DescribeServiceMeshes", NOTHING);

    assertTrue(routes.findRpc(Product.ASM, "DescribeServiceMeshes").isPresent());
    assertTrue(routes.findRpc(Product.BSS, "DescribeServiceMeshes").isEmpty());
  }

  @Test
  void registrationsMustFitTheProductsStyleAndBeUnique() {
    Routes routes = new Routes().roa(Product.ACK, "GET", "/quota", "DescribeUserQuota", NOTHING);

    assertThrows(ValidationException.class, () -> routes.roa(Product.ACK, "get", "/quota", "Again", NOTHING));
    assertThrows(ValidationException.class, () -> routes.roa(Product.ASM, "GET", "/x", "X", NOTHING));
    assertThrows(ValidationException.class, () -> routes.rpc(Product.ACK, "X", NOTHING));
    routes.rpc(Product.BSS, "QueryBill", NOTHING);
    assertThrows(ValidationException.class, () -> routes.rpc(Product.BSS, "QueryBill", NOTHING));
  }
}
