package io.github.ackhybrid.core.auth;

import io.github.ackhybrid.core.exception.ConfigurationException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches the credentials of the instance's RAM role from the ECS metadata service, one fresh set
 * per call: a session token first (hardened mode, "IMDSv2"), then the role name unless it was
 * configured, then the role's credentials. It does no caching; {@link EcsRamRoleCredentialsProvider}
 * puts a {@link CachedCredentialsProvider} in front of it.
 */
final class EcsMetadataClient implements CredentialsProvider {
  private static final Logger LOG = LoggerFactory.getLogger(EcsMetadataClient.class);
  static final String TOKEN_TTL_HEADER = "X-aliyun-ecs-metadata-token-ttl-seconds";
  static final String TOKEN_HEADER = "X-aliyun-ecs-metadata-token";
  private static final String TOKEN_TTL_SECONDS = "21600";
  private static final String TOKEN_PATH = "latest/api/token";
  private static final String ROLES_PATH = "latest/meta-data/ram/security-credentials";
  // The metadata service answers within milliseconds on ECS; off ECS nothing answers, and a short
  // timeout keeps the default chain from hanging there (the official SDKs use the same 1 s).
  private static final Duration TIMEOUT = Duration.ofSeconds(1);

  private final HttpUrl endpoint;
  private final Optional<String> roleName;
  private final boolean imdsV1Fallback;
  private final OkHttpClient http;

  EcsMetadataClient(HttpUrl endpoint, Optional<String> roleName, boolean imdsV1Fallback) {
    this.endpoint = endpoint;
    this.roleName = roleName;
    this.imdsV1Fallback = imdsV1Fallback;
    this.http = CredentialsHttp.client(TIMEOUT, TIMEOUT, true);
  }

  /**
   * Fetches fresh credentials of the instance's role.
   *
   * @throws ConfigurationException if the metadata service cannot be reached or refuses
   */
  @Override
  public Credentials resolveCredentials() {
    Optional<String> token = fetchToken();
    String role = roleName.isPresent() ? roleName.get() : discoverRole(token);
    HttpUrl url = endpoint.newBuilder().addPathSegments(ROLES_PATH).addPathSegment(role).build();
    CredentialsHttp.Reply reply = get(url, token, "Getting the credentials of RAM role " + role);
    if (reply.status == 404) {
      throw new ConfigurationException("RAM role " + role + " is not attached to this ECS instance (HTTP 404 from "
          + url + "); attach it, or name the attached role");
    }
    requireOk(reply, url, "Getting the credentials of RAM role " + role);
    return SessionCredentialsJson.parse(reply.body, url.toString());
  }

  private Optional<String> fetchToken() {
    HttpUrl url = endpoint.newBuilder().addPathSegments(TOKEN_PATH).build();
    Request request = new Request.Builder()
        .url(url)
        .header(TOKEN_TTL_HEADER, TOKEN_TTL_SECONDS)
        .put(RequestBody.create(new byte[0]))
        .build();
    String failure;
    try {
      CredentialsHttp.Reply reply = CredentialsHttp.send(http, request, "Getting the ECS metadata token");
      String token = reply.body.strip();
      if (reply.status == 200 && isHeaderSafe(token)) {
        return Optional.of(token);
      }
      failure = "Getting the ECS metadata token from " + url + " failed with HTTP " + reply.status
          + (reply.status == 200 ? " and an empty or malformed token" : "");
    } catch (ConfigurationException e) {
      failure = e.getMessage();
    }
    if (!imdsV1Fallback) {
      throw new ConfigurationException(failure + ", and the fallback to IMDSv1 without a token is disabled");
    }
    LOG.debug("{}; continuing without a token (IMDSv1)", failure);
    return Optional.empty();
  }

  private static boolean isHeaderSafe(String token) {
    // OkHttp quotes a rejected header value in its exception message; checking first keeps the
    // token out of every message.
    return !token.isEmpty() && token.chars().allMatch(c -> c > 0x20 && c < 0x7f);
  }

  private String discoverRole(Optional<String> token) {
    HttpUrl url = endpoint.newBuilder().addPathSegments(ROLES_PATH + "/").build();
    String what = "Finding the RAM role of this ECS instance";
    CredentialsHttp.Reply reply = get(url, token, what);
    if (reply.status == 404) {
      throw new ConfigurationException("No RAM role is attached to this ECS instance (HTTP 404 from " + url + ")");
    }
    requireOk(reply, url, what);
    String role = reply.body.strip().lines().findFirst().orElse("").strip();
    if (role.isEmpty()) {
      throw new ConfigurationException("No RAM role is attached to this ECS instance (" + url + " is empty)");
    }
    return role;
  }

  private CredentialsHttp.Reply get(HttpUrl url, Optional<String> token, String what) {
    if (token.isEmpty()) {
      return CredentialsHttp.send(http, new Request.Builder().url(url).get().build(), what);
    }
    Request withToken = new Request.Builder().url(url).header(TOKEN_HEADER, token.get()).get().build();
    String failure;
    try {
      CredentialsHttp.Reply reply = CredentialsHttp.send(http, withToken, what);
      if (reply.status == 200 || !imdsV1Fallback) {
        return reply;
      }
      failure = "HTTP " + reply.status;
    } catch (ConfigurationException e) {
      if (!imdsV1Fallback) {
        throw e;
      }
      failure = e.getMessage();
    }
    // Some metadata services hand out tokens but reject them; the official SDKs try once more
    // without the token before giving up.
    LOG.debug("{} with a metadata token failed ({}); retrying without the token", what, failure);
    return CredentialsHttp.send(http, new Request.Builder().url(url).get().build(), what);
  }

  private static void requireOk(CredentialsHttp.Reply reply, HttpUrl url, String what) {
    if (reply.status != 200) {
      throw new ConfigurationException(what + " from " + url + " failed with HTTP " + reply.status);
    }
  }

  /** Names the endpoint and the role, never the token or the credentials. */
  @Override
  public String toString() {
    return "ECS metadata service " + endpoint + " (RAM role " + roleName.orElse("discovered") + ")";
  }
}
