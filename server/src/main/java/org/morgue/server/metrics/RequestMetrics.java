package org.morgue.server.metrics;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts answered requests by method, route and status, and a latency histogram by route. Routes are
 * templates ({@code /api/stories/{id}}), never raw paths, so a client cannot grow the label set.
 */
public final class RequestMetrics {

  /** Upper bounds in seconds: search answers in milliseconds, exports can take seconds. */
  static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  /** What the served index holds, for the index gauges. */
  public record IndexGauges(long stories, long bytes, Optional<Double> builtAtEpochSeconds) {}

  private record Key(String method, String route, String status) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = route.compareTo(o.route);
      c = c != 0 ? c : method.compareTo(o.method);
      return c != 0 ? c : status.compareTo(o.status);
    }
  }

  private static final class Histogram {
    final LongAdder[] counts = new LongAdder[BUCKETS.length];
    final LongAdder count = new LongAdder();
    final AtomicLong sumNanos = new AtomicLong();

    Histogram() {
      for (int i = 0; i < counts.length; i++) {
        counts[i] = new LongAdder();
      }
    }
  }

  private final Map<Key, LongAdder> requests = new ConcurrentSkipListMap<>();
  private final Map<String, Histogram> latency = new ConcurrentHashMap<>();

  /** Records one answered request. */
  public void record(String method, String route, int status, long nanos) {
    requests.computeIfAbsent(new Key(method, route, Integer.toString(status)), k -> new LongAdder()).increment();
    Histogram h = latency.computeIfAbsent(route, r -> new Histogram());
    double seconds = nanos / 1e9;
    for (int i = 0; i < BUCKETS.length; i++) {
      if (seconds <= BUCKETS[i]) {
        h.counts[i].increment();
      }
    }
    h.count.increment();
    h.sumNanos.addAndGet(nanos);
  }

  /** Prometheus text exposition format 0.0.4, lines in a stable order. */
  public String render(IndexGauges index) {
    StringBuilder out = new StringBuilder();
    out.append("# HELP morgue_http_requests_total Requests answered, by method, route and status.\n");
    out.append("# TYPE morgue_http_requests_total counter\n");
    requests.forEach((k, n) -> out.append(String.format(Locale.ROOT,
        "morgue_http_requests_total{method=\"%s\",route=\"%s\",status=\"%s\"} %d\n", k.method(), escape(k.route()),
        k.status(), n.sum())));
    out.append("# HELP morgue_http_request_duration_seconds Time to answer a request, by route.\n");
    out.append("# TYPE morgue_http_request_duration_seconds histogram\n");
    new java.util.TreeMap<>(latency).forEach((route, h) -> {
      String r = escape(route);
      for (int i = 0; i < BUCKETS.length; i++) {
        out.append(String.format(Locale.ROOT, "morgue_http_request_duration_seconds_bucket{route=\"%s\",le=\"%s\"} %d\n",
            r, number(BUCKETS[i]), h.counts[i].sum()));
      }
      long count = h.count.sum();
      out.append(String.format(Locale.ROOT, "morgue_http_request_duration_seconds_bucket{route=\"%s\",le=\"+Inf\"} %d\n", r, count));
      out.append(String.format(Locale.ROOT, "morgue_http_request_duration_seconds_sum{route=\"%s\"} %s\n", r,
          number(h.sumNanos.get() / 1e9)));
      out.append(String.format(Locale.ROOT, "morgue_http_request_duration_seconds_count{route=\"%s\"} %d\n", r, count));
    });
    out.append("# HELP morgue_index_stories Stories in the served index.\n# TYPE morgue_index_stories gauge\n");
    out.append("morgue_index_stories ").append(index.stories()).append('\n');
    out.append("# HELP morgue_index_size_bytes Size on disk of the served index build.\n# TYPE morgue_index_size_bytes gauge\n");
    out.append("morgue_index_size_bytes ").append(index.bytes()).append('\n');
    index.builtAtEpochSeconds().ifPresent(t -> out
        .append("# HELP morgue_index_last_build_timestamp_seconds When the served build was committed (Unix time).\n")
        .append("# TYPE morgue_index_last_build_timestamp_seconds gauge\n")
        .append("morgue_index_last_build_timestamp_seconds ").append(number(t)).append('\n'));
    return out.toString();
  }

  /** Shortest decimal form: {@code 0.005}, {@code 1}, {@code 2.5}. */
  private static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static String escape(String label) {
    return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
