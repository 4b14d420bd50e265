package org.morgue.indexer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProgressBarTest {

  static Stream<Arguments> lines() {
    return Stream.of(
        Arguments.of(0, 0, 0, 0, 1_000, "0 stories  0/s"),
        Arguments.of(1_200, 0, 0, 0, 3_000, "1,200 stories  400/s"),
        Arguments.of(500, 0, 250, 1_000, 10_000, "[######..................]  25% 500 stories  50/s  ETA 0:30"),
        Arguments.of(21_578, 2, 1_000, 1_000, 60_000, "[########################] 100% 21,578 stories  360/s  (2 skipped)"),
        Arguments.of(10, 0, 1, 10_000, 10_000, "[........................]   0% 10 stories  1/s  ETA 27:46:30"));
  }

  @ParameterizedTest
  @MethodSource("lines")
  void rendersCountersAsOneLine(long stories, long skipped, long done, long total, long millis, String expected) {
    assertEquals(expected, ProgressBar.render(stories, skipped, done, total, Duration.ofMillis(millis)));
  }
}
