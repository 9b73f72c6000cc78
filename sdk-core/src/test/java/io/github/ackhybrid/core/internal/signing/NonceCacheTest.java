package io.github.ackhybrid.core.internal.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ValidationException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NonceCacheTest {
  private static final Instant T0 = Instant.parse("2023-10-26T10:22:32Z");
  private static final Duration WINDOW = Duration.ofMinutes(15);

  @Test
  void secondUseIsRefusedUpToAndIncludingExpiry() {
    NonceCache cache = new NonceCache(10);

    assertTrue(cache.firstUse("ak", "n", T0.plus(WINDOW), T0));
    assertFalse(cache.firstUse("ak", "n", T0.plus(WINDOW), T0.plusSeconds(60)));
    assertFalse(cache.firstUse("ak", "n", T0.plus(WINDOW), T0.plus(WINDOW)));
    assertTrue(cache.firstUse("ak", "n", T0.plus(WINDOW).plus(WINDOW), T0.plus(WINDOW).plusMillis(1)));
  }

  @Test
  void expiredEntriesAreForgotten() {
    NonceCache cache = new NonceCache(10);
    for (int i = 0; i < 5; i++) {
      cache.firstUse("ak", "n" + i, T0.plus(WINDOW), T0);
    }

    cache.firstUse("ak", "later", T0.plus(WINDOW).plus(WINDOW), T0.plus(WINDOW).plusSeconds(1));

    assertEquals(1, cache.size());
  }

  @Test
  void capacityIsNeverExceededAndTheSoonestToExpireGoesFirst() {
    NonceCache cache = new NonceCache(3);
    cache.firstUse("ak", "long", T0.plus(Duration.ofMinutes(30)), T0);
    cache.firstUse("ak", "short", T0.plus(Duration.ofMinutes(1)), T0);
    cache.firstUse("ak", "mid", T0.plus(Duration.ofMinutes(10)), T0);

    assertTrue(cache.firstUse("ak", "new", T0.plus(WINDOW), T0));

    assertEquals(3, cache.size());
    assertTrue(cache.firstUse("ak", "short", T0.plus(WINDOW), T0));
    assertFalse(cache.firstUse("ak", "long", T0.plus(WINDOW), T0));
  }

  @Test
  void keysAreSeparate() {
    NonceCache cache = new NonceCache(10);
    assertTrue(cache.firstUse("ak-1", "n", T0.plus(WINDOW), T0));
    assertTrue(cache.firstUse("ak-2", "n", T0.plus(WINDOW), T0));
  }

  @Test
  void capacityMustBePositive() {
    assertEquals("nonceCapacity", assertThrows(ValidationException.class, () -> new NonceCache(0)).field());
  }
}
