package io.github.ackhybrid.testing.internal;

import io.github.ackhybrid.core.internal.signing.SigningKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The AccessKeys the simulator accepts, by AccessKey ID, with the expiry of STS sessions. Thread-safe. */
public final class KeyRing {
  private final ConcurrentHashMap<String, Entry> keys = new ConcurrentHashMap<>();
  private final Clock clock;

  private record Entry(SigningKey key, Optional<Instant> expiresAt) {}

  /**
   * Creates an empty key ring.
   *
   * @param clock the clock session keys expire by
   */
  public KeyRing(Clock clock) {
    this.clock = clock;
  }

  /**
   * Adds or replaces a key that does not expire.
   *
   * @param accessKeyId the AccessKey ID
   * @param key its secret and, for an STS session, token
   */
  public void put(String accessKeyId, SigningKey key) {
    keys.put(accessKeyId, new Entry(key, Optional.empty()));
  }

  /**
   * Adds or replaces a key that stops being accepted at an instant.
   *
   * @param accessKeyId the AccessKey ID
   * @param key its secret and token
   * @param expiresAt when requests signed with it start to fail with {@code InvalidSecurityToken.Expired}
   */
  public void put(String accessKeyId, SigningKey key, Instant expiresAt) {
    keys.put(accessKeyId, new Entry(key, Optional.of(expiresAt)));
  }

  /**
   * Removes a key; requests signed with it then fail with {@code InvalidAccessKeyId.NotFound}.
   *
   * @param accessKeyId the AccessKey ID
   */
  public void remove(String accessKeyId) {
    keys.remove(accessKeyId);
  }

  /**
   * Looks a key up, as the signature verifier does. An expired key is still found, so that its
   * requests verify and then fail for the expiry rather than as an unknown key.
   *
   * @param accessKeyId the AccessKey ID, may be null
   * @return the key, empty when unknown
   */
  public Optional<SigningKey> find(String accessKeyId) {
    return entry(accessKeyId).map(Entry::key);
  }

  /**
   * Tells when a key expired, if it has by now.
   *
   * @param accessKeyId the AccessKey ID, may be null
   * @return the past expiry of the key, empty when it is unknown, long-term or still valid
   */
  public Optional<Instant> expired(String accessKeyId) {
    Instant now = clock.instant();
    return entry(accessKeyId).flatMap(Entry::expiresAt).filter(at -> !now.isBefore(at));
  }

  private Optional<Entry> entry(String accessKeyId) {
    return accessKeyId == null ? Optional.empty() : Optional.ofNullable(keys.get(accessKeyId));
  }
}
