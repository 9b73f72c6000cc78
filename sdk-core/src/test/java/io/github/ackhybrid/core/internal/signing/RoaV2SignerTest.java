package io.github.ackhybrid.core.internal.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ackhybrid.core.exception.ValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Vectors from signing-credentials.md §2.3 (official SDK unit tests) and §2.5 (R1-R3). */
class RoaV2SignerTest {
  private static final String SECRET = "YourAccessKeySecret";

  static Map<String, String> commonHeaders(String action) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("date", "Thu, 26 Oct 2023 10:22:32 GMT");
    headers.put("host", "cs.cn-hangzhou.aliyuncs.com");
    headers.put("accept", "application/json");
    headers.put("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d");
    headers.put("x-acs-signature-method", "HMAC-SHA1");
    headers.put("x-acs-signature-version", "1.0");
    headers.put("x-acs-version", "2015-12-15");
    headers.put("x-acs-action", action);
    headers.put("user-agent", "AlibabaCloud TeaDSL/1");
    return headers;
  }

  @Test
  void officialStringToSignVector() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("x-acs-security-token", "test");
    map.put("x-acs-security-test", "test");
    map.put("accept", "accept");
    map.put("content-md5", "content-md5");
    map.put("content-type", "content-type");
    map.put("date", "date");
    map.put("chineseTest", "汉语");
    map.put("emptyTest", "");
    map.put("spaceTest", "   ");

    assertEquals("GET\naccept\ncontent-md5\ncontent-type\ndate\n"
            + "x-acs-security-test:test\n"
            + "x-acs-security-token:test\n"
            + "/test?accept=accept&chineseTest=汉语&content-md5=content-md5&content-type=content-type&date=date"
            + "&emptyTest&spaceTest=   &x-acs-security-test=test&x-acs-security-token=test",
        RoaV2Signer.stringToSign("GET", map, "/test", map));
  }

  @Test
  void officialSignatureVector() {
    assertEquals("gyDNeagg5mpqgcAIZEfocyrreho=", RoaV2Signer.signature("sk", "GET\n\n\n\n\nnull"));
  }

  @Test
  void emptyRequestHasEmptyValueLines() {
    assertEquals("GET\n\n\n\n\n/", RoaV2Signer.stringToSign("GET", Map.of(), "/", Map.of()));
  }

  @Test
  void r1PostWithoutContentMd5() {
    Map<String, String> headers = commonHeaders("CreateCluster");
    headers.put("content-type", "application/json; charset=utf-8");

    String stringToSign = RoaV2Signer.stringToSign("POST", headers, "/clusters", Map.of());

    assertEquals("POST\napplication/json\n\napplication/json; charset=utf-8\nThu, 26 Oct 2023 10:22:32 GMT\n"
        + "x-acs-action:CreateCluster\n"
        + "x-acs-signature-method:HMAC-SHA1\n"
        + "x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\n"
        + "x-acs-signature-version:1.0\n"
        + "x-acs-version:2015-12-15\n"
        + "/clusters", stringToSign);
    assertEquals("9t/XnWgJnakk9AKAofohnZWtpm8=", RoaV2Signer.signature(SECRET, stringToSign));
  }

  @Test
  void r2PostWithContentMd5() {
    Map<String, String> headers = commonHeaders("CreateCluster");
    headers.put("content-type", "application/json; charset=utf-8");
    headers.put("content-md5", "FmAqYFIWPp4lUuJbR7rBYQ==");

    String stringToSign = RoaV2Signer.stringToSign("POST", headers, "/clusters", Map.of());

    assertEquals("POST\napplication/json\nFmAqYFIWPp4lUuJbR7rBYQ==\napplication/json; charset=utf-8\n",
        stringToSign.substring(0, stringToSign.indexOf("Thu")));
    assertEquals("JvMuJGhqEqHxzinHrRJdlntGePQ=", RoaV2Signer.signature(SECRET, stringToSign));
  }

  @Test
  void r3GetWithQuery() {
    Map<String, String> headers = commonHeaders("DescribeClusterResources");

    String stringToSign = RoaV2Signer.stringToSign("GET", headers, "/clusters/c1234567890abcdef/resources",
        Map.of("with_addon_resources", "true"));

    assertEquals("GET\napplication/json\n\n\nThu, 26 Oct 2023 10:22:32 GMT\n"
        + "x-acs-action:DescribeClusterResources\n"
        + "x-acs-signature-method:HMAC-SHA1\n"
        + "x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\n"
        + "x-acs-signature-version:1.0\n"
        + "x-acs-version:2015-12-15\n"
        + "/clusters/c1234567890abcdef/resources?with_addon_resources=true", stringToSign);
    assertEquals("iSXByjrhYmrL1FoEcyrYloy71Mw=", RoaV2Signer.signature(SECRET, stringToSign));
  }

  @Test
  void headerNamesInAnyCaseGiveTheSameStringToSign() {
    Map<String, String> lower = commonHeaders("CreateCluster");
    lower.put("content-type", "application/json; charset=utf-8");
    Map<String, String> mixed = new LinkedHashMap<>();
    lower.forEach((name, value) -> mixed.put(capitalize(name), " " + value + " "));
    mixed.put("Date", "Thu, 26 Oct 2023 10:22:32 GMT");
    mixed.put("Accept", "application/json");
    mixed.put("Content-Type", "application/json; charset=utf-8");

    assertEquals(RoaV2Signer.stringToSign("POST", lower, "/clusters", Map.of()),
        RoaV2Signer.stringToSign("post", mixed, "/clusters", Map.of()));
  }

  @Test
  void rejectsNullPath() {
    assertEquals("path", assertThrows(ValidationException.class,
        () -> RoaV2Signer.stringToSign("GET", Map.of(), null, Map.of())).field());
  }

  private static String capitalize(String headerName) {
    StringBuilder out = new StringBuilder();
    for (String part : headerName.split("-")) {
      if (out.length() > 0) {
        out.append('-');
      }
      out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return out.toString();
  }
}
