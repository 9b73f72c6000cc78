package io.github.ackhybrid.nodepool;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.nodepool.scheduling.Loopback;
import io.github.ackhybrid.testing.internal.NoDelayServerSocketFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** A loopback MockWebServer standing in for the CS endpoint, and clients pointed at it. */
final class MockCs implements AutoCloseable {
  static final String CLUSTER = "c82e6987e2961451182edacd74faf1234";
  static final String POOL = "np615c0e0966124216a0412e10afe01234";

  final MockWebServer server = new MockWebServer();

  MockCs() {
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  CloudConfig.Builder config() {
    return Loopback.cloud(server);
  }

  NodePoolClient client() {
    return NodePoolClient.create(config().build());
  }

  NodePoolClient client(Consumer<CloudConfig.Builder> customizer) {
    CloudConfig.Builder b = config();
    customizer.accept(b);
    return NodePoolClient.create(b.build());
  }

  NodePoolClient client(Clock clock) {
    return client(b -> b.clock(clock));
  }

  void enqueue(int status, String json) {
    server.enqueue(json(status, json));
  }

  static MockResponse json(int status, String json) {
    return new MockResponse().setResponseCode(status).setHeader("content-type", "application/json")
        .setHeader("x-acs-request-id", "req-" + status).setBody(json);
  }

  static MockResponse notFound(String code) {
    return json(404, "{\"code\":\"" + code + "\",\"message\":\"not found\",\"requestId\":\"req-404\"}");
  }

  RecordedRequest take() {
    try {
      RecordedRequest r = server.takeRequest(30, TimeUnit.SECONDS);
      if (r == null) {
        throw new AssertionError("no request reached the server");
      }
      return r;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static JsonNode body(RecordedRequest r) {
    try {
      return Json.mapper().readTree(r.getBody().readUtf8());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      server.shutdown();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
