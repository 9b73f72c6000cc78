package io.github.ackhybrid.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterKubeconfigContextsTest {

  @Test
  void everyContextIsRegisteredAndGetsAnAgentManifestNextToTheKubeconfig(@TempDir Path dir) throws IOException {
    Path kubeconfig = dir.resolve("config");
    Files.writeString(kubeconfig, """
        apiVersion: v1
        kind: Config
        clusters:
        - {name: idc, cluster: {server: "https://10.0.0.1:6443"}}
        - {name: edge, cluster: {server: "https://10.0.0.2:6443"}}
        users: [{name: admin, user: {token: not-a-real-token}}]
        contexts:
        - {name: kubernetes-admin@idc, context: {cluster: idc, user: admin}}
        - {name: edge, context: {cluster: edge, user: admin}}
        current-context: edge
        """);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    int status = RegisterKubeconfigContexts.run(new String[] {kubeconfig.toString()},
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, out);
    assertTrue(out.contains("registered 2 clusters"), out);
    assertTrue(out.contains("kubernetes-admin@idc (https://10.0.0.1:6443/) -> c"), out);
    assertTrue(!out.contains("not-a-real-token"), out);
    assertTrue(Files.readString(dir.resolve("kubernetes-admin-idc-agent.yaml")).contains("kind:"));
    assertTrue(Files.readString(dir.resolve("edge-agent.yaml")).contains("kind:"));
  }

  @Test
  void aMissingFileFailsWithStatusOne(@TempDir Path dir) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = RegisterKubeconfigContexts.run(new String[] {dir.resolve("absent").toString()},
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(1, status);
    assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("Registration failed"));
  }

  @Test
  void contextNamesBecomeValidClusterNames() {
    assertEquals("kubernetes-admin-idc", RegisterKubeconfigContexts.clusterName("kubernetes-admin@idc"));
    assertEquals("arn-aws-eks-us-east-1-1-cluster-prod",
        RegisterKubeconfigContexts.clusterName("arn:aws:eks:us-east-1:1:cluster/prod"));
    assertEquals("cluster", RegisterKubeconfigContexts.clusterName("@@"));
    assertEquals(63, RegisterKubeconfigContexts.clusterName("a".repeat(80)).length());
  }
}
