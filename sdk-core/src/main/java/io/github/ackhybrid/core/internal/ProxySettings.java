package io.github.ackhybrid.core.internal;

import io.github.ackhybrid.core.CloudConfig;
import java.net.PasswordAuthentication;
import okhttp3.Authenticator;
import okhttp3.Challenge;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;

/**
 * Applies a configuration's proxy and proxy credentials to an OkHttp client, for the cloud
 * transport and for the Kubernetes clients that reach control planes the same way.
 */
public final class ProxySettings {
  private ProxySettings() {}

  /**
   * Routes the client through the configured proxy, answering its {@code Basic} challenge with the
   * configured credentials once per request; a second challenge means they were refused, and the
   * 407 answer then reaches the caller as an error.
   *
   * @param config the settings
   * @param http the client being built
   */
  public static void apply(CloudConfig config, OkHttpClient.Builder http) {
    config.proxy().ifPresent(http::proxy);
    config.proxyCredentials().ifPresent(credentials -> http.proxyAuthenticator(basic(credentials)));
  }

  private static Authenticator basic(PasswordAuthentication credentials) {
    String header = Credentials.basic(credentials.getUserName(), new String(credentials.getPassword()));
    return (route, response) -> {
      boolean asksForBasic = response.challenges().stream()
          .map(Challenge::scheme)
          .anyMatch(scheme -> scheme.equalsIgnoreCase("Basic"));
      if (!asksForBasic || response.request().header("Proxy-Authorization") != null) {
        return null;
      }
      return response.request().newBuilder().header("Proxy-Authorization", header).build();
    };
  }
}
