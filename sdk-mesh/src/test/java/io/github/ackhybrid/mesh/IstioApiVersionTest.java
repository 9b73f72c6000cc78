package io.github.ackhybrid.mesh;

import static io.github.ackhybrid.mesh.Recipes.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IstioApiVersionTest {

  @Test
  void namesTheNetworkingGroupVersion() {
    assertEquals("networking.istio.io/v1beta1", IstioApiVersion.V1BETA1.apiVersion());
    assertEquals("networking.istio.io/v1", IstioApiVersion.V1.apiVersion());
    assertEquals(IstioApiVersion.V1BETA1, IstioApiVersion.defaultVersion());
  }

  @Test
  void choosesV1FromIstio122On() {
    assertEquals(IstioApiVersion.V1, IstioApiVersion.forMeshVersion("v1.22.6.66-g1c3f1c0-aliyun"));
    assertEquals(IstioApiVersion.V1, IstioApiVersion.forMeshVersion("1.24.2.5"));
    assertEquals(IstioApiVersion.V1, IstioApiVersion.forMeshVersion("2.0"));
    assertEquals(IstioApiVersion.V1BETA1, IstioApiVersion.forMeshVersion("v1.21.6.95-gcd42a0e6-aliyun"));
    assertEquals(IstioApiVersion.V1BETA1, IstioApiVersion.forMeshVersion("1.9.7.93"));
  }

  @Test
  void fallsBackToV1beta1WhenTheVersionCannotBeRead() {
    assertEquals(IstioApiVersion.V1BETA1, IstioApiVersion.forMeshVersion(""));
    assertEquals(IstioApiVersion.V1BETA1, IstioApiVersion.forMeshVersion("latest"));
    assertEquals(IstioApiVersion.V1BETA1, IstioApiVersion.forMeshVersion("1.99999999999999999999"));
    assertInvalid("istioVersion", "must not be null", () -> IstioApiVersion.forMeshVersion(null));
  }
}
