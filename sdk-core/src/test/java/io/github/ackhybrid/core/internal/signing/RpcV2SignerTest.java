package io.github.ackhybrid.core.internal.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Vectors from signing-credentials.md §3.3 (TV-RPC-1) and §3.4. */
class RpcV2SignerTest {

  static Map<String, String> tvRpc1Params() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("Action", "DescribeDedicatedHosts");
    params.put("Version", "2014-05-26");
    params.put("Format", "JSON");
    params.put("AccessKeyId", "testid");
    params.put("SignatureNonce", "edb2b34af0af9a6d14deaf7c1a5315eb");
    params.put("Timestamp", "2023-03-13T08:34:30Z");
    params.put("SignatureMethod", "HMAC-SHA1");
    params.put("SignatureVersion", "1.0");
    params.put("RegionId", "cn-beijing");
    return params;
  }

  static Map<String, String> meshParams() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("Action", "DescribeServiceMeshDetail");
    params.put("Format", "json");
    params.put("Version", "2020-01-11");
    params.put("Timestamp", "2023-10-26T10:22:32Z");
    params.put("SignatureNonce", "3156853299f313e23d1673dc12e1703d");
    params.put("SignatureMethod", "HMAC-SHA1");
    params.put("SignatureVersion", "1.0");
    params.put("AccessKeyId", "testid");
    params.put("ServiceMeshId", "c08ba3fd1e6484b0f8cc1ad8fe10d1234");
    return params;
  }

  @Test
  void tvRpc1OfficialVector() {
    Map<String, String> params = tvRpc1Params();

    assertEquals("AccessKeyId=testid&Action=DescribeDedicatedHosts&Format=JSON&RegionId=cn-beijing"
            + "&SignatureMethod=HMAC-SHA1&SignatureNonce=edb2b34af0af9a6d14deaf7c1a5315eb&SignatureVersion=1.0"
            + "&Timestamp=2023-03-13T08%3A34%3A30Z&Version=2014-05-26",
        RpcV2Signer.canonicalQueryString(params));
    String stringToSign = RpcV2Signer.stringToSign("GET", params);
    assertEquals("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeDedicatedHosts%26Format%3DJSON"
        + "%26RegionId%3Dcn-beijing%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Dedb2b34af0af9a6d14deaf7c1a5315eb"
        + "%26SignatureVersion%3D1.0%26Timestamp%3D2023-03-13T08%253A34%253A30Z%26Version%3D2014-05-26", stringToSign);
    assertEquals("9NaGiOspFP5UPcwX8Iwt2YJXXuk=", RpcV2Signer.signature("testsecret", stringToSign));
  }

  @Test
  void tvRpc1WithPostSignsTheMethod() {
    assertEquals("ZvQ9xGiFnquSJRvj+WE6kdSpTwU=",
        RpcV2Signer.signature("testsecret", RpcV2Signer.stringToSign("POST", tvRpc1Params())));
  }

  @Test
  void signatureAndEmptyParametersAreLeftOut() {
    Map<String, String> params = tvRpc1Params();
    params.put("Signature", "9NaGiOspFP5UPcwX8Iwt2YJXXuk=");
    params.put("Empty", "");
    params.put("Null", null);

    assertEquals(RpcV2Signer.canonicalQueryString(tvRpc1Params()), RpcV2Signer.canonicalQueryString(params));
    assertEquals("9NaGiOspFP5UPcwX8Iwt2YJXXuk=",
        RpcV2Signer.signature("testsecret", RpcV2Signer.stringToSign("get", params)));
  }

  @Test
  void olderEcsDocDescribeRegionsVector() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("Action", "DescribeRegions");
    params.put("AccessKeyId", "testid");
    params.put("Format", "XML");
    params.put("SignatureMethod", "HMAC-SHA1");
    params.put("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");
    params.put("SignatureVersion", "1.0");
    params.put("Timestamp", "2016-02-23T12:46:24Z");
    params.put("Version", "2014-05-26");

    String stringToSign = RpcV2Signer.stringToSign("GET", params);

    assertEquals("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML"
        + "%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"
        + "%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26", stringToSign);
    assertEquals("OLeaidS1JvxuMvnyHOwuJ+uX5qY=", RpcV2Signer.signature("testsecret", stringToSign));
  }

  @Test
  void darabonbaQueryAndBodyVector() {
    String stringToSign = RpcV2Signer.stringToSign("GET", Map.of("query", "test", "body", "test"));

    assertEquals("GET&%2F&body%3Dtest%26query%3Dtest", stringToSign);
    assertEquals("XlUyV4sXjOuX5FnjUz9IF9tm5rU=", RpcV2Signer.signature("secret", stringToSign));
  }

  @Test
  void serviceMeshWithFormBodyMerged() {
    Map<String, String> params = meshParams();

    assertEquals("AccessKeyId=testid&Action=DescribeServiceMeshDetail&Format=json"
            + "&ServiceMeshId=c08ba3fd1e6484b0f8cc1ad8fe10d1234&SignatureMethod=HMAC-SHA1"
            + "&SignatureNonce=3156853299f313e23d1673dc12e1703d&SignatureVersion=1.0"
            + "&Timestamp=2023-10-26T10%3A22%3A32Z&Version=2020-01-11",
        RpcV2Signer.canonicalQueryString(params));
    assertEquals("srLYw8dQQA0XQxnolTs21Wb+a84=",
        RpcV2Signer.signature("testsecret", RpcV2Signer.stringToSign("POST", params)));
  }

  @Test
  void serviceMeshWithSecurityToken() {
    Map<String, String> params = meshParams();
    params.put("SecurityToken", "testtoken");

    assertEquals("Egf+FVTxZDYPH83UNZG6mwcAWxI=",
        RpcV2Signer.signature("testsecret", RpcV2Signer.stringToSign("POST", params)));
  }
}
