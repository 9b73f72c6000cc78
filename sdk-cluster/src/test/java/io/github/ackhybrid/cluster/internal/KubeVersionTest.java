package io.github.ackhybrid.cluster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KubeVersionTest {

  @Test
  void readsAckVersionForms() {
    assertEquals(new KubeVersion(1, 33, 1), KubeVersion.parse("1.33.1-aliyun.1").orElseThrow());
    assertEquals(new KubeVersion(1, 30, 0), KubeVersion.parse("v1.30").orElseThrow());
    assertEquals(new KubeVersion(1, 28, 3), KubeVersion.parse(" 1.28.3 ").orElseThrow());
    for (String bad : List.of("", "1", "latest", "1.x", "1.33.1 aliyun")) {
      assertTrue(KubeVersion.parse(bad).isEmpty(), bad);
    }
    assertTrue(KubeVersion.parse(null).isEmpty());
  }

  @Test
  void comparesByMinorNumber() {
    assertTrue(new KubeVersion(1, 33, 0).isAtLeast(1, 33));
    assertTrue(!new KubeVersion(1, 9, 0).isAtLeast(1, 33));
    assertTrue(new KubeVersion(2, 0, 0).isAtLeast(1, 33));
    assertTrue(!new KubeVersion(0, 99, 0).isAtLeast(1, 33));
  }
}
