package io.github.ackhybrid.testing.internal;

import io.github.ackhybrid.testing.FaultKind;
import io.github.ackhybrid.testing.Product;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The registered fault rules, consulted once per authenticated call. The first rule that matches
 * and still has budget (or wins its seeded draw) hits the call; one call gets at most one fault,
 * whose kind a random rule draws from the same source. The random source is seeded, so a test with
 * shares is reproducible. Thread-safe.
 */
public final class FaultTable {
  /** A registered rule and how often it has hit. */
  public static final class Entry {
    private final FaultSpec spec;
    private final AtomicLong injected = new AtomicLong();
    private long remaining;

    private Entry(FaultSpec spec) {
      this.spec = spec;
      this.remaining = spec.times();
    }

    /**
     * Returns how many calls this rule has hit.
     *
     * @return the count
     */
    public long injected() {
      return injected.get();
    }
  }

  private long seed;
  private final List<Entry> entries = new ArrayList<>();
  private final Map<FaultKind, Long> counts = new EnumMap<>(FaultKind.class);
  private Random random;

  /**
   * Creates an empty table.
   *
   * @param seed the seed of the random source that decides shares
   */
  public FaultTable(long seed) {
    this.seed = seed;
    this.random = seeded(seed);
  }

  /**
   * {@code new Random(seed)} gives nearly the same first draws for neighbouring seeds, so runs
   * seeded 1, 2, 3... would all hit (or all spare) their first call; the seed is mixed first.
   */
  private static Random seeded(long seed) {
    return new Random(new SplittableRandom(seed).nextLong());
  }

  /**
   * Registers a rule after the ones already registered.
   *
   * @param spec the rule
   * @return its entry, which counts its hits
   */
  public synchronized Entry add(FaultSpec spec) {
    Entry entry = new Entry(spec);
    entries.add(entry);
    return entry;
  }

  /**
   * Decides whether a call is hit, spending the rule's budget if so.
   *
   * @param action the call's operation, may be null
   * @param product the call's product, may be null
   * @return the fault to inject, empty for none
   */
  public synchronized Optional<FaultSpec> draw(String action, Product product) {
    for (Entry entry : entries) {
      FaultSpec spec = entry.spec;
      if (!spec.matches(action, product)) {
        continue;
      }
      boolean hit;
      if (spec.times() >= 0) {
        hit = entry.remaining > 0;
        if (hit) {
          entry.remaining--;
        }
      } else {
        hit = random.nextDouble() < spec.share();
      }
      if (hit) {
        FaultSpec injected = spec.draws().isEmpty() ? spec
            : spec.drawn(spec.draws().get(random.nextInt(spec.draws().size())));
        entry.injected.incrementAndGet();
        counts.merge(injected.kind(), 1L, Long::sum);
        return Optional.of(injected);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns how many faults of a kind were injected since the last {@link #clear}.
   *
   * @param kind the kind
   * @return the count
   */
  public synchronized long injected(FaultKind kind) {
    return counts.getOrDefault(kind, 0L);
  }

  /**
   * Returns how many faults were injected since the last {@link #clear}.
   *
   * @return the count
   */
  public synchronized long injected() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Removes every rule, zeroes the counters and reseeds the random source. */
  public synchronized void clear() {
    entries.clear();
    counts.clear();
    random = seeded(seed);
  }

  /**
   * Removes every rule, zeroes the counters and seeds the random source anew; later
   * {@link #clear()} calls reuse this seed.
   *
   * @param newSeed the seed
   */
  public synchronized void clear(long newSeed) {
    seed = newSeed;
    clear();
  }
}
