package io.github.ackhybrid.core.internal.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ackhybrid.core.exception.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DigestsTest {

  @Test
  void emptySha256ConstantIsTheHashOfNoBytes() {
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Digests.EMPTY_SHA256_HEX);
    assertEquals(Digests.EMPTY_SHA256_HEX, Digests.sha256Hex(new byte[0]));
    assertEquals(Digests.EMPTY_SHA256_HEX, Digests.sha256Hex(""));
  }

  @Test
  void sha256MatchesTheOfficialSdkConstant() {
    // darabonba-openapi-util ClientTest: hash("test", ACS3-HMAC-SHA256)
    assertEquals("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", Digests.sha256Hex("test"));
  }

  @Test
  void sha256OfStringHashesItsUtf8Bytes() {
    assertEquals(Digests.sha256Hex("中文".getBytes(StandardCharsets.UTF_8)), Digests.sha256Hex("中文"));
  }

  @Test
  void hmacSha256MatchesRfc4231TestCase2() {
    assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
        Digests.hmacSha256Hex("Jefe", "what do ya want for nothing?"));
  }

  @Test
  void hmacSha1MatchesRfc2202TestCase2InBase64() {
    // RFC 2202 gives effcdf6ae5eb2fa2d27416d5f184df9c259a7c79 in hex
    assertEquals("7/zfauXrL6LSdBbV8YTfnCWafHk=", Digests.hmacSha1Base64("Jefe", "what do ya want for nothing?"));
  }

  @Test
  void hmacSha1MatchesCredentialsJavaSignString() {
    // credentials-java ParameterHelperTest: signString("abc~!@#", "sk#$!~~~"), raw key with no "&"
    assertEquals("7eV3A584uvdgKVk8Ck8r9ukg1gE=", Digests.hmacSha1Base64("sk#$!~~~", "abc~!@#"));
  }

  @Test
  void md5Base64() {
    assertEquals("1B2M2Y8AsgTpgAmY7PhCfg==", Digests.md5Base64(new byte[0]));
    // signing-credentials.md §2.5 R2
    byte[] body = "{\"name\":\"test\",\"cluster_type\":\"ManagedKubernetes\",\"region_id\":\"cn-hangzhou\"}"
        .getBytes(StandardCharsets.UTF_8);
    assertEquals("FmAqYFIWPp4lUuJbR7rBYQ==", Digests.md5Base64(body));
  }

  @Test
  void rejectsEmptyAndNullKeys() {
    assertEquals("key", assertThrows(ValidationException.class, () -> Digests.hmacSha256Hex("", "x")).field());
    assertEquals("key", assertThrows(ValidationException.class, () -> Digests.hmacSha1Base64(null, "x")).field());
    assertEquals("data", assertThrows(ValidationException.class, () -> Digests.hmacSha256Hex("k", null)).field());
  }

  @Test
  void concurrentCallersGetTheSameResultsAsASingleThread() throws Exception {
    int n = 2000;
    List<String> expected = IntStream.range(0, n)
        .mapToObj(i -> Digests.hmacSha256Hex("key-" + i, "payload-" + i) + Digests.sha256Hex("payload-" + i))
        .toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<String>> tasks = IntStream.range(0, n).<Callable<String>>mapToObj(
          i -> () -> Digests.hmacSha256Hex("key-" + i, "payload-" + i) + Digests.sha256Hex("payload-" + i)).toList();
      List<Future<String>> results = pool.invokeAll(tasks);
      for (int i = 0; i < n; i++) {
        assertEquals(expected.get(i), results.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
