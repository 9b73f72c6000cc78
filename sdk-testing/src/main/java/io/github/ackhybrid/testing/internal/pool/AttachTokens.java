package io.github.ackhybrid.testing.internal.pool;

import io.github.ackhybrid.testing.internal.Ids;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The tokens attach scripts carry: which pool each joins, until when, whether it may be used once
 * only, and who used it. Touched only under the state lock.
 */
final class AttachTokens {
  /** One minted token; {@code usedBy} is the host that used a one-time token, if any. */
  static final class Grant {
    private final String clusterId;
    private final String poolId;
    private final Instant expires;
    private final boolean oneTime;
    private final String nodeNameOverride;
    private String usedBy;

    private Grant(String clusterId, String poolId, Instant expires, boolean oneTime, String nodeNameOverride) {
      this.clusterId = clusterId;
      this.poolId = poolId;
      this.expires = expires;
      this.oneTime = oneTime;
      this.nodeNameOverride = nodeNameOverride;
    }

    String clusterId() {
      return clusterId;
    }

    String poolId() {
      return poolId;
    }

    Instant expires() {
      return expires;
    }

    boolean oneTime() {
      return oneTime;
    }

    String nodeNameOverride() {
      return nodeNameOverride;
    }

    Optional<String> usedBy() {
      return Optional.ofNullable(usedBy);
    }

    void use(String host) {
      if (oneTime) {
        usedBy = host;
      }
    }
  }

  private final Map<String, Grant> grants = new HashMap<>();

  /** Mints a token for a pool and returns it. */
  String mint(String clusterId, String poolId, Instant expires, boolean oneTime, String nodeNameOverride) {
    String token = Ids.token(32);
    grants.put(token, new Grant(clusterId, poolId, expires, oneTime, nodeNameOverride));
    return token;
  }

  Optional<Grant> find(String token) {
    return Optional.ofNullable(grants.get(token));
  }

  void clear() {
    grants.clear();
  }
}
