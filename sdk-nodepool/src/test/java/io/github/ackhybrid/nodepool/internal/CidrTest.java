package io.github.ackhybrid.nodepool.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ValidationException;
import org.junit.jupiter.api.Test;

class CidrTest {
  private static Cidr c(String text) {
    return Cidr.parse(text, "cidr");
  }

  @Test
  void overlapsWhenOneBlockHoldsAnAddressOfTheOther() {
    assertTrue(c("10.0.0.0/8").overlaps(c("10.200.3.0/24")));
    assertTrue(c("10.200.3.0/24").overlaps(c("10.0.0.0/8")));
    assertFalse(c("10.0.0.0/16").overlaps(c("10.1.0.0/16")));
    assertTrue(c("0.0.0.0/0").overlaps(c("192.168.1.0/24")));
    assertFalse(c("192.168.1.0/25").overlaps(c("192.168.1.128/25")));
  }

  @Test
  void rejectsMalformedBlocks() {
    for (String bad : new String[] {"10.0.0.0", "10.0.0.256/24", "10.0.0.0/33", "10.0.0.1/24", "fe80::/64", "a.b.c.d/8"}) {
      assertThrows(ValidationException.class, () -> c(bad), bad);
    }
  }
}
