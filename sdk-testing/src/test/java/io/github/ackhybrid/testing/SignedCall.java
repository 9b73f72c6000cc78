package io.github.ackhybrid.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.core.internal.signing.AcsV3Signer;
import io.github.ackhybrid.core.internal.signing.Digests;
import io.github.ackhybrid.core.internal.signing.RoaV2Signer;
import io.github.ackhybrid.core.internal.signing.RpcV2Signer;
import io.github.ackhybrid.core.internal.signing.Rfc3986;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Builds and sends one request to the simulator signed the way an Alibaba Cloud client signs it:
 * signature V3 (the default, as the SDK and the current official clients send), ROA V2
 * ({@code Authorization: acs id:sig}) or RPC V2 (a {@code Signature} parameter). Plain OkHttp and
 * the signers from sdk-core, no SDK client, so a test sees the wire exactly.
 */
final class SignedCall {
  static final String JSON = "application/json; charset=utf-8";
  private static final OkHttpClient HTTP = new OkHttpClient.Builder()
      .retryOnConnectionFailure(false)
      .readTimeout(Duration.ofSeconds(10))
      .build();
  private static final DateTimeFormatter ACS_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter RFC_1123 =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

  private enum Scheme { V3, ROA_V2, RPC_V2 }

  /** The answer: status, request id header, body text and, when it parses, its JSON. */
  record Reply(int status, String requestIdHeader, String body, Headers headers) {
    JsonNode json() {
      try {
        return Json.mapper().readTree(body);
      } catch (IOException e) {
        return MissingNode.getInstance();
      }
    }

    String text(String field) {
      return json().path(field).asText();
    }
  }

  private final CloudSimulator sim;
  private final Scheme scheme;
  private final String method;
  private final String path;
  private final Map<String, String> query = new LinkedHashMap<>();
  private String action;
  private String version = Product.ACK.apiVersion();
  private String body;
  private String accessKeyId = CloudSimulator.DEFAULT_ACCESS_KEY_ID;
  private String accessKeySecret = CloudSimulator.DEFAULT_ACCESS_KEY_SECRET;
  private String securityToken;
  private Instant date;
  private String nonce;
  private boolean formBody;
  private boolean formEncodedQuery;
  private String hostHeader;
  private Duration readTimeout;

  private SignedCall(CloudSimulator sim, Scheme scheme, String method, String path) {
    this.sim = sim;
    this.scheme = scheme;
    this.method = method;
    this.path = path;
  }

  /** An ACK call signed with V3; the path is sent as given (already encoded). */
  static SignedCall ack(CloudSimulator sim, String action, String method, String path) {
    SignedCall call = new SignedCall(sim, Scheme.V3, method, path);
    call.action = action;
    return call;
  }

  /** An ACK call signed with ROA V2, as older clients and the CLI send it. */
  static SignedCall ackRoaV2(CloudSimulator sim, String action, String method, String path) {
    SignedCall call = new SignedCall(sim, Scheme.ROA_V2, method, path);
    call.action = action;
    return call;
  }

  /** An RPC call signed with RPC V2, parameters in the query (GET) or a form body (POST). */
  static SignedCall rpcV2(CloudSimulator sim, Product product, String action, String method) {
    SignedCall call = new SignedCall(sim, Scheme.RPC_V2, method, "/");
    call.action = action;
    call.version = product.apiVersion();
    call.formBody = method.equals("POST");
    return call;
  }

  /** An RPC call signed with V3: action and version in headers, parameters in the query. */
  static SignedCall rpcV3(CloudSimulator sim, Product product, String action) {
    SignedCall call = new SignedCall(sim, Scheme.V3, "POST", "/");
    call.action = action;
    call.version = product.apiVersion();
    return call;
  }

  SignedCall query(String name, String value) {
    query.put(name, value);
    return this;
  }

  SignedCall json(String jsonBody) {
    this.body = jsonBody;
    return this;
  }

  SignedCall key(String id, String secret) {
    this.accessKeyId = id;
    this.accessKeySecret = secret;
    return this;
  }

  SignedCall securityToken(String token) {
    this.securityToken = token;
    return this;
  }

  SignedCall date(Instant signedAt) {
    this.date = signedAt;
    return this;
  }

  SignedCall nonce(String fixed) {
    this.nonce = fixed;
    return this;
  }

  SignedCall version(String apiVersion) {
    this.version = apiVersion;
    return this;
  }

  SignedCall action(String name) {
    this.action = name;
    return this;
  }

  /** Encodes the URL query the way the official Tea clients do: URLEncoder, a space as {@code +}. */
  SignedCall formEncodedQuery() {
    this.formEncodedQuery = true;
    return this;
  }

  /** Sends and signs another Host header, as a client addressing a regional endpoint would. */
  SignedCall host(String host) {
    this.hostHeader = host;
    return this;
  }

  SignedCall readTimeout(Duration timeout) {
    this.readTimeout = timeout;
    return this;
  }

