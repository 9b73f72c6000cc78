package io.github.ackhybrid.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ValidationException;
import org.junit.jupiter.api.Test;

class ResourceKindTest {
  @Test
  void istioConstantsAddressNetworkingGroup() {
    assertEquals("networking.istio.io/v1beta1", ResourceKind.VIRTUAL_SERVICE_V1BETA1.apiVersion());
    assertEquals("/apis/networking.istio.io/v1/", ResourceKind.DESTINATION_RULE_V1.apiPath() + "/");
    assertEquals("destinationrules", ResourceKind.DESTINATION_RULE_V1BETA1.plural());
    assertTrue(ResourceKind.VIRTUAL_SERVICE_V1.namespaced());
  }

  @Test
  void coreGroupUsesApiV1() {
    assertEquals("v1", ResourceKind.NAMESPACE.apiVersion());
    assertEquals("/api/v1", ResourceKind.NAMESPACE.apiPath());
    assertFalse(ResourceKind.NAMESPACE.namespaced());
  }

  @Test
  void withVersionKeepsEverythingElse() {
    ResourceKind v1 = ResourceKind.VIRTUAL_SERVICE_V1BETA1.withVersion("v1");

    assertEquals(ResourceKind.VIRTUAL_SERVICE_V1, v1);
  }

  @Test
  void resourcePolicyIsNamespacedInSchedulingGroup() {
    assertEquals("scheduling.alibabacloud.com/v1alpha1", ResourceKind.RESOURCE_POLICY.apiVersion());
    assertEquals("resourcepolicies", ResourceKind.RESOURCE_POLICY.plural());
    assertTrue(ResourceKind.RESOURCE_POLICY.namespaced());
  }

  @Test
  void rejectsMalformedParts() {
    ValidationException plural = assertThrows(ValidationException.class,
        () -> ResourceKind.namespaced("example.com", "v1", "Widget", "Widgets"));
    assertEquals("resourceKind.plural", plural.field());
    assertEquals("resourceKind.plural must be 1-63 characters [a-z0-9-] starting and ending alphanumeric, was \"Widgets\"",
        plural.getMessage());

    ValidationException group = assertThrows(ValidationException.class,
        () -> ResourceKind.clusterScoped("example.com/", "v1", "Widget", "widgets"));
    assertEquals("resourceKind.group", group.field());

    assertThrows(ValidationException.class, () -> ResourceKind.namespaced("", "", "Widget", "widgets"));
    assertThrows(ValidationException.class, () -> ResourceKind.namespaced("", "v1", null, "widgets"));
  }
}
