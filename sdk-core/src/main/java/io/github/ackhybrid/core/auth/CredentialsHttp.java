package io.github.ackhybrid.core.auth;

import io.github.ackhybrid.core.exception.ConfigurationException;
import java.io.IOException;
import java.net.Proxy;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The small HTTP client of the credential providers that fetch over the network. It is separate
 * from the API clients because it must work before any of them exists, with its own short
 * timeouts. All providers share one connection pool; calls run on the caller's thread.
 */
final class CredentialsHttp {
  private static final class Holder {
    // Redirects are refused: a metadata endpoint that redirects is misconfigured or hostile, and
    // following it could hand the metadata token to another host.
    static final OkHttpClient BASE = new OkHttpClient.Builder()
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .connectionPool(new ConnectionPool(2, 30, TimeUnit.SECONDS))
        .build();
  }

  private CredentialsHttp() {}

  /**
   * Returns a client with the given timeouts.
   *
   * @param connectTimeout the connect timeout
   * @param readTimeout the read timeout
   * @param direct true to bypass any proxy, as link-local metadata endpoints must
   */
  static OkHttpClient client(Duration connectTimeout, Duration readTimeout, boolean direct) {
    OkHttpClient.Builder builder = Holder.BASE.newBuilder()
        .connectTimeout(connectTimeout)
        .readTimeout(readTimeout)
        .writeTimeout(readTimeout);
    if (direct) {
      builder.proxy(Proxy.NO_PROXY);
    }
    return builder.build();
  }

  /**
   * Sends a request and reads the whole answer, whatever its status.
   *
   * @param client the client
   * @param request the request; it must not carry secrets in its URL
   * @param what what is being fetched, for messages, e.g. "Getting the ECS metadata token"
   * @return the status and body
   * @throws ConfigurationException on an I/O failure, naming the URL and the failure
   */
  static Reply send(OkHttpClient client, Request request, String what) {
    try (Response response = client.newCall(request).execute()) {
      ResponseBody body = response.body();
      return new Reply(response.code(), body == null ? "" : body.string());
    } catch (IOException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName()
          : e.getClass().getSimpleName() + ": " + e.getMessage();
      throw new ConfigurationException(what + " from " + display(request.url()) + " failed: " + reason, e);
    }
  }

  /**
   * Shows a URL without its user info, query and fragment, where a credentials URL could carry a
   * secret.
   *
   * @param url the URL
   * @return the URL fit for messages and logs
   */
  static String display(HttpUrl url) {
    return url.newBuilder().username("").password("").query(null).fragment(null).build().toString();
  }

  /** An HTTP answer. Its body may hold secrets: never put it in a message. */
  static final class Reply {
    final int status;
    final String body;

    Reply(int status, String body) {
      this.status = status;
      this.body = body;
    }

    boolean isSuccessful() {
      return status >= 200 && status < 300;
    }
  }
}