  /** Sends the call and reads the whole answer; transport failures surface as IOException. */
  Reply send() throws IOException {
    OkHttpClient client = readTimeout == null ? HTTP : HTTP.newBuilder().readTimeout(readTimeout).build();
    try (Response response = client.newCall(request()).execute()) {
      String text = response.body() == null ? "" : response.body().string();
      return new Reply(response.code(), response.header("x-acs-request-id"), text, response.headers());
    }
  }

  /** Sends the call, turning a transport failure into an unchecked exception. */
  Reply call() {
    try {
      return send();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Request request() {
    Instant signedAt = date == null ? Instant.now() : date;
    String signatureNonce = nonce == null ? UUID.randomUUID().toString().replace("-", "") : nonce;
    String host = hostHeader == null ? "127.0.0.1:" + sim.port() : hostHeader;
    switch (scheme) {
      case ROA_V2:
        return roaV2(host, signedAt, signatureNonce);
      case RPC_V2:
        return rpcV2(signedAt, signatureNonce);
      default:
        return v3(host, signedAt, signatureNonce);
    }
  }

  private Request v3(String host, Instant signedAt, String signatureNonce) {
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    String payloadHash = Digests.sha256Hex(bytes);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("host", host);
    headers.put("x-acs-action", action);
    headers.put("x-acs-version", version);
    headers.put("x-acs-date", ACS_DATE.format(signedAt));
    headers.put("x-acs-signature-nonce", signatureNonce);
    headers.put("x-acs-content-sha256", payloadHash);
    if (body != null) {
      headers.put("content-type", JSON);
    }
    if (securityToken != null) {
      headers.put("x-acs-accesskey-id", accessKeyId);
      headers.put("x-acs-security-token", securityToken);
    }
    String authorization = AcsV3Signer.authorization(accessKeyId, accessKeySecret, method, path, query, headers,
        payloadHash);
    Request.Builder builder = new Request.Builder().url(url(path, wireQuery()));
    headers.forEach(builder::header);
    builder.header("accept", "application/json").header("authorization", authorization);
    return builder.method(method, requestBody(bytes, JSON)).build();
  }

  private Request roaV2(String host, Instant signedAt, String signatureNonce) {
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("host", host);
    headers.put("date", RFC_1123.format(signedAt));
    headers.put("accept", "application/json");
    headers.put("x-acs-signature-nonce", signatureNonce);
    headers.put("x-acs-signature-method", "HMAC-SHA1");
    headers.put("x-acs-signature-version", "1.0");
    headers.put("x-acs-version", version);
    headers.put("x-acs-action", action);
    if (body != null) {
      headers.put("content-type", JSON);
    }
    if (securityToken != null) {
      headers.put("x-acs-security-token", securityToken);
    }
    String signature = RoaV2Signer.signature(accessKeySecret, RoaV2Signer.stringToSign(method, headers, path, query));
    Request.Builder builder = new Request.Builder().url(url(path, wireQuery()));
    headers.forEach(builder::header);
    builder.header("authorization", "acs " + accessKeyId + ":" + signature);
    return builder.method(method, requestBody(bytes, JSON)).build();
  }

  private Request rpcV2(Instant signedAt, String signatureNonce) {
    Map<String, String> params = new TreeMap<>(query);
    params.put("Action", action);
    params.put("Version", version);
    params.put("Format", "JSON");
    params.put("AccessKeyId", accessKeyId);
    params.put("SignatureMethod", "HMAC-SHA1");
    params.put("SignatureVersion", "1.0");
    params.put("SignatureNonce", signatureNonce);
    params.put("Timestamp", ACS_DATE.format(signedAt));
    if (securityToken != null) {
      params.put("SecurityToken", securityToken);
    }
    params.put("Signature", RpcV2Signer.signature(accessKeySecret, RpcV2Signer.stringToSign(method, params)));
    StringBuilder encoded = new StringBuilder();
    params.forEach((name, value) -> encoded.append(encoded.length() == 0 ? "" : "&")
        .append(Rfc3986.percentEncode(name)).append('=').append(Rfc3986.percentEncode(value)));
    if (formBody) {
      byte[] bytes = encoded.toString().getBytes(StandardCharsets.UTF_8);
      return new Request.Builder().url(url("/", ""))
          .post(RequestBody.create(bytes, MediaType.get("application/x-www-form-urlencoded")))
          .build();
    }
    return new Request.Builder().url(url("/", encoded.toString())).method(method, null).build();
  }

  private String wireQuery() {
    if (!formEncodedQuery) {
      return AcsV3Signer.canonicalQueryString(query);
    }
    StringBuilder out = new StringBuilder();
    query.forEach((name, value) -> out.append(out.length() == 0 ? "" : "&")
        .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
        .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return out.toString();
  }

  private String url(String encodedPath, String encodedQuery) {
    return "http://127.0.0.1:" + sim.port() + encodedPath + (encodedQuery.isEmpty() ? "" : "?" + encodedQuery);
  }

  private RequestBody requestBody(byte[] bytes, String contentType) {
    if (body != null) {
      return RequestBody.create(bytes, MediaType.get(contentType));
    }
    boolean needsBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    return needsBody ? RequestBody.create(new byte[0], null) : null;
  }
}
