package io.github.ackhybrid.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ackhybrid.cluster.model.AgentManifest;
import io.github.ackhybrid.cluster.model.UserKubeconfig;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Agent manifests and kubeconfigs never show their content in toString and are written owner-only. */
class SecretsTest {
  private static final String AGENT_YAML = "apiVersion: v1\nkind: Secret\nstringData:\n  accessKeySecret: AGENT-SECRET-42\n";
  private static final String KUBECONFIG_YAML = "apiVersion: v1\nkind: Config\nusers:\n- user:\n    token: KUBE-TOKEN-42\n";

  private final MockCs cs = new MockCs();

  @TempDir
  Path dir;

  @AfterEach
  void stop() throws Exception {
    cs.close();
  }

  @Test
  void agentManifestIsRedactedAndWrittenOwnerOnly() throws Exception {
    cs.ok("{\"config\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(AGENT_YAML) + "}");
    AgentManifest manifest = cs.client.agentManifest("c1");

    assertFalse(manifest.toString().contains("AGENT-SECRET-42"), manifest.toString());
    assertFalse(manifest.toString().contains("kind: Secret"), manifest.toString());

    Path written = manifest.writeTo(dir.resolve("agent.yaml"));
    assertEquals(AGENT_YAML, Files.readString(written));
    assertOwnerOnly(written);
  }

  @Test
  void kubeconfigIsRedactedAndReplacesALooserFileOwnerOnly() throws Exception {
    cs.ok("{\"config\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(KUBECONFIG_YAML)
        + ",\"expiration\":\"2024-03-10T09:56:17Z\"}");
    UserKubeconfig kubeconfig = cs.client.userKubeconfig("c1");
    Path target = dir.resolve("nested/kubeconfig");
    Files.createDirectories(target.getParent());
    Files.writeString(target, "old content");
    if (posix()) {
      Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
    }

    assertFalse(kubeconfig.toString().contains("KUBE-TOKEN-42"), kubeconfig.toString());
    assertTrue(kubeconfig.toString().contains("2024-03-10T09:56:17Z"), "the expiry is no secret");

    kubeconfig.writeTo(target);
    assertEquals(KUBECONFIG_YAML, Files.readString(target));
    assertOwnerOnly(target);
    try (var files = Files.list(target.getParent())) {
      assertEquals(List.of(target), files.toList(), "no temporary file is left behind");
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  private static void assertOwnerOnly(Path file) throws Exception {
    assumeTrue(posix(), "owner-only permissions need a POSIX file system");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }
}
