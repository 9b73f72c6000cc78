package io.github.ackhybrid.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ConfigurationException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubeconfigTest {
  private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.sEcReT-token-value";
  private static final String CERT_PEM = "-----BEGIN CERTIFICATE-----\nMIIBcertificatebody\n-----END CERTIFICATE-----\n";
  private static final String KEY_PEM = "-----BEGIN PRIVATE KEY-----\nMIIEsecretkeybody\n-----END PRIVATE KEY-----\n";
  private static final String CERT_DATA = b64(CERT_PEM);
  private static final String KEY_DATA = b64(KEY_PEM);

  private static final String MULTI = """
      apiVersion: v1
      kind: Config
      clusters:
      - name: mesh
        cluster:
          server: https://192.168.0.10:6443
          certificate-authority-data: %s
      - name: idc
        cluster:
          server: https://10.0.0.1:6443/k8s/clusters/c-1
          insecure-skip-tls-verify: true
      users:
      - name: "270000"
        user:
          client-certificate-data: %s
          client-key-data: %s
      - name: robot
        user:
          token: %s
      contexts:
      - name: mesh-admin
        context:
          cluster: mesh
          user: "270000"
          namespace: istio-demo
      - name: idc-robot
        context:
          cluster: idc
          user: robot
      current-context: mesh-admin
      preferences: {}
      """.formatted(CERT_DATA, CERT_DATA, KEY_DATA, TOKEN);

  @Test
  void listsContextsInFileOrderAndResolvesTheCurrentOne() {
    Kubeconfig config = Kubeconfig.parse(MULTI);

    assertEquals(List.of("mesh-admin", "idc-robot"), config.contexts());
    assertEquals(Optional.of("mesh-admin"), config.currentContextName());
    KubeContext current = config.currentContext();
    assertEquals("mesh-admin", current.name());
    assertEquals("mesh", current.clusterName());
    assertEquals(URI.create("https://192.168.0.10:6443/"), current.server());
    assertEquals(Optional.of("270000"), current.userName());
    assertEquals("istio-demo", current.namespace());
    assertTrue(current.hasClientCertificate());
    assertFalse(current.hasToken());
    assertEquals(Optional.of(CERT_PEM), current.certificateAuthorityPem());
    assertEquals(Optional.of(KEY_PEM), current.clientKeyPem());
  }

  @Test
  void otherContextDefaultsNamespaceAndKeepsServerPath() {
    KubeContext robot = Kubeconfig.parse(MULTI).context("idc-robot");

    assertEquals("default", robot.namespace());
    assertEquals(URI.create("https://10.0.0.1:6443/k8s/clusters/c-1"), robot.server());
    assertTrue(robot.insecureSkipTlsVerify());
    assertTrue(robot.hasToken());
    assertFalse(robot.hasClientCertificate());
    assertEquals(Optional.of(TOKEN), robot.token());
  }

  @Test
  void toStringsShowNamesAndServersButNoSecrets() {
    Kubeconfig config = Kubeconfig.parse(MULTI);
    String described = config + " " + config.currentContext() + " " + config.context("idc-robot");

    assertTrue(described.contains("mesh-admin"), described);
    assertTrue(described.contains("https://192.168.0.10:6443"), described);
    assertTrue(described.contains("270000"), described);
    for (String secret : List.of(TOKEN, "sEcReT", KEY_DATA.substring(0, 20), "secretkeybody", CERT_DATA.substring(0, 20))) {
      assertFalse(described.contains(secret), () -> "leaked " + secret + " in " + described);
    }
  }

  @Test
  void unknownContextListsTheKnownOnes() {
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> Kubeconfig.parse(MULTI).context("x"));

    assertEquals("kubeconfig has no context \"x\"; it has [mesh-admin, idc-robot]", e.getMessage());
  }

  @Test
  void contextReferringToUnknownUserOrClusterNamesBoth() {
    String yaml = """
        clusters: [{name: c, cluster: {server: "https://h:6443"}}]
        users: [{name: u, user: {token: abc}}]
        contexts:
        - {name: x, context: {cluster: c, user: y}}
        - {name: z, context: {cluster: nowhere, user: u}}
        - {name: w, context: {user: u}}
        """;
    Kubeconfig config = Kubeconfig.parse(yaml);

    assertEquals("kubeconfig context \"x\" refers to unknown user \"y\"",
        assertThrows(ConfigurationException.class, () -> config.context("x")).getMessage());
    assertEquals("kubeconfig context \"z\" refers to unknown cluster \"nowhere\"",
        assertThrows(ConfigurationException.class, () -> config.context("z")).getMessage());
    assertEquals("kubeconfig context \"w\" names no cluster",
        assertThrows(ConfigurationException.class, () -> config.context("w")).getMessage());
  }

  @Test
  void missingCurrentContextAndServerAreReported() {
    String yaml = """
        clusters: [{name: c, cluster: {certificate-authority-data: %s}}]
        contexts: [{name: only, context: {cluster: c}}]
        """.formatted(CERT_DATA);
    Kubeconfig config = Kubeconfig.parse(yaml);

    assertEquals("kubeconfig has no current-context; name one of its contexts [only]",
        assertThrows(ConfigurationException.class, config::currentContext).getMessage());
    assertEquals("kubeconfig cluster \"c\" has no server",
        assertThrows(ConfigurationException.class, () -> config.context("only")).getMessage());
  }

  @Test
  void contextWithoutUserIsAnonymous() {
    KubeContext context = Kubeconfig.parse("""
        clusters: [{name: c, cluster: {server: "http://127.0.0.1:8001"}}]
        contexts: [{name: proxy, context: {cluster: c}}]
        current-context: proxy
        """).currentContext();

    assertEquals(Optional.empty(), context.userName());
    assertFalse(context.hasToken());
    assertFalse(context.hasClientCertificate());
  }

  @Test
  void malformedYamlGivesPositionButNotTheOffendingLine() {
    String yaml = "users:\n- name: u\n  user:\n    token: " + TOKEN + ": oops\n";

    ConfigurationException e = assertThrows(ConfigurationException.class, () -> Kubeconfig.parse(yaml));

    assertTrue(e.getMessage().startsWith("kubeconfig is not valid YAML: mapping values are not allowed here at line 4"),
        e.getMessage());
    assertFalse(e.getMessage().contains("sEcReT"), e.getMessage());
    assertEquals(null, e.getCause());
  }

  @Test
  void rejectsDocumentsThatAreNotKubeconfigs() {
    assertEquals("kubeconfig must be a YAML mapping",
        assertThrows(ConfigurationException.class, () -> Kubeconfig.parse("- a\n- b\n")).getMessage());
    assertEquals("kubeconfig is empty",
        assertThrows(ConfigurationException.class, () -> Kubeconfig.parse("# nothing\n")).getMessage());
    assertEquals("kubeconfig clusters must be a list",
        assertThrows(ConfigurationException.class, () -> Kubeconfig.parse("clusters: {a: b}\n")).getMessage());
    assertEquals("kubeconfig users[0] has no name",
        assertThrows(ConfigurationException.class, () -> Kubeconfig.parse("users: [{user: {token: t}}]\n")).getMessage());
    assertEquals("kubeconfig contexts has two entries named \"a\"",
        assertThrows(ConfigurationException.class,
            () -> Kubeconfig.parse("contexts: [{name: a, context: {}}, {name: a, context: {}}]\n")).getMessage());
    assertEquals("kubeconfig clusters[0].cluster.insecure-skip-tls-verify must be true or false",
        assertThrows(ConfigurationException.class,
            () -> Kubeconfig.parse("clusters: [{name: a, cluster: {insecure-skip-tls-verify: maybe}}]\n")).getMessage());
  }

  @Test
  void aliasBombIsRefused() {
    StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      char p = (char) (c - 1);
      yaml.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *").append(p)
          .append(", *").append(p).append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
    }

    ConfigurationException e = assertThrows(ConfigurationException.class, () -> Kubeconfig.parse(yaml.toString()));

    assertTrue(e.getMessage().startsWith("kubeconfig is not valid YAML"), e.getMessage());
  }

  @Test
  void badSecretMaterialIsReportedWithoutItsValue() {
    String yaml = """
        clusters: [{name: c, cluster: {server: "https://h:6443"}}]
        users:
        - {name: bad64, user: {client-certificate-data: %s, client-key-data: "not*base64!sEcReT"}}
        - {name: halfcert, user: {client-certificate-data: %s}}
        - {name: exec, user: {exec: {command: aliyun}}}
        - {name: spaced, user: {token: "two words"}}
        contexts:
        - {name: bad64, context: {cluster: c, user: bad64}}
        - {name: halfcert, context: {cluster: c, user: halfcert}}
        - {name: exec, context: {cluster: c, user: exec}}
        - {name: spaced, context: {cluster: c, user: spaced}}
        """.formatted(CERT_DATA, CERT_DATA);
    Kubeconfig config = Kubeconfig.parse(yaml);

    assertEquals("kubeconfig user \"bad64\" client-key-data is not valid base64",
        assertThrows(ConfigurationException.class, () -> config.context("bad64")).getMessage());
    assertEquals("kubeconfig user \"halfcert\" has a client certificate but no client-key-data",
        assertThrows(ConfigurationException.class, () -> config.context("halfcert")).getMessage());
    assertTrue(assertThrows(ConfigurationException.class, () -> config.context("exec")).getMessage()
        .startsWith("kubeconfig user \"exec\" authenticates with exec plugin, which this SDK does not run"));
    assertEquals("kubeconfig user \"spaced\" token contains whitespace or control characters",
        assertThrows(ConfigurationException.class, () -> config.context("spaced")).getMessage());
  }

  @Test
  void serverMustBeHttpUrlWithoutCredentials() {
    String yaml = """
        clusters:
        - {name: ftp, cluster: {server: "ftp://h"}}
        - {name: creds, cluster: {server: "https://admin:sEcReT@h:6443"}}
        contexts:
        - {name: ftp, context: {cluster: ftp}}
        - {name: creds, context: {cluster: creds}}
        """;
    Kubeconfig config = Kubeconfig.parse(yaml);

    assertEquals("kubeconfig cluster \"ftp\" server is not an http or https URL",
        assertThrows(ConfigurationException.class, () -> config.context("ftp")).getMessage());
    ConfigurationException creds = assertThrows(ConfigurationException.class, () -> config.context("creds"));
    assertFalse(creds.getMessage().contains("sEcReT"));
    assertFalse(config.toString().contains("sEcReT"), config.toString());
  }

  @Test
  void invalidContextNamespaceIsReported() {
    String yaml = """
        clusters: [{name: c, cluster: {server: "https://h:6443"}}]
        contexts: [{name: x, context: {cluster: c, namespace: Prod_1}}]
        """;

    ConfigurationException e = assertThrows(ConfigurationException.class, () -> Kubeconfig.parse(yaml).context("x"));

    assertEquals("kubeconfig context \"x\" namespace must be 1-63 characters [a-z0-9-], was \"Prod_1\"", e.getMessage());
  }

  @Test
  void fileReferencesResolveAgainstTheKubeconfigDirectory(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("ca.crt"), CERT_PEM);
    Files.writeString(dir.resolve("token"), TOKEN + "\n");
    Path file = dir.resolve("config");
    Files.writeString(file, """
        clusters: [{name: c, cluster: {server: "https://h:6443", certificate-authority: ca.crt}}]
        users: [{name: u, user: {tokenFile: token}}]
        contexts: [{name: x, context: {cluster: c, user: u}}]
        current-context: x
        """);

    KubeContext context = Kubeconfig.read(file).currentContext();

    assertEquals(Optional.of(CERT_PEM), context.certificateAuthorityPem());
    assertEquals(Optional.of(TOKEN), context.token());
  }

  @Test
  void unreadableFilesAreNamed(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("absent");
    assertTrue(assertThrows(ConfigurationException.class, () -> Kubeconfig.read(missing)).getMessage()
        .startsWith("cannot read kubeconfig file "));

    Path file = dir.resolve("config");
    Files.writeString(file, """
        clusters: [{name: c, cluster: {server: "https://h:6443", certificate-authority: nope.crt}}]
        contexts: [{name: x, context: {cluster: c}}]
        """);
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> Kubeconfig.read(file).context("x"));
    assertEquals("cannot read kubeconfig cluster \"c\" certificate-authority file " + dir.resolve("nope.crt"),
        e.getMessage());
  }

  private static String b64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
