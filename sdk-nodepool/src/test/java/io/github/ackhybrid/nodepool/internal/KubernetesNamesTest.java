package io.github.ackhybrid.nodepool.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ackhybrid.core.exception.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class KubernetesNamesTest {
  @Test
  void acceptsValidLabelKeys() {
    for (String key : List.of("a", "app.kubernetes.io/name", "alibabacloud.com/nodepool-type", "A_b.c-9",
        "x".repeat(63), "sub.example.com/" + "n".repeat(63))) {
      assertEquals(key, KubernetesNames.labelKey(key, "k"));
    }
  }

  @Test
  void rejectsInvalidLabelKeysNamingTheField() {
    for (String key : List.of("", "/a", "a/", "-a", "a_", "Example.com/a", "a b", "x".repeat(64),
        "p".repeat(254) + "/a", "a/b/c")) {
      ValidationException e = assertThrows(ValidationException.class, () -> KubernetesNames.labelKey(key, "pool.label"),
          key);
      assertEquals("pool.label", e.field());
    }
  }

  @Test
  void checksValuesAndNodeNames() {
    KubernetesNames.labelValue("", "v");
    KubernetesNames.labelValue("a.b-c_D", "v");
    assertThrows(ValidationException.class, () -> KubernetesNames.labelValue("a/b", "v"));
    KubernetesNames.nodeName("cn-hangzhou.192.168.0.36", "n");
    assertThrows(ValidationException.class, () -> KubernetesNames.nodeName("Node_1", "n"));
    assertThrows(ValidationException.class, () -> KubernetesNames.nodeName("a..b", "n"));
  }
}
