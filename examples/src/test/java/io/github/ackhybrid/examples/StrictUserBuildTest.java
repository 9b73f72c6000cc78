package io.github.ackhybrid.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Users compile against the SDK's jars without Immutables, which the SDK needs only to compile; a
 * build with {@code -Xlint:all -Werror} must still pass. Generated classes used to carry
 * {@code @org.immutables.value.Generated}, and javac warned once per class it read ("Cannot find
 * annotation method 'from()' in type 'Generated'").
 */
class StrictUserBuildTest {
  private static final String USER_CODE = String.join("\n",
      "import io.github.ackhybrid.cluster.billing.QueryBillOverviewRequest;",
      "import io.github.ackhybrid.cluster.model.Tag;",
      "import io.github.ackhybrid.core.CloudConfig;",
      "import io.github.ackhybrid.core.Page;",
      "import io.github.ackhybrid.core.RetryPolicy;",
      "import io.github.ackhybrid.kube.Kubeconfig;",
      "import io.github.ackhybrid.mesh.AddClusterRequest;",
      "import io.github.ackhybrid.mesh.model.SwimLane;",
      "import io.github.ackhybrid.nodepool.model.AttachScript;",
      "import io.github.ackhybrid.nodepool.model.Label;",
      "import io.github.ackhybrid.testing.CloudSimulator;",
      "import java.time.Duration;",
      "import java.time.YearMonth;",
      "import java.util.List;",
      "",
      "public final class StrictUser {",
      "  public static List<Object> values(CloudSimulator sim, Kubeconfig kubeconfig) {",
      "    CloudConfig cloud = sim.cloudConfig().retryPolicy(RetryPolicy.builder().maxAttempts(2).build()).build();",
      "    Tag tag = Tag.builder().key(\"env\").value(\"prod\").build();",
      "    QueryBillOverviewRequest bill = QueryBillOverviewRequest.builder().billingCycle(YearMonth.of(2026, 10)).build();",
      "    Label label = Label.builder().from(Label.of(\"workload\", \"training\")).build();",
      "    AttachScript script = AttachScript.builder().clusterId(\"c1\").nodePoolId(\"np1\")",
      "        .command(\"curl http://x/attach_node.sh | bash -s -- --openapi-token t\").build();",
      "    AddClusterRequest add = AddClusterRequest.builder().meshId(\"m1\").clusterId(\"c1\").build();",
      "    SwimLane.Builder lane = SwimLane.builder().name(\"gray\");",
      "    return List.of(cloud, tag, bill, label, script.expiresAt(), add, lane, Page.of(List.of(tag)),",
      "        kubeconfig.currentContext(), Duration.ofMinutes(1));",
      "  }",
      "}",
      "");

  @Test
  void immutablesIsNotOnTheClassPathAsInAUsersBuild() {
    List<String> entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> e.contains("immutables")).collect(Collectors.toList());
    assertEquals(List.of(), entries, "the test must see the class path a user has");
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.immutables.value.Generated"));
  }

  @Test
  void codeUsingTheModelsOfEveryPublishedModuleCompilesWithEveryLintAsAnError(@TempDir Path classes) {
    Map<String, List<String>> diagnostics = UserCompiler.compile(Map.of("StrictUser", USER_CODE), classes);
    assertEquals(List.of(), diagnostics.getOrDefault("StrictUser", List.of()),
        "javac " + String.join(" ", UserCompiler.STRICT) + " on code that uses the SDK");
    assertTrue(classes.resolve("StrictUser.class").toFile().isFile(), "the user's class was compiled");
  }
}
