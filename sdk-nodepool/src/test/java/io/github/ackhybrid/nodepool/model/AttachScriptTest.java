package io.github.ackhybrid.nodepool.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachScriptTest {
  private static final String COMMAND = "curl http://aliacs-k8s-cn-chengdu.oss-cn-chengdu-internal.aliyuncs.com/public/pkg/"
      + "run/attach/1.33.1-aliyun.1/attach_node.sh | bash -s -- --node-name-mode nodeip --openapi-token s3cr3t-T0KEN"
      + " --addon-names flannel,csi-plugin";

  private static AttachScript script(String command) {
    return AttachScript.builder().clusterId("c1").nodePoolId("np1").command(command)
        .expiresAt(Instant.parse("2026-11-23T10:00:00Z")).build();
  }

  @Test
  void toStringMasksTheTokenButKeepsTheRestReadable() {
    AttachScript s = script(COMMAND);
    String text = s.toString();
    assertFalse(text.contains("s3cr3t-T0KEN"), text);
    assertTrue(text.contains("--openapi-token **** --addon-names flannel,csi-plugin"), text);
    assertTrue(text.contains("np1") && text.contains("2026-11-23T10:00:00Z"), text);
    assertEquals(COMMAND, s.command());
  }

  @Test
  void masksEdgeAndUrlTokenForms() {
    assertEquals("./edgeadm join --openapi-token=**** --node-spec=\"{}\"",
        script("./edgeadm join --openapi-token=abc.def --node-spec=\"{}\"").redactedCommand());
    assertEquals("curl 'https://x/attach?token=****&v=1' | sh",
        script("curl 'https://x/attach?token=abcdef&v=1' | sh").redactedCommand());
    assertEquals("run --Token \"****\" now", script("run --Token \"a b\" now").redactedCommand());
  }

  @Test
  void knowsWhenItHasExpired() {
    AttachScript s = script(COMMAND);
    assertFalse(s.isExpiredAt(Instant.parse("2026-11-23T09:59:59Z")));
    assertTrue(s.isExpiredAt(Instant.parse("2026-11-23T10:00:00Z")));
    assertFalse(AttachScript.builder().clusterId("c").nodePoolId("n").command("x").build().isExpiredAt(Instant.MAX));
  }

  @Test
  void writesAnOwnerOnlyScript(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("attach.sh");
    Files.writeString(file, "old content");
    Path written = script(COMMAND).writeTo(file);
    assertEquals(file.toAbsolutePath(), written);
    String text = Files.readString(file);
    assertTrue(text.startsWith("#!/bin/sh\n"), text);
    assertTrue(text.contains(COMMAND + "\n"), text);
    assertTrue(text.contains("expires at 2026-11-23T10:00:00Z"), text);
    assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    try (var leftovers = Files.list(dir)) {
      assertEquals(1, leftovers.count(), "the temporary file was moved into place");
    }
  }
}
