package io.github.ackhybrid.testing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void appliesDueChangesInTimeOrderAtTheirOwnInstant() {
    Timeline timeline = new Timeline();
    List<String> applied = new ArrayList<>();
    timeline.at(T0.plusSeconds(20), at -> applied.add("b@" + at.getEpochSecond()));
    timeline.at(T0.plusSeconds(10), at -> applied.add("a@" + at.getEpochSecond()));
    timeline.at(T0.plusSeconds(99), at -> applied.add("late"));

    timeline.runDue(T0.plusSeconds(30));

    assertEquals(List.of("a@" + (T0.getEpochSecond() + 10), "b@" + (T0.getEpochSecond() + 20)), applied);
  }

  @Test
  void changesScheduledByDueChangesRunWhenDueToo() {
    Timeline timeline = new Timeline();
    List<String> applied = new ArrayList<>();
    timeline.at(T0, at -> {
      applied.add("first");
      timeline.at(at.plusSeconds(5), next -> applied.add("second"));
      timeline.at(at.plusSeconds(500), next -> applied.add("much later"));
    });

    timeline.runDue(T0.plusSeconds(60));

    assertEquals(List.of("first", "second"), applied);
  }

  @Test
  void clearDropsEverything() {
    Timeline timeline = new Timeline();
    List<String> applied = new ArrayList<>();
    timeline.at(T0, at -> applied.add("x"));

    timeline.clear();
    timeline.runDue(T0.plusSeconds(1));

    assertEquals(List.of(), applied);
  }
}
