package io.github.ackhybrid.testing.internal.bss;

import io.github.ackhybrid.testing.internal.ApiError;
import io.github.ackhybrid.testing.internal.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code NextToken}s of the token-paged operations. A token names where the next page starts
 * for one query (every parameter but {@code NextToken} and {@code MaxResults}) and stops working a
 * configurable simulated time after it was issued. Touched only under the state lock.
 */
final class TokenPages {
  private record Issued(String query, int offset, Instant expires) {}

  private final Map<String, Issued> issued = new HashMap<>();
  private Duration lifetime;

  void lifetime(Duration value) {
    this.lifetime = value;
  }

  void clear() {
    issued.clear();
  }

  /** Issues a token for the page of {@code query} that starts at {@code offset}. */
  String issue(String query, int offset, Instant now) {
    String token = Ids.token(24);
    issued.put(token, new Issued(query, offset, now.plus(lifetime)));
    return token;
  }

  /**
   * Returns where the page a token names starts.
   *
   * @throws ApiError 400 {@code InvalidParameter} for a token this simulator never issued, one
   *     issued for another query, or one used after it expired
   */
  int offset(String token, String query, Instant now) {
    Issued entry = issued.get(token);
    if (entry == null || !entry.query().equals(query)) {
      throw ApiError.invalidParameter("The specified NextToken is invalid.");
    }
    if (now.isAfter(entry.expires())) {
      issued.remove(token);
      throw ApiError.invalidParameter("The specified NextToken has expired.");
    }
    return entry.offset();
  }
}
