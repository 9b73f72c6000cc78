package io.github.ackhybrid.kube.internal;

import io.github.ackhybrid.core.exception.ConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Builds the TLS setup for one API server from kubeconfig material: which server certificates to
 * trust (the kubeconfig's CA, the platform's CAs, or, when the kubeconfig says so, any) and which
 * client certificate to present.
 */
public final class KubeTls {
  // The key store lives only in memory for the lifetime of the SSLContext; the JDK insists on a password.
  private static final char[] IN_MEMORY_PASSWORD = "in-memory".toCharArray();

  private final SSLSocketFactory socketFactory;
  private final X509TrustManager trustManager;
  private final Optional<HostnameVerifier> hostnameVerifier;

  private KubeTls(SSLSocketFactory socketFactory, X509TrustManager trustManager, Optional<HostnameVerifier> hostnameVerifier) {
    this.socketFactory = socketFactory;
    this.trustManager = trustManager;
    this.hostnameVerifier = hostnameVerifier;
  }

  /**
   * Builds the TLS setup.
   *
   * @param caPem PEM certificates to trust instead of the platform's CAs, if any
   * @param insecureSkipVerify trust any server certificate and host name; must not be combined with {@code caPem}
   * @param clientCertificatePem PEM client certificate chain, leaf first, if the user authenticates with one
   * @param clientKeyPem PEM private key of that certificate; present exactly when the certificate is
   * @param source where the material came from, for messages, e.g. {@code kubeconfig context "admin"}
   * @return the TLS setup
   * @throws ConfigurationException if a certificate or key cannot be read or the options conflict;
   *     the message never quotes key material
   */
  public static KubeTls create(Optional<String> caPem, boolean insecureSkipVerify,
      Optional<String> clientCertificatePem, Optional<String> clientKeyPem, String source) {
    if (caPem.isPresent() && insecureSkipVerify) {
      throw new ConfigurationException(source + " sets both a certificate authority and insecure-skip-tls-verify; remove one");
    }
    if (clientCertificatePem.isPresent() != clientKeyPem.isPresent()) {
      throw new ConfigurationException(source + " needs both a client certificate and its key, or neither");
    }
    try {
      X509TrustManager trust = insecureSkipVerify
          ? new TrustAnyServer()
          : trustManager(caPem.map(pem -> certificates(pem, source + " certificate-authority")));
      KeyManager[] keys = null;
      if (clientCertificatePem.isPresent()) {
        List<X509Certificate> chain = certificates(clientCertificatePem.get(), source + " client certificate");
        PrivateKey key = PrivateKeys.parse(clientKeyPem.get(), source + " client key");
        keys = keyManagers(chain, key);
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys, new TrustManager[] {trust}, null);
      Optional<HostnameVerifier> verifier =
          insecureSkipVerify ? Optional.of((host, session) -> true) : Optional.empty();
      return new KubeTls(context.getSocketFactory(), trust, verifier);
    } catch (GeneralSecurityException | IOException e) {
      throw new ConfigurationException(source + ": cannot set up TLS (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  /**
   * Returns the socket factory to give OkHttp.
   *
   * @return the socket factory
   */
  public SSLSocketFactory socketFactory() {
    return socketFactory;
  }

  /**
   * Returns the trust manager that goes with {@link #socketFactory()}.
   *
   * @return the trust manager
   */
  public X509TrustManager trustManager() {
    return trustManager;
  }

  /**
   * Returns the host name verifier to use instead of OkHttp's, present only when verification is
   * switched off.
   *
   * @return the replacement verifier, if any
   */
  public Optional<HostnameVerifier> hostnameVerifier() {
    return hostnameVerifier;
  }

  /**
   * Reads every {@code CERTIFICATE} block of PEM text.
   *
   * @param pem PEM text
   * @param source where the text came from, for messages
   * @return the certificates in order, at least one
   * @throws ConfigurationException if the text holds no certificate or a malformed one
   */
  public static List<X509Certificate> certificates(String pem, String source) {
    List<Pem.Block> blocks;
    try {
      blocks = Pem.parse(pem);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(source + " is not valid PEM: " + e.getMessage());
    }
    List<X509Certificate> certificates = new ArrayList<>();
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      for (Pem.Block block : blocks) {
        if (block.label().equals("CERTIFICATE")) {
          certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(block.der())));
        }
      }
    } catch (CertificateException e) {
      throw new ConfigurationException(source + " holds a malformed certificate", e);
    }
    if (certificates.isEmpty()) {
      throw new ConfigurationException(source + " holds no PEM CERTIFICATE block");
    }
    return certificates;
  }

  private static X509TrustManager trustManager(Optional<List<X509Certificate>> authorities)
      throws GeneralSecurityException, IOException {
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    if (authorities.isPresent()) {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      List<X509Certificate> list = authorities.get();
      for (int i = 0; i < list.size(); i++) {
        store.setCertificateEntry("ca-" + i, list.get(i));
      }
      factory.init(store);
    } else {
      factory.init((KeyStore) null);
    }
    for (TrustManager manager : factory.getTrustManagers()) {
      if (manager instanceof X509TrustManager x509) {
        return x509;
      }
    }
    throw new GeneralSecurityException("no X509TrustManager available");
  }

  private static KeyManager[] keyManagers(List<X509Certificate> chain, PrivateKey key)
      throws GeneralSecurityException, IOException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry("client", key, IN_MEMORY_PASSWORD, chain.toArray(new Certificate[0]));
    KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    factory.init(store, IN_MEMORY_PASSWORD);
    return factory.getKeyManagers();
  }

  /** Used only when the kubeconfig sets insecure-skip-tls-verify, as kubectl does. */
  private static final class TrustAnyServer implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
      throw new CertificateException("this trust manager only checks servers");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
      // Trusting every server is exactly what insecure-skip-tls-verify asks for.
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
