package org.morgue.server.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus text format ends every line with {@code \n}, whatever the platform: an exposition
 * built with {@code %n} gets {@code \r\n} on Windows, which scrapers reject. Checked in a child JVM
 * whose line separator is {@code \r\n}, since a running JVM's cannot be changed.
 */
class ExpositionLineEndsTest {

  /** Prints the exposition of one recorded request, for the child JVM. */
  public static void main(String[] args) {
    RequestMetrics metrics = new RequestMetrics();
    metrics.record("GET", "/api/search", 200, 3_000_000);
    System.out.print(metrics.render(new RequestMetrics.IndexGauges(6, 1234, Optional.of(1.5))));
  }

  @Test
  void everyLineEndsWithANewlineEvenWhereTheSystemSeparatorIsCrLf() throws Exception {
    Process child = new ProcessBuilder(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Dline.separator=\r\n",
            "-cp",
            System.getProperty("java.class.path"),
            ExpositionLineEndsTest.class.getName()))
        .redirectErrorStream(true)
        .start();
    String text = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, child.waitFor(), text);
    assertTrue(
        text.contains(
            "morgue_http_requests_total{method=\"GET\",route=\"/api/search\",status=\"200\"} 1.0\n"),
        text);
    assertEquals(-1, text.indexOf('\r'), "a carriage return in the exposition");
  }
}
