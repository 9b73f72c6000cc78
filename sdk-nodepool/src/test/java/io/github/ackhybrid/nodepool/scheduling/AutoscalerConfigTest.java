package io.github.ackhybrid.nodepool.scheduling;

import static io.github.ackhybrid.nodepool.scheduling.Trees.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AutoscalerConfigTest {

  @Test
  void keepsEverySettingAndOnlyThose() {
    AutoscalerConfig config = AutoscalerConfig.builder()
        .scanInterval(Duration.ofSeconds(30))
        .scaleDownUtilizationThreshold(new BigDecimal("0.5"))
        .scalerType(ScalerType.GOATSCALER)
        .build();

    assertEquals(Optional.of(Duration.ofSeconds(30)), config.scanInterval());
    assertEquals(Optional.of(new BigDecimal("0.5")), config.scaleDownUtilizationThreshold());
    assertEquals(Optional.of(ScalerType.GOATSCALER), config.scalerType());
    assertEquals(Optional.empty(), config.scaleDownEnabled());
    assertEquals(Optional.empty(), config.expander());
    assertEquals(Map.of(), config.priorities());
    assertEquals(AutoscalerConfig.DurationFormat.UNIT_SUFFIX, config.durationFormat());
    assertEquals("AutoscalerConfig{scanInterval=PT30S, scaleDownUtilizationThreshold=0.5, scalerType=GOATSCALER}",
        config.toString());
  }

  @Test
  void toBuilderCopiesAndChangesWithoutTouchingTheOriginal() {
    AutoscalerConfig config = AutoscalerConfig.of(b -> b.expander(Expander.PRIORITY)
        .priority(10, List.of("asg-a")).minReplicaCount(1));
    AutoscalerConfig changed = config.toBuilder().minReplicaCount(2).priority(20, List.of("asg-b")).build();

    assertEquals(Optional.of(1), config.minReplicaCount());
    assertEquals(Map.of(10, List.of("asg-a")), config.priorities());
    assertEquals(Optional.of(2), changed.minReplicaCount());
    assertEquals(Map.of(10, List.of("asg-a"), 20, List.of("asg-b")), changed.priorities());
    assertEquals(config, config.toBuilder().build());
    assertEquals(config.hashCode(), config.toBuilder().build().hashCode());
    assertNotEquals(config, changed);
  }

  @Test
  void prioritiesAreCopied() {
    List<String> ids = new ArrayList<>(List.of("asg-a"));
    AutoscalerConfig config = AutoscalerConfig.of(b -> b.expander(Expander.PRIORITY).priority(50, ids));
    ids.add("asg-b");

    assertEquals(List.of("asg-a"), config.priorities().get(50));
    assertThrows(UnsupportedOperationException.class, () -> config.priorities().put(1, List.of()));
    assertThrows(UnsupportedOperationException.class, () -> config.priorities().get(50).add("x"));
  }

  @Test
  void scanIntervalMustBeOneTheServiceAccepts() {
    for (int seconds : new int[] {15, 30, 60, 120, 180, 300}) {
      AutoscalerConfig.builder().scanInterval(Duration.ofSeconds(seconds));
    }
    assertEquals("autoscalerConfig.scanInterval must be 15, 30, 60, 120, 180 or 300 seconds, was PT45S",
        assertInvalid("autoscalerConfig.scanInterval",
            () -> AutoscalerConfig.builder().scanInterval(Duration.ofSeconds(45))).getMessage());
    assertInvalid("autoscalerConfig.scanInterval", () -> AutoscalerConfig.builder().scanInterval(null));
  }

  @Test
  void thresholdsAreBetweenATenthAndOne() {
    AutoscalerConfig.builder().scaleDownUtilizationThreshold(new BigDecimal("0.1"))
        .gpuScaleDownUtilizationThreshold(BigDecimal.ONE);
    assertEquals("autoscalerConfig.scaleDownUtilizationThreshold must be 0.1-1, was 0.05", assertInvalid(
        "autoscalerConfig.scaleDownUtilizationThreshold",
        () -> AutoscalerConfig.builder().scaleDownUtilizationThreshold(new BigDecimal("0.05"))).getMessage());
    assertInvalid("autoscalerConfig.gpuScaleDownUtilizationThreshold",
        () -> AutoscalerConfig.builder().gpuScaleDownUtilizationThreshold(new BigDecimal("1.01")));
  }

  @Test
  void scaleInDelaysAreWholeMinutesFromOneToSixty() {
    AutoscalerConfig.builder().scaleDownUnneededTime(Duration.ofMinutes(1))
        .scaleDownDelayAfterScaleOut(Duration.ofMinutes(60));
    for (Duration bad : List.of(Duration.ofSeconds(59), Duration.ofSeconds(90), Duration.ofMinutes(61), Duration.ZERO)) {
      assertInvalid("autoscalerConfig.scaleDownUnneededTime", () -> AutoscalerConfig.builder().scaleDownUnneededTime(bad));
      assertInvalid("autoscalerConfig.scaleDownDelayAfterScaleOut",
          () -> AutoscalerConfig.builder().scaleDownDelayAfterScaleOut(bad));
    }
  }

  @Test
  void countsAndTerminationTimeoutAreBounded() {
    assertInvalid("autoscalerConfig.minReplicaCount", () -> AutoscalerConfig.builder().minReplicaCount(-1));
    assertInvalid("autoscalerConfig.maxGracefulTermination",
        () -> AutoscalerConfig.builder().maxGracefulTermination(Duration.ofSeconds(-1)));
    assertInvalid("autoscalerConfig.maxGracefulTermination",
        () -> AutoscalerConfig.builder().maxGracefulTermination(Duration.ofMillis(1500)));
    assertInvalid("autoscalerConfig.maxGracefulTermination",
        () -> AutoscalerConfig.builder().maxGracefulTermination(Duration.ofSeconds(Integer.MAX_VALUE + 1L)));
    assertEquals(Optional.of(Duration.ZERO),
        AutoscalerConfig.of(b -> b.maxGracefulTermination(Duration.ZERO)).maxGracefulTermination());
  }

  @Test
  void prioritiesNeedThePriorityExpanderAndKeysFromOneToHundred() {
    assertEquals("autoscalerConfig.priorities must only be set with expander PRIORITY, was LEAST_WASTE",
        assertInvalid("autoscalerConfig.priorities", () -> AutoscalerConfig.builder().expander(Expander.LEAST_WASTE)
            .priority(10, List.of("asg-a")).build()).getMessage());
    assertInvalid("autoscalerConfig.priorities",
        () -> AutoscalerConfig.builder().priority(10, List.of("asg-a")).build());
    assertInvalid("autoscalerConfig.priorities[0]", () -> AutoscalerConfig.builder().priority(0, List.of("asg-a")));
    assertInvalid("autoscalerConfig.priorities[101]", () -> AutoscalerConfig.builder().priority(101, List.of("asg-a")));
    assertInvalid("autoscalerConfig.priorities[5]", () -> AutoscalerConfig.builder().priority(5, List.of()));
    assertInvalid("autoscalerConfig.priorities[5]", () -> AutoscalerConfig.builder().priority(5, List.of(" ")));
  }

  @Test
  void unknownEnumsCannotBeSentAndAnEmptyConfigIsRefused() {
    assertInvalid("autoscalerConfig.expander", () -> AutoscalerConfig.builder().expander(Expander.UNKNOWN));
    assertInvalid("autoscalerConfig.scalerType", () -> AutoscalerConfig.builder().scalerType(ScalerType.UNKNOWN));
    assertInvalid("autoscalerConfig", () -> AutoscalerConfig.builder().build());
    assertInvalid("autoscalerConfig",
        () -> AutoscalerConfig.builder().durationFormat(AutoscalerConfig.DurationFormat.BARE_NUMBER).build());
    assertTrue(AutoscalerConfig.of(b -> b.scaleDownEnabled(false)).scaleDownEnabled().isPresent());
  }

  @Test
  void openEnumsReadUnknownValues() {
    assertEquals(Expander.LEAST_WASTE, Expander.fromWire("least-waste"));
    assertEquals(Expander.UNKNOWN, Expander.fromWire("most-pods"));
    assertEquals(ScalerType.CLUSTER_AUTOSCALER, ScalerType.fromWire("cluster-autoscaler"));
    assertEquals(ScalerType.UNKNOWN, ScalerType.fromWire(null));
    assertEquals(UnitResource.ELASTIC, UnitResource.fromWire("elastic"));
    assertEquals(UnitResource.UNKNOWN, UnitResource.fromWire(""));
    assertEquals(PreemptPolicy.AFTER_ALL_UNITS, PreemptPolicy.fromWire("AfterAllUnits"));
    assertEquals(TryNextUnitsPolicy.UNKNOWN, TryNextUnitsPolicy.fromWire("Timeout"));
  }
}
