package io.github.ackhybrid.core.internal.signing;

import io.github.ackhybrid.core.internal.Validate;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The nonces the verifier has accepted, per AccessKey ID, each kept until the request that carried
 * it could no longer pass the time check anyway. Bounded: at capacity the nonce closest to expiry
 * is forgotten early, trading a sliver of replay protection for memory that cannot grow without
 * limit under load. Synchronized: the work under the lock is a hash lookup and a heap operation.
 */
final class NonceCache {
  private record Entry(String accessKeyId, String nonce) {}

  private record Expiring(Entry entry, Instant expiry) {}

  private final int capacity;
  private final Set<Entry> seen = new HashSet<>();
  private final PriorityQueue<Expiring> byExpiry = new PriorityQueue<>(Comparator.comparing(Expiring::expiry));

  NonceCache(int capacity) {
    this.capacity = (int) Validate.inRange(capacity, "nonceCapacity", 1, Integer.MAX_VALUE);
  }

  /**
   * Records a nonce until {@code expiry} (inclusive) and returns true, or returns false if it is
   * already recorded for that key.
   */
  synchronized boolean firstUse(String accessKeyId, String nonce, Instant expiry, Instant now) {
    // A request dated exactly at the edge of the window still passes the time check, so its nonce
    // must outlive the expiry instant itself.
    while (!byExpiry.isEmpty() && byExpiry.peek().expiry().isBefore(now)) {
      seen.remove(byExpiry.poll().entry());
    }
    Entry entry = new Entry(accessKeyId, nonce);
    if (seen.contains(entry)) {
      return false;
    }
    while (seen.size() >= capacity) {
      seen.remove(byExpiry.poll().entry());
    }
    seen.add(entry);
    byExpiry.add(new Expiring(entry, expiry));
    return true;
  }

  synchronized int size() {
    return seen.size();
  }
}
