package io.github.ackhybrid.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example program answers {@code --help} and {@code -h} with its usage and a line for each
 * option of that usage, exits with 0, and starts nothing; a word the program does not take is
 * refused rather than ignored.
 */
class ExampleHelpTest {
  private static final Pattern OPTION = Pattern.compile("--[a-z-]+");
  private static final Map<String, BiFunction<String[], PrintStream, Integer>> PROGRAMS = Map.of(
      "HybridCloudTour", HybridCloudTour::run,
      "RegisterKubeconfigContexts", RegisterKubeconfigContexts::run,
      "OnboardServersFromCsv", OnboardServersFromCsv::run,
      "ProgressiveCanary", ProgressiveCanary::run,
      "MonthlyCostCsv", MonthlyCostCsv::run);

  @TestFactory
  Stream<DynamicTest> everyProgramExplainsEachOfItsOptions() {
    return PROGRAMS.entrySet().stream().flatMap(program -> Stream.of("--help", "-h").map(flag ->
        DynamicTest.dynamicTest(program.getKey() + " " + flag, () -> {
          Program help = Program.run(program.getValue(), flag);

          assertEquals(0, help.status, help.out);
          String usage = help.out.lines().findFirst().orElse("");
          assertTrue(usage.startsWith("usage: " + program.getKey()), help.out);
          List<String> explained = help.out.lines().map(String::strip).filter(l -> l.startsWith("--"))
              .map(l -> l.split("[ ,]")[0]).collect(Collectors.toList());
          OPTION.matcher(usage).results().map(m -> m.group()).forEach(option ->
              assertTrue(explained.contains(option), program.getKey() + " --help does not explain " + option
                  + ":\n" + help.out));
          assertTrue(help.out.contains("Exit status: 0"), help.out);
          assertFalse(help.out.contains("simulator at http"), "nothing was started:\n" + help.out);
        })));
  }

  @Test
  void helpWinsOverAMistypedOption() {
    Program help = Program.run(ProgressiveCanary::run, "--stpe", "20", "--help");

    assertEquals(0, help.status, help.out);
    assertTrue(help.out.startsWith("usage: ProgressiveCanary"), help.out);
  }

  @Test
  void aWordTheProgramDoesNotTakeIsRefusedBeforeAnythingStarts() {
    Program canary = Program.run(ProgressiveCanary::run, "fast");
    Program cost = Program.run(MonthlyCostCsv::run, "2026-10");

    assertEquals(1, canary.status, canary.out);
    assertTrue(canary.out.contains("fast is not an argument of this program"), canary.out);
    assertFalse(canary.out.contains("created mesh"), canary.out);
    assertEquals(1, cost.status, cost.out);
    assertTrue(cost.out.contains("2026-10 is not an argument of this program"), cost.out);
    assertTrue(cost.out.contains("usage: MonthlyCostCsv"), cost.out);
  }
}
