package io.github.ackhybrid.kube;

import io.github.ackhybrid.core.exception.ConfigurationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.kube.KubeconfigReader.ClusterEntry;
import io.github.ackhybrid.kube.KubeconfigReader.ContextEntry;
import io.github.ackhybrid.kube.KubeconfigReader.Entries;
import io.github.ackhybrid.kube.KubeconfigReader.UserEntry;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;

/**
 * A parsed kubeconfig: the clusters, users and contexts it names and its current context. Parsing
 * checks the structure; {@link #context(String)} resolves one context into everything needed to
 * connect and reports what is missing. Immutable and safe to share.
 *
 * <p>Users may authenticate with a client certificate ({@code client-certificate-data} and
 * {@code client-key-data}, or the file forms) and/or a bearer {@code token} (or {@code tokenFile}).
 * Exec plugins, auth providers and basic authentication are not run.
 *
 * <p>Keys, certificates and tokens are secrets: {@link #toString()} and every exception message
 * name only contexts, clusters, users and servers.
 */
public final class Kubeconfig {
  private static final String DEFAULT_NAMESPACE = "default";

  private final Entries entries;
  private final Optional<Path> directory;

  private Kubeconfig(Entries entries, Optional<Path> directory) {
    this.entries = entries;
    this.directory = directory;
  }

  /**
   * Parses kubeconfig YAML, such as the text {@code DescribeServiceMeshKubeconfig} returns. File
   * references inside it ({@code certificate-authority}, {@code client-key}...) resolve against the
   * working directory.
   *
   * @param yaml the kubeconfig text
   * @return the kubeconfig
   * @throws ConfigurationException if the text is not YAML or not shaped like a kubeconfig
   * @throws io.github.ackhybrid.core.exception.ValidationException if {@code yaml} is null
   */
  public static Kubeconfig parse(String yaml) {
    Validate.notNull(yaml, "kubeconfig");
    return new Kubeconfig(KubeconfigReader.read(yaml), Optional.empty());
  }

