package io.github.ackhybrid.reliability.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;

/**
 * A loopback relay between the SDK and the simulator that keeps each {@code Authorization} header
 * exactly as sent. The simulator's own request log masks that header, so this is where the
 * signatures the secret scan looks for come from. It forwards every request unchanged, the
 * {@code Host} header included, so the simulator verifies the very signature the SDK computed.
 */
final class SigningRecorder implements AutoCloseable {
  private static final Set<String> HOP_BY_HOP =
      Set.of("content-length", "connection", "accept-encoding", "transfer-encoding", "content-encoding");

  private final MockWebServer server = new MockWebServer();
  private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private final HttpUrl target;

  SigningRecorder(URI simulator) throws IOException {
    this.target = HttpUrl.get(simulator);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return forward(request);
      }
    });
    server.start();
  }

  /**
   * Returns the endpoint to configure the SDK with.
   *
   * @return the relay's URL
   */
  URI endpoint() {
    return server.url("/").uri();
  }

  /**
   * Returns every {@code Authorization} header value relayed so far.
   *
   * @return the values
   */
  List<String> authorizations() {
    return List.copyOf(authorizations);
  }

  private MockResponse forward(RecordedRequest request) {
    String auth = request.getHeader("Authorization");
    if (auth != null) {
      authorizations.add(auth);
    }
    Headers.Builder headers = new Headers.Builder();
    for (String name : request.getHeaders().names()) {
      if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
        for (String value : request.getHeaders().values(name)) {
          headers.add(name, value);
        }
      }
    }
    String contentType = request.getHeader("Content-Type");
    byte[] body = request.getBody().readByteArray();
    boolean hasBody = !request.getMethod().equals("GET") && !request.getMethod().equals("HEAD");
    RequestBody payload = hasBody ? RequestBody.create(body, contentType == null ? null : MediaType.parse(contentType))
        : null;
    HttpUrl url = HttpUrl.get(target.resolve(request.getPath()).toString());
    Request relayed = new Request.Builder().url(url).headers(headers.build()).method(request.getMethod(), payload)
        .build();
    try (Response response = http.newCall(relayed).execute()) {
      MockResponse answer = new MockResponse().setResponseCode(response.code());
      for (String name : response.headers().names()) {
        if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
          response.headers(name).forEach(value -> answer.addHeader(name, value));
        }
      }
      ResponseBody responseBody = response.body();
      return answer.setBody(new Buffer().write(responseBody == null ? new byte[0] : responseBody.bytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
