package io.github.ackhybrid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.internal.signing.RoaV2Signer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class SimulatorMainTest {
  private static final Pattern FIRST_LINE = Pattern.compile("CloudSimulator listening on (http://127\\.0\\.0\\.1:(\\d+))");

  @Test
  void servesARawHandSignedV2RequestAfterPrintingWhereItListens() throws Exception {
    PipedInputStream pipe = new PipedInputStream();
    PrintStream out = new PrintStream(new PipedOutputStream(pipe), true, StandardCharsets.UTF_8);
    CountDownLatch stop = new CountDownLatch(1);
    CompletableFuture<Void> server = CompletableFuture.runAsync(() -> {
      try (CloudSimulator sim = SimulatorMain.start(new String[] {"--port", "0", "--access-key-id", "raw-id",
          "--access-key-secret", "raw-secret", "--speed", "600"}, out)) {
        stop.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    try {
      BufferedReader lines = new BufferedReader(new InputStreamReader(pipe, StandardCharsets.UTF_8));
      Matcher first = FIRST_LINE.matcher(lines.readLine());
      assertTrue(first.matches());

      String date = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.US)
          .format(ZonedDateTime.now(ZoneOffset.UTC));
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Accept", "application/json");
      headers.put("Date", date);
      headers.put("x-acs-signature-nonce", UUID.randomUUID().toString());
      headers.put("x-acs-signature-method", "HMAC-SHA1");
      headers.put("x-acs-signature-version", "1.0");
      headers.put("x-acs-version", "2015-12-15");
      headers.put("x-acs-action", "DescribeClustersV1");
      Map<String, String> query = Map.of("page_size", "10");
      String signature = RoaV2Signer.signature("raw-secret",
          RoaV2Signer.stringToSign("GET", headers, "/api/v1/clusters", query));
      Request.Builder request = new Request.Builder().url(first.group(1) + "/api/v1/clusters?page_size=10")
          .header("Authorization", "acs raw-id:" + signature);
      headers.forEach(request::header);
      try (Response response = new OkHttpClient().newCall(request.build()).execute()) {
        String body = response.body().string();
        assertEquals(200, response.code(), body);
        assertTrue(body.contains("\"page_info\""), body);
        assertTrue(body.contains("\"clusters\":[]"), body);
      }
    } finally {
      stop.countDown();
      server.get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void helpIsRecognisedAndNamesEveryOptionWithItsDefault() {
    assertTrue(SimulatorMain.wantsHelp(new String[] {"--help"}));
    assertTrue(SimulatorMain.wantsHelp(new String[] {"--port", "0", "-h"}));
    assertFalse(SimulatorMain.wantsHelp(new String[] {"--port", "0"}));
    String help = SimulatorMain.help();
    assertTrue(help.startsWith("usage: SimulatorMain"), help);
    for (String option : List.of("--port N", "--access-key-id ID", "--access-key-secret SECRET", "--speed X",
        "-h, --help", CloudSimulator.DEFAULT_ACCESS_KEY_ID, String.valueOf(CloudSimulator.DEMO_SPEED), "Exit status")) {
      assertTrue(help.contains(option), "help lacks " + option + ":\n" + help);
    }
    assertFalse(help.contains(CloudSimulator.DEFAULT_ACCESS_KEY_SECRET), "the help never prints a secret");
  }

  @Test
  void badArgumentsAreRefused() {
    PrintStream out = new PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    assertThrows(IllegalArgumentException.class, () -> SimulatorMain.start(new String[] {"--port"}, out));
    assertThrows(IllegalArgumentException.class, () -> SimulatorMain.start(new String[] {"--port", "x"}, out));
    assertThrows(IllegalArgumentException.class, () -> SimulatorMain.start(new String[] {"--verbose", "1"}, out));
    assertThrows(IllegalArgumentException.class, () -> SimulatorMain.start(new String[] {"--access-key-id", "only"}, out));
  }
}