  /**
   * Reads and parses a kubeconfig file. Relative file references inside it resolve against the
   * file's directory, as kubectl does.
   *
   * @param file the kubeconfig file
   * @return the kubeconfig
   * @throws ConfigurationException if the file cannot be read, is too large, or is not a kubeconfig
   * @throws io.github.ackhybrid.core.exception.ValidationException if {@code file} is null
   */
  public static Kubeconfig read(Path file) {
    Validate.notNull(file, "kubeconfigFile");
    String text;
    try {
      if (Files.size(file) > KubeconfigReader.MAX_CHARACTERS) {
        throw new ConfigurationException("kubeconfig file " + file + " is larger than "
            + KubeconfigReader.MAX_CHARACTERS + " bytes");
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigurationException("cannot read kubeconfig file " + file, e);
    }
    Path absolute = file.toAbsolutePath();
    return new Kubeconfig(KubeconfigReader.read(text), Optional.ofNullable(absolute.getParent()));
  }

  /**
   * Returns the names of the contexts, in file order.
   *
   * @return the context names, possibly empty
   */
  public List<String> contexts() {
    return List.copyOf(entries.contexts().keySet());
  }

  /**
   * Returns the name the kubeconfig's {@code current-context} field holds.
   *
   * @return the current context's name, if the field is set
   */
  public Optional<String> currentContextName() {
    return entries.currentContext();
  }

  /**
   * Resolves the current context.
   *
   * @return the resolved context
   * @throws ConfigurationException if {@code current-context} is unset or the context cannot be
   *     resolved (see {@link #context(String)})
   */
  public KubeContext currentContext() {
    String name = entries.currentContext().orElseThrow(() -> new ConfigurationException(
        "kubeconfig has no current-context; name one of its contexts " + entries.contexts().keySet()));
    return context(name);
  }

  /**
   * Resolves a context: its cluster's server and TLS settings, its user's credentials (reading any
   * referenced files) and its namespace, {@code default} when unset.
   *
   * @param name the context name
   * @return the resolved context
   * @throws ConfigurationException naming what is missing, e.g.
   *     {@code kubeconfig context "x" refers to unknown user "y"}
   * @throws io.github.ackhybrid.core.exception.ValidationException if {@code name} is null
   */
  public KubeContext context(String name) {
    Validate.notNull(name, "context");
    ContextEntry context = entries.contexts().get(name);
    if (context == null) {
      throw new ConfigurationException("kubeconfig has no context " + quote(name)
          + "; it has " + entries.contexts().keySet());
    }
    String at = "kubeconfig context " + quote(name);
    String clusterName = context.cluster()
        .orElseThrow(() -> new ConfigurationException(at + " names no cluster"));
    ClusterEntry cluster = entries.clusters().get(clusterName);
    if (cluster == null) {
      throw new ConfigurationException(at + " refers to unknown cluster " + quote(clusterName));
    }
    String clusterAt = "kubeconfig cluster " + quote(clusterName);
    URI server = server(cluster, clusterAt);
    Optional<String> ca = material(cluster.certificateAuthorityData(), cluster.certificateAuthorityFile(),
        clusterAt + " certificate-authority");

    Optional<UserEntry> user = Optional.empty();
    if (context.user().isPresent()) {
      UserEntry found = entries.users().get(context.user().get());
      if (found == null) {
        throw new ConfigurationException(at + " refers to unknown user " + quote(context.user().get()));
      }
      user = Optional.of(found);
    }
    String userAt = "kubeconfig user " + quote(context.user().orElse(""));
    Optional<String> certificate = user.flatMap(u ->
        material(u.clientCertificateData(), u.clientCertificateFile(), userAt + " client-certificate"));
    Optional<String> key = user.flatMap(u ->
        material(u.clientKeyData(), u.clientKeyFile(), userAt + " client-key"));
    if (certificate.isPresent() != key.isPresent()) {
      throw new ConfigurationException(userAt + " has a client "
          + (certificate.isPresent() ? "certificate but no client-key-data" : "key but no client-certificate-data"));
    }
    Optional<String> token = user.flatMap(u -> token(u, userAt));
    if (user.isPresent() && user.get().unsupportedMechanism().isPresent() && certificate.isEmpty() && token.isEmpty()) {
      throw new ConfigurationException(userAt + " authenticates with " + user.get().unsupportedMechanism().get()
          + ", which this SDK does not run; use a kubeconfig with client-certificate-data and client-key-data, or a token");
    }

    String namespace = context.namespace().orElse(DEFAULT_NAMESPACE);
    if (namespace.length() > 63 || !KubernetesNames.DNS1123_LABEL.matcher(namespace).matches()) {
      throw new ConfigurationException(at + " namespace must be 1-63 characters [a-z0-9-], was "
          + Validate.quote(namespace));
    }
    return new KubeContext(name, clusterName, server, context.user(), namespace,
        cluster.insecureSkipTlsVerify(), ca, certificate, key, token);
  }

  /**
   * Describes the kubeconfig by names and servers only; no key, certificate or token appears.
   *
   * @return e.g. {@code Kubeconfig{currentContext=admin, contexts=[admin], clusters={mesh=https://10.0.0.1:6443}, users=[admin]}}
   */
  @Override
  public String toString() {
    String clusters = entries.clusters().values().stream()
        .map(c -> c.name() + "=" + c.server().map(Kubeconfig::withoutUserInfo).orElse("?"))
        .collect(Collectors.joining(", ", "{", "}"));
    return "Kubeconfig{currentContext=" + entries.currentContext().orElse("")
        + ", contexts=" + entries.contexts().keySet()
        + ", clusters=" + clusters
        + ", users=" + entries.users().keySet() + "}";
  }

  private static URI server(ClusterEntry cluster, String at) {
    String text = cluster.server().orElseThrow(() -> new ConfigurationException(at + " has no server"));
    HttpUrl url = HttpUrl.parse(text);
    // The URL is not quoted back: a server URL may carry credentials in its user-info part.
    if (url == null) {
      throw new ConfigurationException(at + " server is not an http or https URL");
    }
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      throw new ConfigurationException(at + " server URL must not carry credentials; put them in the user entry");
    }
    return url.uri();
  }

  private static String withoutUserInfo(String server) {
    HttpUrl url = HttpUrl.parse(server);
    if (url == null) {
      return server.contains("@") ? "(malformed URL)" : server;
    }
    return url.newBuilder().username("").password("").build().toString();
  }

  private Optional<String> material(Optional<String> data, Optional<String> file, String what) {
    if (data.isPresent()) {
      try {
        byte[] decoded = Base64.getDecoder().decode(data.get().replaceAll("\\s", ""));
        return Optional.of(new String(decoded, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw new ConfigurationException(what + "-data is not valid base64");
      }
    }
    return file.map(f -> readFile(f, what));
  }

  private Optional<String> token(UserEntry user, String at) {
    Optional<String> token = user.token().or(() -> user.tokenFile().map(f -> readFile(f, at + " tokenFile")))
        .map(String::strip)
        .filter(t -> !t.isEmpty());
    token.ifPresent(t -> {
      for (int i = 0; i < t.length(); i++) {
        if (Character.isWhitespace(t.charAt(i)) || Character.isISOControl(t.charAt(i))) {
          throw new ConfigurationException(at + " token contains whitespace or control characters");
        }
      }
    });
    return token;
  }

  private String readFile(String name, String what) {
    try {
      Path path = directory.map(d -> d.resolve(name)).orElse(Path.of(name));
      try {
        return Files.readString(path, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new ConfigurationException("cannot read " + what + " file " + path, e);
      }
    } catch (InvalidPathException e) {
      throw new ConfigurationException(what + " file name is not a valid path", e);
    }
  }

  private static String quote(String name) {
    return '"' + name + '"';
  }
}
