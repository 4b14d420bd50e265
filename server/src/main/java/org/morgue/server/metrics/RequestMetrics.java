package org.morgue.server.metrics;

import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Counts answered requests by method, route and status, and a latency histogram by route, with the
 * Prometheus Java client; its JVM instrumentation adds GC, heap, thread and class-loading metrics.
 * Routes are templates ({@code /api/stories/{id}}), never raw paths, so a client cannot grow the
 * label set. Each instance has its own registry (never the client's static default one), so tests and
 * two servers in one JVM count apart.
 */
public final class RequestMetrics {

  /** Upper bounds in seconds: search answers in milliseconds, exports can take seconds. */
  static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
  /** The text format the client writes: Prometheus 0.0.4, which every scraper reads. */
  public static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

  private static final String BUILT_AT = "morgue_index_last_build_timestamp_seconds";

  /** What the served index holds, for the index gauges. */
  public record IndexGauges(long stories, long bytes, Optional<Double> builtAtEpochSeconds) {}

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Counter requests;
  private final Histogram latency;
  private final Gauge stories;
  private final Gauge bytes;
  private final Gauge builtAt;
  private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();

  public RequestMetrics() {
    requests = Counter.builder()
        .name("morgue_http_requests_total")
        .help("Requests answered, by method, route and status.")
        .labelNames("method", "route", "status")
        .register(registry);
    // Classic buckets only: the text format has no native histograms, and the bounds are the ones
    // the
    // docs and dashboards use.
    latency = Histogram.builder()
        .name("morgue_http_request_duration_seconds")
        .help("Time to answer a request, by route.")
        .classicOnly()
        .classicUpperBounds(BUCKETS)
        .labelNames("route")
        .register(registry);
    stories = Gauge.builder()
        .name("morgue_index_stories")
        .help("Stories in the served index.")
        .register(registry);
    bytes = Gauge.builder()
        .name("morgue_index_size_bytes")
        .help("Size on disk of the served index build.")
        .register(registry);
    builtAt = Gauge.builder()
        .name(BUILT_AT)
        .help("When the served build was committed (Unix time).")
        .register(registry);
    JvmMetrics.builder().register(registry);
  }

  /** Records one answered request. */
  public void record(String method, String route, int status, long nanos) {
    requests.labelValues(method, route, Integer.toString(status)).inc();
    latency.labelValues(route).observe(nanos / 1e9);
  }

  /**
   * The Prometheus text exposition (format 0.0.4): the request metrics, the index gauges, then the
   * JVM's. The build time is left out when the build does not record one.
   */
  public String render(IndexGauges index) {
    stories.set(index.stories());
    bytes.set(index.bytes());
    index.builtAtEpochSeconds().ifPresent(builtAt::set);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writer.write(
          out,
          registry.scrape(
              name -> index.builtAtEpochSeconds().isPresent() || !name.equals(BUILT_AT)),
          EscapingScheme.DEFAULT);
    } catch (IOException e) {
      throw new UncheckedIOException("a byte array stream does not fail", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
