package io.github.ackhybrid.core.internal.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.auth.Credentials;
import io.github.ackhybrid.core.auth.MutableClock;
import io.github.ackhybrid.core.exception.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SignatureVerifierTest {
  private static final String AK = "YourAccessKeyId";
  private static final String SECRET = "YourAccessKeySecret";
  private static final Instant SIGNED_AT = Instant.parse("2023-10-26T10:22:32Z");
  private static final byte[] NO_BODY = new byte[0];
  private static final String MISMATCH_MESSAGE = "Specified signature does not match our calculation.";
  private static final String INCOMPLETE_MESSAGE = "The request signature does not conform to Aliyun standards.";

  private static Function<String, Optional<SigningKey>> keys(String accessKeyId, SigningKey key) {
    return id -> id.equals(accessKeyId) ? Optional.of(key) : Optional.empty();
  }

  private static SignatureVerifier verifier(SigningKey key, Instant now) {
    return new SignatureVerifier(keys(AK, key), Clock.fixed(now, ZoneOffset.UTC));
  }

  private static SignatureVerifier verifier(Instant now) {
    return verifier(SigningKey.of(SECRET), now);
  }

  /** Headers of a V3 request as the SDK pipeline would send them, unsigned. */
  private static Map<String, String> v3Headers(String nonce, byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("host", "127.0.0.1:8080");
    headers.put("x-acs-action", "CreateCluster");
    headers.put("x-acs-version", "2015-12-15");
    headers.put("x-acs-date", SIGNED_AT.toString());
    headers.put("x-acs-signature-nonce", nonce);
    headers.put("x-acs-content-sha256", Digests.sha256Hex(body));
    headers.put("content-type", "application/json; charset=utf-8");
    headers.put("user-agent", "ackhybrid-sdk-java/0.1.0");
    return headers;
  }

  private static Map<String, String> signV3(String method, String path, Map<String, String> query,
      Map<String, String> headers, String accessKeyId, String secret) {
    Map<String, String> signed = new LinkedHashMap<>(headers);
    signed.put("Authorization", AcsV3Signer.authorization(accessKeyId, secret, method, path, query, headers,
        headers.getOrDefault("x-acs-content-sha256", Digests.EMPTY_SHA256_HEX)));
    return signed;
  }

  private static void assertFailure(VerificationResult result, int status, String code, String scheme) {
    assertFalse(result.valid(), () -> "expected " + code + " but was valid");
    assertEquals(code, result.errorCode(), result::message);
    assertEquals(status, result.httpStatus());
    assertEquals(scheme, result.scheme());
  }

  @Nested
  class V3 {
    private final byte[] body = "{\"name\":\"idc-shanghai\"}".getBytes(StandardCharsets.UTF_8);
    private final Map<String, String> query = Map.of("region_id", "cn-hangzhou", "note", "a b*c~/中文");
    private final String path = "/clusters/c-%2Fx%20y/resources";

    private Map<String, String> request(String nonce) {
      return signV3("POST", path, query, v3Headers(nonce, body), AK, SECRET);
    }

    @Test
    void officialVectorTvV3_1Passes() {
      Map<String, String> headers = signV3("POST", "/", AcsV3SignerTest.tvV3Query(), AcsV3SignerTest.tvV3Headers(),
          AK, SECRET);
      assertTrue(headers.get("Authorization").endsWith(
          "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));

      VerificationResult result = verifier(SIGNED_AT).verify("POST", "/", AcsV3SignerTest.tvV3Query(), headers, NO_BODY);

      assertEquals(VerificationResult.ok(VerificationResult.V3, AK), result);
    }

    @Test
    void requestSignedByTheSignerPasses() {
      VerificationResult result = verifier(SIGNED_AT).verify("POST", path, query, request("n-1"), body);

      assertTrue(result.valid(), result::message);
      assertEquals(200, result.httpStatus());
      assertEquals(AK, result.accessKeyId());
    }

    @Test
    void headerNamesMayArriveInAnyCase() {
      Map<String, String> received = new LinkedHashMap<>();
      request("n-1").forEach((name, value) -> received.put(name.toUpperCase(Locale.ROOT), value));

      assertTrue(verifier(SIGNED_AT).verify("post", path, query, received, body).valid());
    }

    @Test
    void tamperedBodyIsRejected() {
      byte[] other = "{\"name\":\"evil\"}".getBytes(StandardCharsets.UTF_8);

      VerificationResult result = verifier(SIGNED_AT).verify("POST", path, query, request("n-1"), other);

      assertFailure(result, 400, "SignatureDoesNotMatch", VerificationResult.V3);
      assertTrue(result.message().startsWith(MISMATCH_MESSAGE));
      assertTrue(result.message().contains("x-acs-content-sha256"));
    }

    @Test
    void tamperedBodyWithRecomputedHashIsRejected() {
      byte[] other = "{\"name\":\"evil\"}".getBytes(StandardCharsets.UTF_8);
      Map<String, String> headers = request("n-1");
      headers.put("x-acs-content-sha256", Digests.sha256Hex(other));

      assertFailure(verifier(SIGNED_AT).verify("POST", path, query, headers, other),
          400, "SignatureDoesNotMatch", VerificationResult.V3);
    }

    @Test
    void tamperedQueryIsRejected() {
      Map<String, String> tampered = new LinkedHashMap<>(query);
      tampered.put("region_id", "cn-beijing");

      VerificationResult result = verifier(SIGNED_AT).verify("POST", path, tampered, request("n-1"), body);

      assertFailure(result, 400, "SignatureDoesNotMatch", VerificationResult.V3);
      assertEquals(MISMATCH_MESSAGE, result.message());
    }

    @Test
    void tamperedPathMethodOrSignedHeaderIsRejected() {
      SignatureVerifier verifier = verifier(SIGNED_AT);
      assertFailure(verifier.verify("POST", "/clusters/c-x/resources", query, request("n-1"), body),
          400, "SignatureDoesNotMatch", VerificationResult.V3);
      assertFailure(verifier.verify("PUT", path, query, request("n-2"), body),
          400, "SignatureDoesNotMatch", VerificationResult.V3);
      Map<String, String> headers = request("n-3");
      headers.put("x-acs-action", "DeleteCluster");
      assertFailure(verifier.verify("POST", path, query, headers, body),
          400, "SignatureDoesNotMatch", VerificationResult.V3);
    }

    @Test
    void wrongSecretIsRejected() {
      Map<String, String> headers = signV3("POST", path, query, v3Headers("n-1", body), AK, "NotTheSecret");

      assertFailure(verifier(SIGNED_AT).verify("POST", path, query, headers, body),
          400, "SignatureDoesNotMatch", VerificationResult.V3);
    }

    @Test
    void unknownAccessKeyIdIsNotFound() {
      Map<String, String> headers = signV3("POST", path, query, v3Headers("n-1", body), "SomeoneElse", SECRET);

      VerificationResult result = verifier(SIGNED_AT).verify("POST", path, query, headers, body);

      assertFailure(result, 404, "InvalidAccessKeyId.NotFound", VerificationResult.V3);
      assertEquals("SomeoneElse", result.accessKeyId());
    }

    @Test
    void missingSignedHeaderIsIncomplete() {
      Map<String, String> headers = request("n-1");
      headers.remove("x-acs-action");

      VerificationResult result = verifier(SIGNED_AT).verify("POST", path, query, headers, body);

      assertFailure(result, 400, "IncompleteSignature", VerificationResult.V3);
      assertTrue(result.message().startsWith(INCOMPLETE_MESSAGE));
      assertTrue(result.message().contains("x-acs-action"));
    }

    @Test
    void dateNonceAndContentHashMustBeSigned() {
      for (String name : new String[] {"x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256"}) {
        Map<String, String> unsigned = v3Headers("n-1", body);
        String value = unsigned.remove(name);
        Map<String, String> headers = signV3("POST", path, query, unsigned, AK, SECRET);
        headers.put(name, value);

        VerificationResult result = verifier(SIGNED_AT).verify("POST", path, query, headers, body);

        assertFailure(result, 400, "IncompleteSignature", VerificationResult.V3);
        assertTrue(result.message().contains(name), result::message);
      }
    }

    @Test
    void dateMoreThanFifteenMinutesAwayIsExpired() {
      Instant late = SIGNED_AT.plus(Duration.ofMinutes(15)).plusSeconds(1);
      Instant early = SIGNED_AT.minus(Duration.ofMinutes(15)).minusSeconds(1);

      VerificationResult result = verifier(late).verify("POST", path, query, request("n-1"), body);

      assertFailure(result, 400, "InvalidTimeStamp.Expired", VerificationResult.V3);
      assertTrue(result.message().startsWith("Specified time stamp or date value is expired."));
      assertFailure(verifier(early).verify("POST", path, query, request("n-1"), body),
          400, "InvalidTimeStamp.Expired", VerificationResult.V3);
      assertTrue(verifier(SIGNED_AT.plus(Duration.ofMinutes(15))).verify("POST", path, query, request("n-1"), body)
          .valid());
    }

    @Test
    void unparseableDateIsIllegal() {
      Map<String, String> unsigned = v3Headers("n-1", body);
      unsigned.put("x-acs-date", "yesterday");
      Map<String, String> headers = signV3("POST", path, query, unsigned, AK, SECRET);

      assertFailure(verifier(SIGNED_AT).verify("POST", path, query, headers, body),
          400, "IllegalTimestamp", VerificationResult.V3);
    }

    @Test
    void replayedNonceIsRejected() {
      SignatureVerifier verifier = verifier(SIGNED_AT);
      assertTrue(verifier.verify("POST", path, query, request("n-1"), body).valid());

      VerificationResult replay = verifier.verify("POST", path, query, request("n-1"), body);

      assertFailure(replay, 400, "SignatureNonceUsed", VerificationResult.V3);
      assertEquals("The request signature nonce has been used.", replay.message());
    }

    @Test
    void forgedRequestDoesNotBurnTheNonce() {
      SignatureVerifier verifier = verifier(SIGNED_AT);
      Map<String, String> forged = signV3("POST", path, query, v3Headers("n-1", body), AK, "guessed");

      assertFailure(verifier.verify("POST", path, query, forged, body),
          400, "SignatureDoesNotMatch", VerificationResult.V3);
      assertTrue(verifier.verify("POST", path, query, request("n-1"), body).valid());
    }

    @Test
    void expiredRequestDoesNotBurnTheNonce() {
      MutableClock clock = new MutableClock(SIGNED_AT.plus(Duration.ofHours(1)));
      SignatureVerifier verifier = new SignatureVerifier(keys(AK, SigningKey.of(SECRET)), clock);
      assertFailure(verifier.verify("POST", path, query, request("n-1"), body),
          400, "InvalidTimeStamp.Expired", VerificationResult.V3);

      clock.set(SIGNED_AT);

      assertTrue(verifier.verify("POST", path, query, request("n-1"), body).valid());
    }

    @Test
    void nonceIsRememberedUntilItsRequestWouldExpire() {
      MutableClock clock = new MutableClock(SIGNED_AT.minus(Duration.ofMinutes(14)));
      SignatureVerifier verifier = new SignatureVerifier(keys(AK, SigningKey.of(SECRET)), clock);
      assertTrue(verifier.verify("POST", path, query, request("n-1"), body).valid());

      clock.set(SIGNED_AT.plus(Duration.ofMinutes(15)));

      assertFailure(verifier.verify("POST", path, query, request("n-1"), body),
          400, "SignatureNonceUsed", VerificationResult.V3);
    }

    @Test
    void noncesAreScopedToTheAccessKey() {
      Function<String, Optional<SigningKey>> twoKeys = id -> Optional.of(SigningKey.of(id + "-secret"));
      SignatureVerifier verifier = new SignatureVerifier(twoKeys, Clock.fixed(SIGNED_AT, ZoneOffset.UTC));

      assertTrue(verifier.verify("POST", path, query,
          signV3("POST", path, query, v3Headers("n-1", body), "ak-1", "ak-1-secret"), body).valid());
      assertTrue(verifier.verify("POST", path, query,
          signV3("POST", path, query, v3Headers("n-1", body), "ak-2", "ak-2-secret"), body).valid());
    }

    @Test
    void boundedNonceMemoryForgetsTheOldestAtCapacity() {
      SignatureVerifier verifier = new SignatureVerifier(keys(AK, SigningKey.of(SECRET)),
          Clock.fixed(SIGNED_AT, ZoneOffset.UTC), 2);
      assertTrue(verifier.verify("POST", path, query, request("n-1"), body).valid());
      assertTrue(verifier.verify("POST", path, query, request("n-2"), body).valid());
      assertTrue(verifier.verify("POST", path, query, request("n-3"), body).valid());

      assertFailure(verifier.verify("POST", path, query, request("n-3"), body),
          400, "SignatureNonceUsed", VerificationResult.V3);
      assertTrue(verifier.verify("POST", path, query, request("n-1"), body).valid());
    }

    @Test
    void stsRequestWithItsTokenPasses() {
      Map<String, String> headers = AcsV3SignerTest.tvV3Headers();
      headers.put("x-acs-accesskey-id", AK);
      headers.put("x-acs-security-token", "YourSecurityToken");
      Map<String, String> signed = signV3("POST", "/", AcsV3SignerTest.tvV3Query(), headers, AK, SECRET);
      assertTrue(signed.get("Authorization").endsWith(
          "Signature=372af09200ee6d0200d6483c29bce03b97ca7f9dfe9ff65a0cfaaa4592b2869a"));
      SigningKey session = SigningKey.from(Credentials.session(AK, SECRET, "YourSecurityToken", null));

      assertTrue(verifier(session, SIGNED_AT).verify("POST", "/", AcsV3SignerTest.tvV3Query(), signed, NO_BODY)
          .valid());
    }

    @Test
    void stsTokenMustMatchTheKey() {
      Map<String, String> unsigned = v3Headers("n-1", body);
      unsigned.put("x-acs-security-token", "SomeOtherToken");
      Map<String, String> headers = signV3("POST", path, query, unsigned, AK, SECRET);
      SigningKey session = new SigningKey(SECRET, Optional.of("TheRealToken"));

      VerificationResult result = verifier(session, SIGNED_AT).verify("POST", path, query, headers, body);

      assertFailure(result, 400, "InvalidSecurityToken.MismatchWithAccessKey", VerificationResult.V3);
      assertFalse(result.message().contains("TheRealToken"));
      assertFalse(result.message().contains("SomeOtherToken"));
    }

    @Test
    void stsKeyWithoutTokenInRequestIsMalformed() {
      SigningKey session = new SigningKey(SECRET, Optional.of("TheRealToken"));

      VerificationResult result = verifier(session, SIGNED_AT).verify("POST", path, query, request("n-1"), body);

      assertFailure(result, 400, "InvalidSecurityToken.Malformed", VerificationResult.V3);
      assertFalse(result.message().contains("TheRealToken"));
    }

    @Test
    void messagesNeverRevealTheSecretOrWhatWasExpected() {
      Map<String, String> tampered = new LinkedHashMap<>(query);
      tampered.put("region_id", "cn-beijing");
      Map<String, String> headers = request("n-1");
      Map<String, String> signedForTampered = new LinkedHashMap<>(headers);
      signedForTampered.remove("Authorization");
      String canonical = AcsV3Signer.canonicalRequest("POST", path, tampered, signedForTampered,
          Digests.sha256Hex(body));

      String message = verifier(SIGNED_AT).verify("POST", path, tampered, headers, body).message();

      assertFalse(message.contains(SECRET));
      assertFalse(message.contains(AcsV3Signer.signature(SECRET, canonical)));
      assertFalse(message.contains(Digests.sha256Hex(canonical)));
      assertFalse(message.contains("region_id"));
    }

    @Test
    void unparseableAuthorizationIsIncomplete() {
      SignatureVerifier verifier = verifier(SIGNED_AT);
      String[] broken = {
          "ACS3-HMAC-SHA256 garbage",
          "ACS3-HMAC-SHA256 Credential=" + AK + ",SignedHeaders=host",
          "ACS3-HMAC-SHA256 Credential=" + AK + ",SignedHeaders=host,Signature=",
          "ACS3-HMAC-SHA256 Credential=" + AK + ",Credential=x,SignedHeaders=host,Signature=ab",
          "ACS3-HMAC-SHA256 Credential=" + AK + ",SignedHeaders=host,Signature=ab,Extra=1",
      };
      for (String authorization : broken) {
        Map<String, String> headers = request("n-1");
        headers.put("Authorization", authorization);

        VerificationResult result = verifier.verify("POST", path, query, headers, body);

        assertFailure(result, 400, "IncompleteSignature", VerificationResult.V3);
      }
    }
  }

  @Nested
  class Unsigned {
    @Test
    void requestWithoutSignatureIsIncomplete() {
      VerificationResult result = verifier(SIGNED_AT).verify("GET", "/clusters", Map.of(),
          Map.of("host", "127.0.0.1"), NO_BODY);

      assertFailure(result, 400, "IncompleteSignature", VerificationResult.NONE);
      assertTrue(result.message().startsWith(INCOMPLETE_MESSAGE));
      assertEquals("", result.accessKeyId());
    }

    @Test
    void unsupportedAuthorizationSchemeIsIncomplete() {
      assertFailure(verifier(SIGNED_AT).verify("GET", "/", Map.of(), Map.of("Authorization", "Bearer abc"), NO_BODY),
          400, "IncompleteSignature", VerificationResult.NONE);
    }

    @Test
    void rpcSignatureWithAnotherMethodIsIncomplete() {
      Map<String, String> params = RpcV2SignerTest.tvRpc1Params();
      params.put("SignatureMethod", "HMAC-SHA256");
      params.put("Signature", "x");

      assertFailure(verifier(SIGNED_AT).verify("GET", "/", params, Map.of(), NO_BODY),
          400, "IncompleteSignature", VerificationResult.NONE);
    }

    @Test
    void nullArgumentsAreRejected() {
      SignatureVerifier verifier = verifier(SIGNED_AT);
      assertEquals("body", assertThrows(ValidationException.class,
          () -> verifier.verify("GET", "/", Map.of(), Map.of(), null)).field());
      assertEquals("headers", assertThrows(ValidationException.class,
          () -> verifier.verify("GET", "/", Map.of(), null, NO_BODY)).field());
      assertEquals("keys", assertThrows(ValidationException.class,
          () -> new SignatureVerifier(null, Clock.systemUTC())).field());
    }
  }

  @Nested
  class RoaV2 {
    private final byte[] body = "{\"name\":\"test\",\"cluster_type\":\"ManagedKubernetes\",\"region_id\":\"cn-hangzhou\"}"
        .getBytes(StandardCharsets.UTF_8);

    private Map<String, String> r1() {
      Map<String, String> headers = RoaV2SignerTest.commonHeaders("CreateCluster");
      headers.put("content-type", "application/json; charset=utf-8");
      headers.put("Authorization", "acs YourAccessKeyId:9t/XnWgJnakk9AKAofohnZWtpm8=");
      return headers;
    }

    @Test
    void r1VectorPasses() {
      assertEquals(VerificationResult.ok(VerificationResult.ROA_V2, AK),
          verifier(SIGNED_AT).verify("POST", "/clusters", Map.of(), r1(), body));
    }

    @Test
    void tamperedSignedHeaderIsRejected() {
      Map<String, String> headers = r1();
      headers.put("x-acs-action", "DeleteCluster");

      VerificationResult result = verifier(SIGNED_AT).verify("POST", "/clusters", Map.of(), headers, body);

      assertFailure(result, 400, "SignatureDoesNotMatch", VerificationResult.ROA_V2);
      assertEquals(MISMATCH_MESSAGE, result.message());
    }

    @Test
    void r2WithContentMd5PassesAndATamperedBodyFails() {
      Map<String, String> headers = r1();
      headers.put("content-md5", "FmAqYFIWPp4lUuJbR7rBYQ==");
      headers.put("Authorization", "acs YourAccessKeyId:JvMuJGhqEqHxzinHrRJdlntGePQ=");
      SignatureVerifier verifier = verifier(SIGNED_AT);

      VerificationResult tampered = verifier.verify("POST", "/clusters", Map.of(), headers, "{}".getBytes(
          StandardCharsets.UTF_8));

      assertFailure(tampered, 400, "SignatureDoesNotMatch", VerificationResult.ROA_V2);
      assertTrue(tampered.message().contains("content-md5"));
      assertTrue(verifier.verify("POST", "/clusters", Map.of(), headers, body).valid());
    }

    @Test
    void r3VectorPassesAndATamperedQueryFails() {
      Map<String, String> headers = RoaV2SignerTest.commonHeaders("DescribeClusterResources");
      headers.put("Authorization", "acs YourAccessKeyId:iSXByjrhYmrL1FoEcyrYloy71Mw=");
      String path = "/clusters/c1234567890abcdef/resources";
      SignatureVerifier verifier = verifier(SIGNED_AT);

      assertFailure(verifier.verify("GET", path, Map.of("with_addon_resources", "false"), headers, NO_BODY),
          400, "SignatureDoesNotMatch", VerificationResult.ROA_V2);
      assertTrue(verifier.verify("GET", path, Map.of("with_addon_resources", "true"), headers, NO_BODY).valid());
    }

    @Test
    void oldDateIsExpired() {
      assertFailure(verifier(SIGNED_AT.plus(Duration.ofMinutes(16))).verify("POST", "/clusters", Map.of(), r1(), body),
          400, "InvalidTimeStamp.Expired", VerificationResult.ROA_V2);
    }

    @Test
    void replayIsRejected() {
      SignatureVerifier verifier = verifier(SIGNED_AT);
      assertTrue(verifier.verify("POST", "/clusters", Map.of(), r1(), body).valid());

      assertFailure(verifier.verify("POST", "/clusters", Map.of(), r1(), body),
          400, "SignatureNonceUsed", VerificationResult.ROA_V2);
    }

    @Test
    void missingDateOrMalformedAuthorizationIsIncomplete() {
      Map<String, String> noDate = r1();
      noDate.remove("date");
      Map<String, String> noColon = r1();
      noColon.put("Authorization", "acs YourAccessKeyId");

      assertFailure(verifier(SIGNED_AT).verify("POST", "/clusters", Map.of(), noDate, body),
          400, "IncompleteSignature", VerificationResult.ROA_V2);
      assertFailure(verifier(SIGNED_AT).verify("POST", "/clusters", Map.of(), noColon, body),
          400, "IncompleteSignature", VerificationResult.ROA_V2);
    }

    @Test
    void unknownKeyIsNotFound() {
      Map<String, String> headers = r1();
      headers.put("Authorization", "acs Nobody:9t/XnWgJnakk9AKAofohnZWtpm8=");

      assertFailure(verifier(SIGNED_AT).verify("POST", "/clusters", Map.of(), headers, body),
          404, "InvalidAccessKeyId.NotFound", VerificationResult.ROA_V2);
    }
  }

  @Nested
  class RpcV2 {
    private final Instant tvRpc1Time = Instant.parse("2023-03-13T08:34:30Z");

    private SignatureVerifier rpcVerifier(SigningKey key, Instant now) {
      return new SignatureVerifier(keys("testid", key), Clock.fixed(now, ZoneOffset.UTC));
    }

    private Map<String, String> tvRpc1() {
      Map<String, String> params = RpcV2SignerTest.tvRpc1Params();
      params.put("Signature", "9NaGiOspFP5UPcwX8Iwt2YJXXuk=");
      return params;
    }

    @Test
    void tvRpc1Passes() {
      assertEquals(VerificationResult.ok(VerificationResult.RPC_V2, "testid"),
          rpcVerifier(SigningKey.of("testsecret"), tvRpc1Time).verify("GET", "/", tvRpc1(), Map.of(), NO_BODY));
    }

    @Test
    void tamperedParameterOrMethodIsRejected() {
      SignatureVerifier verifier = rpcVerifier(SigningKey.of("testsecret"), tvRpc1Time);
      Map<String, String> params = tvRpc1();
      params.put("RegionId", "cn-shanghai");

      assertFailure(verifier.verify("GET", "/", params, Map.of(), NO_BODY),
          400, "SignatureDoesNotMatch", VerificationResult.RPC_V2);
      assertFailure(verifier.verify("POST", "/", tvRpc1(), Map.of(), NO_BODY),
          400, "SignatureDoesNotMatch", VerificationResult.RPC_V2);
    }

    @Test
    void oldTimestampIsExpired() {
      assertFailure(rpcVerifier(SigningKey.of("testsecret"), tvRpc1Time.plus(Duration.ofMinutes(16)))
          .verify("GET", "/", tvRpc1(), Map.of(), NO_BODY), 400, "InvalidTimeStamp.Expired", VerificationResult.RPC_V2);
    }

    @Test
    void replayIsRejected() {
      SignatureVerifier verifier = rpcVerifier(SigningKey.of("testsecret"), tvRpc1Time);
      assertTrue(verifier.verify("GET", "/", tvRpc1(), Map.of(), NO_BODY).valid());

      assertFailure(verifier.verify("GET", "/", tvRpc1(), Map.of(), NO_BODY),
          400, "SignatureNonceUsed", VerificationResult.RPC_V2);
    }

    @Test
    void securityTokenParameterIsChecked() {
      Map<String, String> withToken = RpcV2SignerTest.meshParams();
      withToken.put("SecurityToken", "testtoken");
      withToken.put("Signature", "Egf+FVTxZDYPH83UNZG6mwcAWxI=");
      Map<String, String> withoutToken = RpcV2SignerTest.meshParams();
      withoutToken.put("Signature", "srLYw8dQQA0XQxnolTs21Wb+a84=");

      assertTrue(rpcVerifier(new SigningKey("testsecret", Optional.of("testtoken")), SIGNED_AT)
          .verify("POST", "/", withToken, Map.of(), NO_BODY).valid());
      assertFailure(rpcVerifier(new SigningKey("testsecret", Optional.of("othertoken")), SIGNED_AT)
              .verify("POST", "/", withToken, Map.of(), NO_BODY),
          400, "InvalidSecurityToken.MismatchWithAccessKey", VerificationResult.RPC_V2);
      assertFailure(rpcVerifier(new SigningKey("testsecret", Optional.of("testtoken")), SIGNED_AT)
              .verify("POST", "/", withoutToken, Map.of(), NO_BODY),
          400, "InvalidSecurityToken.Malformed", VerificationResult.RPC_V2);
    }

    @Test
    void missingTimestampIsIncompleteAndUnknownKeyIsNotFound() {
      Map<String, String> noTimestamp = tvRpc1();
      noTimestamp.remove("Timestamp");
      Map<String, String> otherKey = tvRpc1();
      otherKey.put("AccessKeyId", "nobody");

      assertFailure(rpcVerifier(SigningKey.of("testsecret"), tvRpc1Time).verify("GET", "/", noTimestamp, Map.of(),
          NO_BODY), 400, "IncompleteSignature", VerificationResult.RPC_V2);
      assertFailure(rpcVerifier(SigningKey.of("testsecret"), tvRpc1Time).verify("GET", "/", otherKey, Map.of(),
          NO_BODY), 404, "InvalidAccessKeyId.NotFound", VerificationResult.RPC_V2);
    }
  }
}
