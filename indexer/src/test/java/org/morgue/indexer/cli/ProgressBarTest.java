package org.morgue.indexer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.morgue.indexer.index.IndexProgress;

class ProgressBarTest {

  static Stream<Arguments> lines() {
    return Stream.of(
        Arguments.of(0, 0, 0, 0, 1_000, "0 stories  0/s"),
        Arguments.of(1_200, 0, 0, 0, 3_000, "1,200 stories  400/s"),
        Arguments.of(
            500,
            0,
            250,
            1_000,
            10_000,
            "[######..................]  25% 500 stories  50/s  ETA 0:30"),
        Arguments.of(
            21_578,
            2,
            1_000,
            1_000,
            60_000,
            "[########################] 100% 21,578 stories  360/s  (2 skipped)"),
        Arguments.of(
            10,
            0,
            1,
            10_000,
            10_000,
            "[........................]   0% 10 stories  1/s  ETA 27:46:30"));
  }

  @ParameterizedTest
  @MethodSource("lines")
  void rendersCountersAsOneLine(
      long stories, long skipped, long done, long total, long millis, String expected) {
    assertEquals(
        expected, ProgressBar.render(stories, skipped, done, total, Duration.ofMillis(millis)));
  }

  @Test
  void withoutATerminalEachUpdateIsAPlainLineWithTheTimeSoFar() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    long[] now = {0};
    ProgressBar lines = new ProgressBar(err, new IndexProgress(), () -> now[0], false);
    now[0] = 7_000_000_000L;
    lines.draw();
    now[0] = 12_000_000_000L;
    lines.draw();
    lines.close();
    // No carriage return or escape code: a log file or CI output reads line by line.
    assertEquals(
        "indexing: 0 stories  0/s after 0:07\nindexing: 0 stories  0/s after 0:12\n",
        bytes.toString(StandardCharsets.UTF_8));
  }
}
