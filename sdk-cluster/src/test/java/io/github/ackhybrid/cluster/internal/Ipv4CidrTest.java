package io.github.ackhybrid.cluster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class Ipv4CidrTest {

  private static Ipv4Cidr cidr(String text) {
    return Ipv4Cidr.parse(text, "f");
  }

  @Test
  void readsBlocksAndTheNetworkTheyCover() {
    Ipv4Cidr unaligned = cidr("172.16.1.0/20");
    assertEquals(20, unaligned.prefix());
    assertEquals(cidr("172.16.0.0/20").network(), unaligned.network(), "host bits are allowed, as in ACK's own sample");
    assertEquals(cidr("172.16.15.255/32").network(), unaligned.lastAddress());
    assertEquals("0.0.0.0/0", cidr("0.0.0.0/0").toString());
    assertEquals(0xFFFFFFFFL, cidr("255.255.255.255/32").address());
  }

  @Test
  void rejectsAnythingElse() {
    for (String bad : List.of("", "10.0.0.0", "10.0.0/8", "10.0.0.0.0/8", "10.0.0.256/8", "10.0.0.0/33",
        "10.0.0.01/8", "10.0.0.-1/8", "10.0.0.0/", "10.0.0.0/8 ", "a.b.c.d/8", "10.0.0.0/08", "10..0.0/8")) {
      ValidationException e = assertThrows(ValidationException.class, () -> cidr(bad), bad);
      assertEquals("f", e.field());
    }
  }

  @Test
  void overlapAndContainment() {
    assertTrue(cidr("10.0.0.0/8").overlaps(cidr("10.96.0.0/12")));
    assertTrue(cidr("10.96.0.0/12").overlaps(cidr("10.0.0.0/8")));
    assertFalse(cidr("172.20.0.0/16").overlaps(cidr("172.21.0.0/20")));
    assertTrue(cidr("172.21.0.0/20").isWithin(cidr("172.16.0.0/12")));
    assertFalse(cidr("172.32.0.0/16").isWithin(cidr("172.16.0.0/12")));
    assertFalse(cidr("10.0.0.0/7").isWithin(cidr("10.0.0.0/8")));
  }

  @Test
  void privateBlocksFollowAckRanges() {
    assertEquals(20, ClusterChecks.privateBlock("172.19.0.0/20", "s", 16, 24).prefix());
    assertEquals(16, ClusterChecks.privateBlock("192.168.0.0/16", "s", 16, 24).prefix());
    assertThrows(ValidationException.class, () -> ClusterChecks.privateBlock("192.168.0.0/15", "s", 8, 24));
    assertThrows(ValidationException.class, () -> ClusterChecks.privateBlock("10.0.0.0/8", "s", 16, 24));
  }
}
