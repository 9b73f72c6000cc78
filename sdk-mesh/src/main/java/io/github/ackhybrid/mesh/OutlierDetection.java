package io.github.ackhybrid.mesh;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.time.Duration;
import java.util.Objects;

/**
 * When the mesh ejects an unhealthy endpoint from load balancing (Istio's {@code outlierDetection}).
 * Locality load balancing and failover only take effect when it is set: without it a sidecar never
 * learns that an endpoint is down, so it never moves traffic to the next locality.
 */
public final class OutlierDetection {
  private static final OutlierDetection DEFAULTS =
      new OutlierDetection(3, Duration.ofSeconds(10), Duration.ofSeconds(30), 100);

  private static final Duration PROTOBUF_MAX = Duration.ofSeconds(315_576_000_000L);

  private final int consecutive5xxErrors;
  private final Duration interval;
  private final Duration baseEjectionTime;
  private final int maxEjectionPercent;

  private OutlierDetection(int consecutive5xxErrors, Duration interval, Duration baseEjectionTime,
      int maxEjectionPercent) {
    this.consecutive5xxErrors = consecutive5xxErrors;
    this.interval = interval;
    this.baseEjectionTime = baseEjectionTime;
    this.maxEjectionPercent = maxEjectionPercent;
  }

  /**
   * Returns the SDK's defaults: eject after 3 consecutive 5xx errors, scan every 10 s, eject for
   * 30 s (times the number of ejections), up to 100% of endpoints. Istio's own default of 10% would
   * eject nothing when a locality has fewer than ten endpoints, so failover would never start.
   *
   * @return the defaults
   */
  public static OutlierDetection defaults() {
    return DEFAULTS;
  }

  /**
   * Creates a setting.
   *
   * @param consecutive5xxErrors 5xx answers in a row that eject an endpoint, at least 1
   * @param interval how often endpoints are scanned, a whole number of milliseconds, at least 1 ms
   * @param baseEjectionTime how long a first ejection lasts, a whole number of milliseconds, at least 1 ms
   * @param maxEjectionPercent the share of endpoints that may be ejected at once, 1-100
   * @return the setting
   * @throws ValidationException if a value is out of range
   */
  public static OutlierDetection of(int consecutive5xxErrors, Duration interval, Duration baseEjectionTime,
      int maxEjectionPercent) {
    Validate.inRange(consecutive5xxErrors, "outlierDetection.consecutive5xxErrors", 1, Integer.MAX_VALUE);
    checkDuration(interval, "outlierDetection.interval");
    checkDuration(baseEjectionTime, "outlierDetection.baseEjectionTime");
    Validate.inRange(maxEjectionPercent, "outlierDetection.maxEjectionPercent", 1, 100);
    return new OutlierDetection(consecutive5xxErrors, interval, baseEjectionTime, maxEjectionPercent);
  }

  /**
   * Returns how many 5xx answers in a row eject an endpoint.
   *
   * @return at least 1
   */
  public int consecutive5xxErrors() {
    return consecutive5xxErrors;
  }

  /**
   * Returns how often endpoints are scanned.
   *
   * @return the interval
   */
  public Duration interval() {
    return interval;
  }

  /**
   * Returns how long a first ejection lasts; each further ejection of the same endpoint lasts longer.
   *
   * @return the base ejection time
   */
  public Duration baseEjectionTime() {
    return baseEjectionTime;
  }

  /**
   * Returns the share of endpoints that may be ejected at once.
   *
   * @return a percentage, 1-100
   */
  public int maxEjectionPercent() {
    return maxEjectionPercent;
  }

  ObjectNode toJson() {
    ObjectNode node = Manifests.object();
    node.put("consecutive5xxErrors", consecutive5xxErrors);
    node.put("interval", istioDuration(interval));
    node.put("baseEjectionTime", istioDuration(baseEjectionTime));
    node.put("maxEjectionPercent", maxEjectionPercent);
    return node;
  }

  /**
   * Writes a duration the way Istio manifests do ({@code "10s"}, {@code "1m"}, {@code "250ms"}):
   * in the largest unit that divides it exactly.
   */
  static String istioDuration(Duration d) {
    long millis = d.toMillis();
    if (millis % 3_600_000 == 0) {
      return millis / 3_600_000 + "h";
    }
    if (millis % 60_000 == 0) {
      return millis / 60_000 + "m";
    }
    if (millis % 1_000 == 0) {
      return millis / 1_000 + "s";
    }
    return millis + "ms";
  }

  private static void checkDuration(Duration d, String field) {
    Validate.positive(d, field);
    if (d.getNano() % 1_000_000 != 0) {
      throw new ValidationException(field, "must be a whole number of milliseconds, was " + d);
    }
    if (d.compareTo(PROTOBUF_MAX) > 0) {
      throw new ValidationException(field, "must be at most " + PROTOBUF_MAX.getSeconds()
          + "s (the protobuf Duration limit), was " + d);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof OutlierDetection)) {
      return false;
    }
    OutlierDetection other = (OutlierDetection) o;
    return consecutive5xxErrors == other.consecutive5xxErrors && interval.equals(other.interval)
        && baseEjectionTime.equals(other.baseEjectionTime) && maxEjectionPercent == other.maxEjectionPercent;
  }

  @Override
  public int hashCode() {
    return Objects.hash(consecutive5xxErrors, interval, baseEjectionTime, maxEjectionPercent);
  }

  /** Returns the setting in Istio terms, such as {@code 3 x 5xx, interval 10s, ejection 30s, max 100%}. */
  @Override
  public String toString() {
    return consecutive5xxErrors + " x 5xx, interval " + istioDuration(interval) + ", ejection "
        + istioDuration(baseEjectionTime) + ", max " + maxEjectionPercent + "%";
  }
}
