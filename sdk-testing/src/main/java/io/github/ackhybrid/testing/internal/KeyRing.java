package io.github.ackhybrid.testing.internal;

import io.github.ackhybrid.core.internal.signing.SigningKey;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The AccessKeys the simulator accepts, by AccessKey ID. Thread-safe. */
public final class KeyRing {
  private final ConcurrentHashMap<String, SigningKey> keys = new ConcurrentHashMap<>();

  /**
   * Adds or replaces a key.
   *
   * @param accessKeyId the AccessKey ID
   * @param key its secret and, for an STS session, token
   */
  public void put(String accessKeyId, SigningKey key) {
    keys.put(accessKeyId, key);
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
   * Looks a key up, as the signature verifier does.
   *
   * @param accessKeyId the AccessKey ID, may be null
   * @return the key, empty when unknown
   */
  public Optional<SigningKey> find(String accessKeyId) {
    return accessKeyId == null ? Optional.empty() : Optional.ofNullable(keys.get(accessKeyId));
  }
}
