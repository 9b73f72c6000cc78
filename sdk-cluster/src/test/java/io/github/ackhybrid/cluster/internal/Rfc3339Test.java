package io.github.ackhybrid.cluster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rfc3339Test {

  @Test
  void readsTheCommonShapeExactlyAsTheGeneralParserDoes() {
    for (String text : List.of("2020-11-10T16:02:04+08:00", "2020-09-27T19:14:09.156823496+08:00",
        "2026-01-13T23:01:03Z", "2024-02-29T00:00:00.5-05:30", "1969-12-31T23:59:59.999Z",
        "2025-11-25T15:50:20.123+18:00", "0001-01-01T00:00:00-18:00", "2026-11-23T10:20:00.000000001+00:00")) {
      assertEquals(OffsetDateTime.parse(text).toInstant(), Rfc3339.parseOrNull(text), text);
    }
  }

  @Test
  void leavesEveryOtherShapeAndEveryInvalidTimeToTheGeneralParser() {
    for (String text : List.of("", "2020-11-10 16:02:04", "2020-11-10t16:02:04Z", "2020-11-10T16:02:04z",
        "2020-11-10T16:02:04", "2020-11-10T16:02:04+0800", "2020-11-10T16:02:04+08:00:30",
        "2020-11-10T16:02:04.+08:00", "2020-11-10T16:02:04.1234567891Z", "2021-02-29T00:00:00Z",
        "2020-13-10T16:02:04Z", "2020-11-10T24:00:00Z", "2020-11-10T16:60:00Z", "2020-11-10T16:02:60Z",
        "2020-11-10T16:02:04+18:01", "2020-11-10T16:02:04+08:60", "+2020-11-10T16:02:04Z", "2020-1a-10T16:02:04Z",
        "1605024124000")) {
      assertNull(Rfc3339.parseOrNull(text), text);
    }
  }
}
