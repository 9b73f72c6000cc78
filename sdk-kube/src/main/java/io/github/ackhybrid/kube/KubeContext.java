package io.github.ackhybrid.kube;

import java.net.URI;
import java.util.Optional;

/**
 * One resolved kubeconfig context: the API server to call, how to trust it, who to be and which
 * namespace to default to. Obtained from {@link Kubeconfig#context(String)} and consumed by
 * {@link KubeClient}. The credentials it carries are not exposed and never appear in
 * {@link #toString()}.
 */
public final class KubeContext {
  private final String name;
  private final String clusterName;
  private final URI server;
  private final Optional<String> userName;
  private final String namespace;
  private final boolean insecureSkipTlsVerify;
  private final Optional<String> certificateAuthorityPem;
  private final Optional<String> clientCertificatePem;
  private final Optional<String> clientKeyPem;
  private final Optional<String> token;

  KubeContext(String name, String clusterName, URI server, Optional<String> userName, String namespace,
      boolean insecureSkipTlsVerify, Optional<String> certificateAuthorityPem,
      Optional<String> clientCertificatePem, Optional<String> clientKeyPem, Optional<String> token) {
    this.name = name;
    this.clusterName = clusterName;
    this.server = server;
    this.userName = userName;
    this.namespace = namespace;
    this.insecureSkipTlsVerify = insecureSkipTlsVerify;
    this.certificateAuthorityPem = certificateAuthorityPem;
    this.clientCertificatePem = clientCertificatePem;
    this.clientKeyPem = clientKeyPem;
    this.token = token;
  }

  /**
   * Returns the context's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the name of the cluster entry the context uses.
   *
   * @return the cluster name
   */
  public String clusterName() {
    return clusterName;
  }

  /**
   * Returns the API server's base URL.
   *
   * @return the server URL, such as {@code https://192.168.0.10:6443}
   */
  public URI server() {
    return server;
  }

  /**
   * Returns the name of the user entry the context uses.
   *
   * @return the user name, empty for an anonymous context
   */
  public Optional<String> userName() {
    return userName;
  }

  /**
   * Returns the namespace calls default to.
   *
   * @return the context's namespace, {@code default} when the kubeconfig sets none
   */
  public String namespace() {
    return namespace;
  }

  /**
   * Returns whether the kubeconfig switches off server certificate verification.
   *
   * @return true if any server certificate is accepted
   */
  public boolean insecureSkipTlsVerify() {
    return insecureSkipTlsVerify;
  }

  /**
   * Returns whether the user authenticates with a client certificate.
   *
   * @return true if a client certificate and key are configured
   */
  public boolean hasClientCertificate() {
    return clientCertificatePem.isPresent();
  }

  /**
   * Returns whether the user authenticates with a bearer token.
   *
   * @return true if a token is configured
   */
  public boolean hasToken() {
    return token.isPresent();
  }

  Optional<String> certificateAuthorityPem() {
    return certificateAuthorityPem;
  }

  Optional<String> clientCertificatePem() {
    return clientCertificatePem;
  }

  Optional<String> clientKeyPem() {
    return clientKeyPem;
  }

  Optional<String> token() {
    return token;
  }

  /**
   * Describes the context without its credentials.
   *
   * @return names, server, namespace and which kinds of credential are present
   */
  @Override
  public String toString() {
    return "KubeContext{name=" + name + ", cluster=" + clusterName + ", server=" + server
        + ", user=" + userName.orElse("") + ", namespace=" + namespace
        + ", clientCertificate=" + hasClientCertificate() + ", token=" + hasToken()
        + (insecureSkipTlsVerify ? ", insecureSkipTlsVerify=true" : "") + "}";
  }
}
