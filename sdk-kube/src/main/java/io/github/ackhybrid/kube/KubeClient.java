package io.github.ackhybrid.kube;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.exception.ConfigurationException;
import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.exception.ResponseTooLargeException;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.exception.TransportException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Hosts;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.core.internal.LimitedInputStream;
import io.github.ackhybrid.core.internal.ServiceErrors;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.kube.internal.KubeErrors;
import io.github.ackhybrid.kube.internal.KubeStatus;
import io.github.ackhybrid.kube.internal.KubeTls;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A small blocking client for one Kubernetes API server, as named by a kubeconfig context: read,
 * list, server-side apply and delete objects of any {@link ResourceKind}, handled as Jackson trees.
 *
 * <pre>{@code
 * try (KubeClient kube = KubeClient.create(Kubeconfig.parse(yaml))) {
 *   kube.apply(ResourceKind.VIRTUAL_SERVICE_V1BETA1, virtualService, "ackhybrid-mesh");
 * }
 * }</pre>
 *
 * <p>TLS trusts the kubeconfig's certificate authority (or the platform's CAs when it has none);
 * the user authenticates with its client certificate and/or bearer token. Plain {@code http} is
 * accepted only for a loopback server without credentials, unless
 * {@link Builder#allowInsecureHttp(boolean)} says otherwise. Timeouts default to 5 s to connect and
 * 10 s to read; answers larger than {@link Builder#maxResponseBytes(long)} are refused.
 *
 * <p>Redirects are never followed: a 3xx answer fails as a {@link ServiceException} naming only
 * the target's host, so a bearer token or client certificate never goes anywhere but the
 * kubeconfig's server.
 *
 * <p>Calls are not retried: server-side apply and delete are idempotent, so a caller that wants
 * retries can wrap a call, and the mesh and node-pool modules decide that policy themselves.
 * Errors arrive as the SDK's exceptions: the API server's {@code Status} reason becomes the error
 * code and its {@code Audit-Id} header the request id.
 *
 * <p>Thread-safe. Close it to release its connections; closing never touches an
 * {@link OkHttpClient} shared through {@link Builder#httpClient(OkHttpClient)}.
 */
public final class KubeClient implements AutoCloseable {
  /** The field manager {@link #apply(ResourceKind, ObjectNode)} uses. */
  public static final String DEFAULT_FIELD_MANAGER = "ackhybrid-sdk";

  /** The default {@link Builder#maxResponseBytes(long) answer size limit}, 16 MiB, as for the cloud APIs. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = CloudConfig.DEFAULT_MAX_RESPONSE_BYTES;

  private static final MediaType APPLY_PATCH = MediaType.get("application/apply-patch+yaml");
  private static final int MAX_ERROR_BODY_BYTES = 64 * 1024;
  private static final String USER_AGENT = "ackhybrid-sdk-kube";
  private static final long MAX_RESPONSE_BYTES_LIMIT = 2L * 1024 * 1024 * 1024;

  private final KubeContext context;
  private final HttpUrl server;
  private final OkHttpClient http;
  private final boolean ownsHttp;
  private final Optional<String> authorization;
  private final long maxResponseBytes;
  private final AtomicBoolean closed = new AtomicBoolean();

  private KubeClient(KubeContext context, OkHttpClient http, boolean ownsHttp, long maxResponseBytes) {
    this.context = context;
    this.server = Objects.requireNonNull(HttpUrl.get(context.server()));
    this.http = http;
    this.ownsHttp = ownsHttp;
    this.maxResponseBytes = maxResponseBytes;
    this.authorization = context.token().map(t -> "Bearer " + t);
  }

  /**
   * Creates a client for the kubeconfig's current context with default timeouts.
   *
   * @param kubeconfig the kubeconfig
   * @return the client
   * @throws ConfigurationException if the current context cannot be resolved or its TLS material
   *     cannot be read
   * @throws ValidationException if {@code kubeconfig} is null
   */
  public static KubeClient create(Kubeconfig kubeconfig) {
    return builder().kubeconfig(kubeconfig).build();
  }

  /**
   * Starts configuring a client.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the context this client talks to.
   *
   * @return the resolved context
   */
  public KubeContext context() {
    return context;
  }

  /**
   * Reads one namespaced object.
   *
   * @param kind the resource kind, which must be namespaced
   * @param namespace the namespace
   * @param name the object's name
   * @return the object, or empty if the server says this object does not exist
   * @throws ValidationException if an argument is malformed or the kind is cluster-scoped
   * @throws ResourceNotFoundException if the server does not serve the kind at all (wrong version,
   *     CRD not installed)
   * @throws ServiceException for any other error answer
   * @throws TransportException if no complete answer arrived
   */
  public Optional<ObjectNode> get(ResourceKind kind, String namespace, String name) {
    requireNamespaced(kind);
    return getAt(kind, Optional.of(namespace(namespace)), name(name));
  }

  /**
   * Reads one object: a cluster-scoped one, or a namespaced one in the context's namespace.
   *
   * @param kind the resource kind
   * @param name the object's name
   * @return the object, or empty if the server says this object does not exist
   * @throws ValidationException if an argument is malformed
   * @throws ResourceNotFoundException if the server does not serve the kind at all
   * @throws ServiceException for any other error answer
   * @throws TransportException if no complete answer arrived
   */
  public Optional<ObjectNode> get(ResourceKind kind, String name) {
    Validate.notNull(kind, "kind");
    return getAt(kind, defaultNamespace(kind), name(name));
  }

  /**
   * Lists the objects of a kind in one namespace.
   *
   * @param kind the resource kind, which must be namespaced
   * @param namespace the namespace
   * @return the objects, each with {@code apiVersion} and {@code kind} set
   * @throws ValidationException if an argument is malformed or the kind is cluster-scoped
   * @throws ServiceException if the server answers with an error
   * @throws TransportException if no complete answer arrived
   */
  public List<ObjectNode> list(ResourceKind kind, String namespace) {
    return list(kind, namespace, "");
  }

  /**
   * Lists the objects of a kind in one namespace that match a label selector.
   *
   * @param kind the resource kind, which must be namespaced
   * @param namespace the namespace
   * @param labelSelector a Kubernetes label selector such as {@code app=reviews,version in (v1,v2)};
   *     empty for all objects
   * @return the objects, each with {@code apiVersion} and {@code kind} set
   * @throws ValidationException if an argument is malformed or the kind is cluster-scoped
   * @throws ServiceException if the server answers with an error
   * @throws TransportException if no complete answer arrived
   */
  public List<ObjectNode> list(ResourceKind kind, String namespace, String labelSelector) {
    requireNamespaced(kind);
    return listAt(kind, Optional.of(namespace(namespace)), selector(labelSelector));
  }

  /**
   * Lists every object of a kind: across all namespaces for a namespaced kind.
   *
   * @param kind the resource kind
   * @return the objects, each with {@code apiVersion} and {@code kind} set
   * @throws ValidationException if {@code kind} is null
   * @throws ServiceException if the server answers with an error
   * @throws TransportException if no complete answer arrived
   */
  public List<ObjectNode> listAll(ResourceKind kind) {
    return listAll(kind, "");
  }

  /**
   * Lists every object of a kind that matches a label selector, across all namespaces for a
   * namespaced kind.
   *
   * @param kind the resource kind
   * @param labelSelector a Kubernetes label selector; empty for all objects
   * @return the objects, each with {@code apiVersion} and {@code kind} set
   * @throws ValidationException if an argument is malformed
   * @throws ServiceException if the server answers with an error
   * @throws TransportException if no complete answer arrived
   */
  public List<ObjectNode> listAll(ResourceKind kind, String labelSelector) {
    Validate.notNull(kind, "kind");
    return listAt(kind, Optional.empty(), selector(labelSelector));
  }

  /**
   * Creates or updates an object by server-side apply as {@link #DEFAULT_FIELD_MANAGER}.
   *
   * @param kind the resource kind
   * @param manifest the desired object
   * @return the object as stored by the server
   * @throws ValidationException if the manifest does not fit the kind or lacks a valid name
   * @throws ServiceException if the server rejects the object (e.g. {@code Invalid} from a webhook)
   * @throws TransportException if no complete answer arrived
   * @see #apply(ResourceKind, ObjectNode, String)
   */
  public ObjectNode apply(ResourceKind kind, ObjectNode manifest) {
    return apply(kind, manifest, DEFAULT_FIELD_MANAGER);
  }

  /**
   * Creates or updates an object by server-side apply: the fields in the manifest become owned by
   * the field manager, taking them over from other managers ({@code force=true}). The manifest is
   * sent as JSON, which is valid YAML. It is not modified; the copy sent gets the kind's
   * {@code apiVersion} and {@code kind} if they are missing, the context's namespace if a
   * namespaced manifest names none, and loses {@code metadata.managedFields}, which apply rejects.
   *
   * @param kind the resource kind
   * @param manifest the desired object, with at least {@code metadata.name}
   * @param fieldManager who owns the applied fields, 1-128 printable characters
   * @return the object as stored by the server
   * @throws ValidationException if the manifest's {@code apiVersion} or {@code kind} differ from
   *     the kind's, its name or namespace is malformed, or the field manager is
   * @throws ServiceException if the server rejects the object
   * @throws TransportException if no complete answer arrived
   */
  public ObjectNode apply(ResourceKind kind, ObjectNode manifest, String fieldManager) {
    Validate.notNull(kind, "kind");
    Validate.notNull(manifest, "manifest");
    Validate.notBlank(fieldManager, "fieldManager");
    if (fieldManager.length() > 128) {
      throw new ValidationException("fieldManager", "must be at most 128 characters, was " + fieldManager.length());
    }
    ObjectNode body = manifest.deepCopy();
    checkOrSet(body, "apiVersion", kind.apiVersion());
    checkOrSet(body, "kind", kind.kind());
    JsonNode metadataNode = body.path("metadata");
    if (!metadataNode.isObject()) {
      throw new ValidationException("manifest.metadata", "must be an object with a name");
    }
    ObjectNode metadata = (ObjectNode) metadataNode;
    String name = name(text(metadata, "name", "manifest.metadata.name"));
    Optional<String> namespace;
    if (kind.namespaced()) {
      String given = text(metadata, "namespace", "manifest.metadata.namespace");
      namespace = Optional.of(given == null ? context.namespace() : namespace(given, "manifest.metadata.namespace"));
      metadata.put("namespace", namespace.get());
    } else {
      if (metadata.hasNonNull("namespace")) {
        throw new ValidationException("manifest.metadata.namespace",
            "must be absent for the cluster-scoped kind " + kind.kind());
      }
      namespace = Optional.empty();
    }
    // The API server refuses an apply whose body carries managedFields, which a read object has.
    metadata.remove("managedFields");
    byte[] json;
    try {
      json = Json.writer(JsonNode.class).writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new ValidationException("manifest", "cannot be written as JSON: " + e.getOriginalMessage());
    }
    HttpUrl url = url(kind, namespace, Optional.of(name)).newBuilder()
        .addQueryParameter("fieldManager", fieldManager)
        .addQueryParameter("force", "true")
        .build();
    // A byte[] body keeps OkHttp from appending "; charset=utf-8" to the apply content type.
    Request request = request(url).patch(RequestBody.create(json, APPLY_PATCH)).build();
    return execute(operation("apply", kind, namespace, Optional.of(name)), request, Optional.empty(),
        KubeClient::readObject).orElseThrow();
  }

  /**
   * Makes sure a namespace exists: reads it, and creates it by server-side apply only when the
   * server has none by that name, so an existing namespace's labels and owners are left alone.
   *
   * @param namespace the namespace, a DNS-1123 label
   * @return true if the namespace was created, false if it already existed
   * @throws ValidationException if the name is malformed
   * @throws ServiceException if the server refuses the read or the creation
   * @throws TransportException if no complete answer arrived
   */
  public boolean ensureNamespace(String namespace) {
    String name = namespace(namespace);
    if (get(ResourceKind.NAMESPACE, name).isPresent()) {
      return false;
    }
    ObjectNode manifest = Json.mapper().createObjectNode().put("apiVersion", "v1").put("kind", "Namespace");
    manifest.putObject("metadata").put("name", name);
    apply(ResourceKind.NAMESPACE, manifest, DEFAULT_FIELD_MANAGER);
    return true;
  }

  /**
   * Deletes one namespaced object.
   *
   * @param kind the resource kind, which must be namespaced
   * @param namespace the namespace
   * @param name the object's name
   * @return true if the server accepted the deletion, false if the object did not exist
   * @throws ValidationException if an argument is malformed or the kind is cluster-scoped
   * @throws ResourceNotFoundException if the server does not serve the kind at all
   * @throws ServiceException for any other error answer
   * @throws TransportException if no complete answer arrived
   */
  public boolean delete(ResourceKind kind, String namespace, String name) {
    requireNamespaced(kind);
    return deleteAt(kind, Optional.of(namespace(namespace)), name(name));
  }

  /**
   * Deletes one object: a cluster-scoped one, or a namespaced one in the context's namespace.
   *
   * @param kind the resource kind
   * @param name the object's name
   * @return true if the server accepted the deletion, false if the object did not exist
   * @throws ValidationException if an argument is malformed
   * @throws ResourceNotFoundException if the server does not serve the kind at all
   * @throws ServiceException for any other error answer
   * @throws TransportException if no complete answer arrived
   */
  public boolean delete(ResourceKind kind, String name) {
    Validate.notNull(kind, "kind");
    return deleteAt(kind, defaultNamespace(kind), name(name));
  }

  /**
   * Releases the connections this client opened. A shared {@link OkHttpClient} is left alone.
   * Calls after closing fail with {@link IllegalStateException}.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true) && ownsHttp) {
      http.connectionPool().evictAll();
    }
  }

  /**
   * Describes the client by its context, without credentials.
   *
   * @return the context's description
   */
  @Override
  public String toString() {
    return "KubeClient{" + context + "}";
  }

  private Optional<ObjectNode> getAt(ResourceKind kind, Optional<String> namespace, String name) {
    Request request = request(url(kind, namespace, Optional.of(name))).get().build();
    return execute(operation("get", kind, namespace, Optional.of(name)), request, Optional.of(name),
        KubeClient::readObject);
  }

  private List<ObjectNode> listAt(ResourceKind kind, Optional<String> namespace, String labelSelector) {
    HttpUrl.Builder url = url(kind, namespace, Optional.empty()).newBuilder();
    if (!labelSelector.isEmpty()) {
      url.addQueryParameter("labelSelector", labelSelector);
    }
    String operation = operation("list", kind, namespace, Optional.empty());
    ObjectNode list = execute(operation, request(url.build()).get().build(), Optional.empty(),
        KubeClient::readObject).orElseThrow();
    JsonNode items = list.path("items");
    List<ObjectNode> out = new ArrayList<>(items.size());
    for (JsonNode item : items) {
      if (!item.isObject()) {
        throw KubeErrors.undecodable(operation, 200, Optional.empty(), "list items must be objects", null);
      }
      ObjectNode object = (ObjectNode) item;
      // Lists of built-in kinds leave out each item's apiVersion and kind.
      if (!object.hasNonNull("apiVersion")) {
        object.put("apiVersion", kind.apiVersion());
      }
      if (!object.hasNonNull("kind")) {
        object.put("kind", kind.kind());
      }
      out.add(object);
    }
    return out;
  }

  private boolean deleteAt(ResourceKind kind, Optional<String> namespace, String name) {
    Request request = request(url(kind, namespace, Optional.of(name))).delete().build();
    // The body of a successful delete is the object or a Status, and says nothing more than the code.
    return execute(operation("delete", kind, namespace, Optional.of(name)), request, Optional.of(name),
        (body, status, auditId, operation) -> Boolean.TRUE).isPresent();
  }

  /** Reads a successful response's body, which is already bounded by the size limit. */
  @FunctionalInterface
  private interface BodyReader<T> {
    T read(InputStream body, int status, Optional<String> auditId, String operation) throws IOException;
  }

  /**
   * Sends a request and reads a successful answer with the reader. When {@code absentName} is
   * given, a 404 whose Status names that object means "no such object" and yields empty; a 404
   * about anything else (an unserved kind or version) still throws, so it cannot pass for a
   * missing object.
   */
  private <T> Optional<T> execute(String operation, Request request, Optional<String> absentName, BodyReader<T> reader) {
    if (closed.get()) {
      throw new IllegalStateException("KubeClient is closed");
    }
    Call call = http.newCall(request);
    try (Response response = call.execute()) {
      Optional<String> auditId = Optional.ofNullable(response.header("Audit-Id"));
      if (response.isSuccessful()) {
        return Optional.of(readBounded(call, response, auditId, operation, reader));
      }
      if (response.code() / 100 == 3) {
        throw ServiceErrors.redirect(operation, response.code(), auditId.orElse(null), response.header("Location"));
      }
      byte[] bytes;
      try (InputStream in = response.body().byteStream()) {
        bytes = in.readNBytes(MAX_ERROR_BODY_BYTES);
      }
      if (response.code() == 404 && absentName.isPresent()
          && KubeStatus.parse(bytes).flatMap(KubeStatus::detailsName).equals(absentName)) {
        return Optional.empty();
      }
      throw KubeErrors.exception(operation, response.code(), auditId,
          Optional.ofNullable(response.header("Content-Type")), bytes);
    } catch (IOException e) {
      throw new TransportException(operation, operation + " failed: " + e, e);
    }
  }

  /**
   * Reads a successful answer through the size limit. Over the limit the call is cancelled before
   * the response is closed: closing an unread body would make OkHttp drain the rest of it.
   */
  private <T> T readBounded(Call call, Response response, Optional<String> auditId, String operation,
      BodyReader<T> reader) throws IOException {
    long declared = response.body().contentLength();
    if (declared > maxResponseBytes) {
      call.cancel();
      throw new ResponseTooLargeException(operation, maxResponseBytes, OptionalLong.of(declared));
    }
    try (InputStream in = new LimitedInputStream(response.body().byteStream(), maxResponseBytes, call::cancel)) {
      return reader.read(in, response.code(), auditId, operation);
    } catch (IOException e) {
      if (LimitedInputStream.LimitExceededException.isCauseOf(e)) {
        throw new ResponseTooLargeException(operation, maxResponseBytes, OptionalLong.empty());
      }
      throw e;
    }
  }

  private static ObjectNode readObject(InputStream body, int status, Optional<String> auditId, String operation)
      throws IOException {
    ObjectNode object;
    try {
      object = Json.reader(ObjectNode.class).readValue(body);
    } catch (JsonProcessingException e) {
      if (LimitedInputStream.LimitExceededException.isCauseOf(e)) {
        throw e;
      }
      throw KubeErrors.undecodable(operation, status, auditId, "the response body is not a JSON object", e);
    }
    if (object == null) {
      throw KubeErrors.undecodable(operation, status, auditId, "the response body is not a JSON object", null);
    }
    return object;
  }

  private HttpUrl url(ResourceKind kind, Optional<String> namespace, Optional<String> name) {
    HttpUrl.Builder url = server.newBuilder().addPathSegments(kind.apiPath().substring(1));
    namespace.ifPresent(ns -> url.addPathSegment("namespaces").addPathSegment(ns));
    url.addPathSegment(kind.plural());
    name.ifPresent(url::addPathSegment);
    return url.build();
  }

  private Request.Builder request(HttpUrl url) {
    Request.Builder request = new Request.Builder()
        .url(url)
        .header("Accept", "application/json")
        .header("User-Agent", USER_AGENT);
    authorization.ifPresent(value -> request.header("Authorization", value));
    return request;
  }

  private Optional<String> defaultNamespace(ResourceKind kind) {
    return kind.namespaced() ? Optional.of(context.namespace()) : Optional.empty();
  }

  private static String operation(String verb, ResourceKind kind, Optional<String> namespace, Optional<String> name) {
    StringBuilder sb = new StringBuilder("kube.").append(verb).append(' ').append(kind.kind());
    if (namespace.isPresent() || name.isPresent()) {
      sb.append(' ');
      namespace.ifPresent(ns -> sb.append(ns).append(name.isPresent() ? "/" : ""));
      name.ifPresent(sb::append);
    }
    return sb.toString();
  }

  private static void requireNamespaced(ResourceKind kind) {
    Validate.notNull(kind, "kind");
    if (!kind.namespaced()) {
      throw new ValidationException("kind", "must be namespaced to be given a namespace, but "
          + kind.kind() + " is cluster-scoped; call the overload without a namespace");
    }
  }

  private static void checkOrSet(ObjectNode body, String field, String expected) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      body.put(field, expected);
    } else if (!expected.equals(value.asText()) || !value.isTextual()) {
      throw new ValidationException("manifest." + field, "must be \"" + expected
          + "\" to match the ResourceKind, was " + Validate.quote(value.asText(value.toString())));
    }
  }

  private static String text(ObjectNode node, String field, String path) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new ValidationException(path, "must be a string");
    }
    return value.asText();
  }

  private static String namespace(String namespace) {
    return namespace(namespace, "namespace");
  }

  private static String namespace(String namespace, String field) {
    return KubernetesNames.dns1123Label(namespace, field);
  }

  /** Kubernetes' own rule for names that appear as a path segment, which every kind obeys. */
  private static String name(String name) {
    Validate.notNull(name, "name");
    Validate.noControlCharacters(name, "name");
    // DNS subdomain and label names are ASCII; only the path-segment rule, which no kind this SDK
    // applies uses, would allow more, so a non-ASCII name is a mistake to stop here.
    if (name.isEmpty() || name.length() > 253 || name.equals(".") || name.equals("..")
        || name.indexOf('/') >= 0 || name.indexOf('%') >= 0 || !name.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
      throw new ValidationException("name", "must be 1-253 printable ASCII characters without '/' or '%' and not"
          + " \".\" or \"..\", was " + Validate.quote(name));
    }
    return name;
  }

  private static String selector(String labelSelector) {
    Validate.notNull(labelSelector, "labelSelector");
    return Validate.noControlCharacters(labelSelector, "labelSelector").strip();
  }

  /** Configures a {@link KubeClient}. */
  public static final class Builder {
    private Kubeconfig kubeconfig;
    private Optional<String> contextName = Optional.empty();
    private Optional<OkHttpClient> httpClient = Optional.empty();
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration readTimeout = Duration.ofSeconds(10);
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private boolean allowInsecureHttp;

    private Builder() {}

    /**
     * Sets the kubeconfig to connect with. Required.
     *
     * @param kubeconfig the kubeconfig
     * @return this builder
     */
    public Builder kubeconfig(Kubeconfig kubeconfig) {
      this.kubeconfig = Validate.notNull(kubeconfig, "kubeconfig");
      return this;
    }

    /**
     * Picks a context of the kubeconfig other than its current one.
     *
     * @param name the context name
     * @return this builder
     */
    public Builder context(String name) {
      this.contextName = Optional.of(Validate.notBlank(name, "context"));
      return this;
    }

    /**
     * Shares an existing OkHttp client's connection pool and dispatcher. The shared client's
     * interceptors see every request, including its {@code Authorization} header; TLS and timeouts
     * are set per kube client and do not change the shared one.
     *
     * @param client the client to share
     * @return this builder
     */
    // A caller who has an OkHttpClient to share already reads okhttp3; others need not.
    @SuppressWarnings("exports")
    public Builder httpClient(OkHttpClient client) {
      this.httpClient = Optional.of(Validate.notNull(client, "httpClient"));
      return this;
    }

    /**
     * Sets how long to wait for a connection. Default 5 s.
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws ValidationException if the duration is null, zero or negative
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Validate.positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * Sets how long to wait for each read or write on the connection. Default 10 s.
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws ValidationException if the duration is null, zero or negative
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Validate.positive(timeout, "readTimeout");
      return this;
    }

    /**
     * Sets the largest response body accepted (default {@value KubeClient#DEFAULT_MAX_RESPONSE_BYTES},
     * 16 MiB); a larger answer fails with {@link ResponseTooLargeException} without being read further.
     *
     * @param maxBytes 1 KiB (1024) to 2 GiB
     * @return this builder
     * @throws ValidationException if the value is out of range
     */
    public Builder maxResponseBytes(long maxBytes) {
      if (maxBytes < 1024 || maxBytes > MAX_RESPONSE_BYTES_LIMIT) {
        throw new ValidationException("maxResponseBytes",
            "must be between 1024 and " + MAX_RESPONSE_BYTES_LIMIT + " bytes, was " + maxBytes);
      }
      this.maxResponseBytes = maxBytes;
      return this;
    }

    /**
     * Allows a plain {@code http} server that is not on loopback, or one that would receive the
     * kubeconfig's token or client certificate. Requests, objects and credentials then travel
     * unencrypted; use only inside a trusted network. Off by default.
     *
     * @param allow true to allow
     * @return this builder
     */
    public Builder allowInsecureHttp(boolean allow) {
      this.allowInsecureHttp = allow;
      return this;
    }

    /**
     * Resolves the context and sets up TLS and authentication.
     *
     * @return the client
     * @throws ValidationException if no kubeconfig was set
     * @throws ConfigurationException if the context cannot be resolved, its TLS material cannot be
     *     read, or its server is plain HTTP on a non-loopback host or would receive credentials over
     *     plain HTTP, and {@link #allowInsecureHttp(boolean)} was not set
     */
    public KubeClient build() {
      Validate.notNull(kubeconfig, "kubeconfig");
      KubeContext context = contextName.map(kubeconfig::context).orElseGet(kubeconfig::currentContext);
      OkHttpClient.Builder http = httpClient.map(OkHttpClient::newBuilder).orElseGet(OkHttpClient.Builder::new)
          .connectTimeout(connectTimeout)
          .readTimeout(readTimeout)
          .writeTimeout(readTimeout)
          .followRedirects(false)
          .followSslRedirects(false);
      String source = "kubeconfig context \"" + context.name() + "\"";
      if (context.server().getScheme().equalsIgnoreCase("https")) {
        KubeTls tls = KubeTls.create(context.certificateAuthorityPem(), context.insecureSkipTlsVerify(),
            context.clientCertificatePem(), context.clientKeyPem(), source);
        http.sslSocketFactory(tls.socketFactory(), tls.trustManager());
        tls.hostnameVerifier().ifPresent(http::hostnameVerifier);
      } else if (!allowInsecureHttp && (context.hasToken() || context.hasClientCertificate())) {
        throw new ConfigurationException(source + " would send credentials to a plain http:// server; use https,"
            + " or set allowInsecureHttp(true) inside a trusted network");
      } else if (!allowInsecureHttp && !Hosts.isLoopback(context.server().getHost())) {
        throw new ConfigurationException(source + " uses plain http to the non-loopback host \""
            + context.server().getHost() + "\"; use https, or set allowInsecureHttp(true) inside a trusted network");
      }
      return new KubeClient(context, http.build(), httpClient.isEmpty(), maxResponseBytes);
    }
  }
}
