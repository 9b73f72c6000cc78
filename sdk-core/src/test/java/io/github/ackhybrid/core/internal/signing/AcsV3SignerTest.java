package io.github.ackhybrid.core.internal.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ackhybrid.core.exception.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Vectors from signing-credentials.md §1.6 (TV-V3-1), §1.7 (TV-V3-2) and §1.8 (D1-D5). */
class AcsV3SignerTest {
  private static final String AK = "YourAccessKeyId";
  private static final String SECRET = "YourAccessKeySecret";
  private static final String DATE = "2023-10-26T10:22:32Z";
  private static final String NONCE = "3156853299f313e23d1673dc12e1703d";

  static Map<String, String> tvV3Query() {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("RegionId", "cn-shanghai");
    query.put("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd");
    return query;
  }

  static Map<String, String> tvV3Headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("x-acs-version", "2014-05-26");
    headers.put("host", "ecs.cn-shanghai.aliyuncs.com");
    headers.put("x-acs-action", "RunInstances");
    headers.put("x-acs-date", DATE);
    headers.put("x-acs-signature-nonce", NONCE);
    headers.put("x-acs-content-sha256", Digests.EMPTY_SHA256_HEX);
    headers.put("user-agent", "AlibabaCloud (Mac OS X; x86_64) Java/1.8.0_352-b08 tea-util/0.2.6 TeaDSL/1");
    headers.put("accept", "application/json");
    return headers;
  }

  private static Map<String, String> roaHeaders(String host, String action, String payloadHash) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("host", host);
    headers.put("x-acs-action", action);
    headers.put("x-acs-version", "2015-12-15");
    headers.put("x-acs-date", DATE);
    headers.put("x-acs-signature-nonce", NONCE);
    headers.put("x-acs-content-sha256", payloadHash);
    headers.put("accept", "application/json");
    return headers;
  }

  @Test
  void tvV3_1OfficialVector() {
    String canonical = AcsV3Signer.canonicalRequest("POST", "/", tvV3Query(), tvV3Headers(), Digests.EMPTY_SHA256_HEX);

    assertEquals("POST\n"
        + "/\n"
        + "ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai\n"
        + "host:ecs.cn-shanghai.aliyuncs.com\n"
        + "x-acs-action:RunInstances\n"
        + "x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
        + "x-acs-date:2023-10-26T10:22:32Z\n"
        + "x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\n"
        + "x-acs-version:2014-05-26\n"
        + "\n"
        + "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n"
        + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", canonical);
    assertEquals("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259", Digests.sha256Hex(canonical));
    assertEquals("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0",
        AcsV3Signer.signature(SECRET, canonical));
    assertEquals("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,"
            + "SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
            + "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0",
        AcsV3Signer.authorization(AK, SECRET, "POST", "/", tvV3Query(), tvV3Headers(), Digests.EMPTY_SHA256_HEX));
  }

  @Test
  void tvV3_1WithHeaderNamesInAnyCaseAndPaddedValues() {
    Map<String, String> headers = new LinkedHashMap<>();
    tvV3Headers().forEach((name, value) -> headers.put(name.toUpperCase(Locale.ROOT), "  " + value + " "));
    assertEquals("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0", AcsV3Signer.signature(SECRET,
        AcsV3Signer.canonicalRequest("post", "", tvV3Query(), headers, Digests.EMPTY_SHA256_HEX)));
  }

  @Test
  void tvV3_2OfficialSdkUnitTest() {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("test", "ok");
    query.put("empty", "");
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("x-acs-test", "http");
    headers.put("x-acs-TEST", "https");
    String payload = "55e12e91650d2fec56ec74e1d3e4ddbfce2ef3a65890c2a19ecf88a307e76a23";

    String canonical = AcsV3Signer.canonicalRequest("GET", "", query, headers, payload);

    assertEquals("GET\n/\nempty=&test=ok\nx-acs-test:http\n\nx-acs-test\n" + payload, canonical);
    assertEquals("x-acs-test:http\n", AcsV3Signer.canonicalHeaders(headers));
    assertEquals("x-acs-test", AcsV3Signer.signedHeaders(headers));
    assertEquals("7219023a82a15900097611298ec415e9997b2ca075de1642db91f85e985fa9da", Digests.sha256Hex(canonical));
    assertEquals("ACS3-HMAC-SHA256 Credential=acesskey,SignedHeaders=x-acs-test,"
            + "Signature=02e81f9f3cc8839151b0c7278024cbc4bfc9fa786085a0b8305f825f17b5dae7",
        AcsV3Signer.authorization("acesskey", "secret", "GET", "", query, headers, payload));
  }

  @Test
  void d1RoaPostWithJsonBody() {
    byte[] body = "{\"name\":\"test\",\"cluster_type\":\"ManagedKubernetes\",\"region_id\":\"cn-hangzhou\"}"
        .getBytes(StandardCharsets.UTF_8);
    String payload = Digests.sha256Hex(body);
    assertEquals("9bd4b34ab71129ed3acbd6e39ee712776adc2e1b133e4c62d1e6d2d45eb7a422", payload);
    Map<String, String> headers = roaHeaders("cs.cn-hangzhou.aliyuncs.com", "CreateCluster", payload);
    headers.put("content-type", "application/json; charset=utf-8");

    String canonical = AcsV3Signer.canonicalRequest("POST", "/clusters", Map.of(), headers, payload);

    assertEquals("POST\n/clusters\n\n"
        + "content-type:application/json; charset=utf-8\n"
        + "host:cs.cn-hangzhou.aliyuncs.com\n"
        + "x-acs-action:CreateCluster\n"
        + "x-acs-content-sha256:" + payload + "\n"
        + "x-acs-date:2023-10-26T10:22:32Z\n"
        + "x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\n"
        + "x-acs-version:2015-12-15\n\n"
        + "content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n"
        + payload, canonical);
    assertEquals("37b8ced604162324a253f2c5d41ea04633fb5b26cf11d8e0560d2d96f1886c8c", Digests.sha256Hex(canonical));
    assertEquals("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=content-type;host;x-acs-action;"
            + "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
            + "Signature=bc393acdb02e0b4f6924cf14001ba66695be0a991098574c0e7f3d5974dae811",
        AcsV3Signer.authorization(AK, SECRET, "POST", "/clusters", Map.of(), headers, payload));
  }

  @Test
  void d2RoaGetWithPathAndQuery() {
    Map<String, String> headers = roaHeaders("cs.cn-hangzhou.aliyuncs.com", "DescribeClusterResources",
        Digests.EMPTY_SHA256_HEX);
    Map<String, String> query = Map.of("with_addon_resources", "true");

    String canonical = AcsV3Signer.canonicalRequest("GET", "/clusters/c1234567890abcdef/resources", query, headers,
        Digests.EMPTY_SHA256_HEX);

    assertEquals("GET\n/clusters/c1234567890abcdef/resources\nwith_addon_resources=true\n"
        + "host:cs.cn-hangzhou.aliyuncs.com\n"
        + "x-acs-action:DescribeClusterResources\n"
        + "x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
        + "x-acs-date:2023-10-26T10:22:32Z\n"
        + "x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\n"
        + "x-acs-version:2015-12-15\n\n"
        + "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n"
        + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", canonical);
    assertEquals("3658fc7673ba05ec0d48b9ee672e32a044ce87dece3c05e674d224e75a3ad29c", Digests.sha256Hex(canonical));
    assertEquals("0825e31d3d8d9f235449837c455129544025f52ad2d5ed31f2450951b877d228",
        AcsV3Signer.signature(SECRET, canonical));
  }

  @Test
  void d3StsHeadersAreSigned() {
    Map<String, String> headers = tvV3Headers();
    headers.put("x-acs-accesskey-id", AK);
    headers.put("x-acs-security-token", "YourSecurityToken");

    String canonical = AcsV3Signer.canonicalRequest("POST", "/", tvV3Query(), headers, Digests.EMPTY_SHA256_HEX);

    assertEquals("host;x-acs-accesskey-id;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;"
        + "x-acs-signature-nonce;x-acs-version", AcsV3Signer.signedHeaders(headers));
    assertEquals("host:ecs.cn-shanghai.aliyuncs.com\n"
        + "x-acs-accesskey-id:YourAccessKeyId\n"
        + "x-acs-action:RunInstances\n"
        + "x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
        + "x-acs-date:2023-10-26T10:22:32Z\n"
        + "x-acs-security-token:YourSecurityToken\n"
        + "x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\n"
        + "x-acs-version:2014-05-26\n", AcsV3Signer.canonicalHeaders(headers));
    assertEquals("900823c142a28074908fefada40bf8d6fe4034a33a77119cd2bd76c16b982dd7", Digests.sha256Hex(canonical));
    assertEquals("372af09200ee6d0200d6483c29bce03b97ca7f9dfe9ff65a0cfaaa4592b2869a",
        AcsV3Signer.signature(SECRET, canonical));
  }

  @Test
  void d4RpcWithFormBody() {
    byte[] body = "InstanceId.1=i-bp10igfmnyttXXXXXXXX&RegionId=cn-hangzhou".getBytes(StandardCharsets.UTF_8);
    String payload = Digests.sha256Hex(body);
    assertEquals("7ed12d4adc1366d9e8249816cc0429540b4214f71c5745d354f857a71153506c", payload);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("host", "ecs.cn-hangzhou.aliyuncs.com");
    headers.put("x-acs-action", "DescribeInstanceStatus");
    headers.put("x-acs-version", "2014-05-26");
    headers.put("x-acs-date", DATE);
    headers.put("x-acs-signature-nonce", NONCE);
    headers.put("x-acs-content-sha256", payload);
    headers.put("content-type", "application/x-www-form-urlencoded");

    String canonical = AcsV3Signer.canonicalRequest("POST", "/", Map.of(), headers, payload);

    assertEquals("content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version",
        AcsV3Signer.signedHeaders(headers));
    assertEquals("50192b1556539cdf98a2a1d6b1be20362dfa9020affbe9353140d109f6516dba", Digests.sha256Hex(canonical));
    assertEquals("a696e3ac3981d20cd29a294ace1aacb8de995ff719e594a0eb4228841583f265",
        AcsV3Signer.signature(SECRET, canonical));
  }

  @Test
  void d5QueryEncodingEdgeCases() {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("Name", "a b*c~d");
    query.put("Tag.1.Key", "中文");
    query.put("Empty", "");
    query.put("Path", "/x+y=z");
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("host", "example.aliyuncs.com");
    headers.put("x-acs-action", "Test");
    headers.put("x-acs-version", "2020-01-01");
    headers.put("x-acs-date", DATE);
    headers.put("x-acs-signature-nonce", NONCE);
    headers.put("x-acs-content-sha256", Digests.EMPTY_SHA256_HEX);

    assertEquals("Empty=&Name=a%20b%2Ac~d&Path=%2Fx%2By%3Dz&Tag.1.Key=%E4%B8%AD%E6%96%87",
        AcsV3Signer.canonicalQueryString(query));
    String canonical = AcsV3Signer.canonicalRequest("GET", "/", query, headers, Digests.EMPTY_SHA256_HEX);
    assertEquals("ebc9e8f0f4ad88d50f802811ee0fbeb240a6e90f197caef914c56eb08180d1d5", Digests.sha256Hex(canonical));
    assertEquals("32ab6d34cc95f438122be59a604ab09c78d1f7df15edc58e4471a29055c211dc",
        AcsV3Signer.signature(SECRET, canonical));
  }

  @Test
  void canonicalQueryStringSortsByUtf16AndWritesNullAsEmpty() {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("b", null);
    query.put("InstanceId.2", "y");
    query.put("InstanceId.10", "x");
    query.put("a", "1");
    assertEquals("InstanceId.10=x&InstanceId.2=y&a=1&b=", AcsV3Signer.canonicalQueryString(query));
    assertEquals("", AcsV3Signer.canonicalQueryString(Map.of()));
  }

  @Test
  void onlyHostContentTypeAndAcsHeadersAreSigned() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("Accept", "application/json");
    headers.put("User-Agent", "x");
    headers.put("Authorization", "whatever");
    headers.put("X-Acs-Foo", null);
    headers.put("Host", "h");
    assertEquals("content-type;host;x-acs-foo", AcsV3Signer.signedHeaders(headers));
    assertEquals("content-type:application/json\nhost:h\nx-acs-foo:\n", AcsV3Signer.canonicalHeaders(headers));
  }

  @Test
  void theSignatureCoversEveryPart() {
    String base = AcsV3Signer.authorization(AK, SECRET, "POST", "/", tvV3Query(), tvV3Headers(),
        Digests.EMPTY_SHA256_HEX);
    Map<String, String> otherQuery = tvV3Query();
    otherQuery.put("RegionId", "cn-beijing");
    Map<String, String> otherHeaders = tvV3Headers();
    otherHeaders.put("x-acs-action", "StopInstances");

    assertNotEquals(base, AcsV3Signer.authorization(AK, SECRET, "GET", "/", tvV3Query(), tvV3Headers(),
        Digests.EMPTY_SHA256_HEX));
    assertNotEquals(base, AcsV3Signer.authorization(AK, SECRET, "POST", "/x", tvV3Query(), tvV3Headers(),
        Digests.EMPTY_SHA256_HEX));
    assertNotEquals(base, AcsV3Signer.authorization(AK, SECRET, "POST", "/", otherQuery, tvV3Headers(),
        Digests.EMPTY_SHA256_HEX));
    assertNotEquals(base, AcsV3Signer.authorization(AK, SECRET, "POST", "/", tvV3Query(), otherHeaders,
        Digests.EMPTY_SHA256_HEX));
    assertNotEquals(base, AcsV3Signer.authorization(AK, SECRET, "POST", "/", tvV3Query(), tvV3Headers(),
        Digests.sha256Hex("x")));
    assertNotEquals(base, AcsV3Signer.authorization(AK, "other", "POST", "/", tvV3Query(), tvV3Headers(),
        Digests.EMPTY_SHA256_HEX));
  }

  @Test
  void rejectsMissingInputsWithTheFieldName() {
    assertEquals("method", assertThrows(ValidationException.class, () ->
        AcsV3Signer.canonicalRequest(" ", "/", Map.of(), Map.of(), Digests.EMPTY_SHA256_HEX)).field());
    assertEquals("query", assertThrows(ValidationException.class, () ->
        AcsV3Signer.canonicalRequest("GET", "/", null, Map.of(), Digests.EMPTY_SHA256_HEX)).field());
    assertEquals("payloadSha256Hex", assertThrows(ValidationException.class, () ->
        AcsV3Signer.canonicalRequest("GET", "/", Map.of(), Map.of(), null)).field());
    assertEquals("accessKeyId", assertThrows(ValidationException.class, () ->
        AcsV3Signer.authorization("", SECRET, "GET", "/", Map.of(), Map.of(), Digests.EMPTY_SHA256_HEX)).field());
  }
}
