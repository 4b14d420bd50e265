package org.morgue.server.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.morgue.server.ServerConfig;
import org.morgue.server.access.AccessPolicy;
import org.morgue.server.http.Guard;
import org.morgue.server.http.MorgueApp;
import org.morgue.server.metrics.RequestMetrics;
import org.morgue.server.testing.ArchiveTest;
import org.morgue.server.testing.TestArchive;

/**
 * {@code GET /api/metrics} and the request log after a known sequence of requests. The guard's clock
 * is a fake that advances a fixed step per reading, so every request takes exactly that long and
 * the histogram lines are exact.
 */
class MetricsAndRequestLogTest extends ArchiveTest {

  private static final long STEP_NANOS = 30_000_000; // 30 ms per clock reading

  /** A route's histogram lines as the Prometheus client writes them: every request took 30 ms. */
  private static String histogram(String route, long count, String sum) {
    StringBuilder out = new StringBuilder();
    String[] bounds = {
      "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1.0", "2.5", "5.0", "10.0"
    };
    for (String le : bounds) {
      long n = Double.parseDouble(le) < 0.03 ? 0 : count;
      out.append("morgue_http_request_duration_seconds_bucket{route=\"" + route + "\",le=\"" + le
          + "\"} " + n + "\n");
    }
    out.append("morgue_http_request_duration_seconds_bucket{route=\"" + route + "\",le=\"+Inf\"} "
        + count + "\n");
    out.append(
        "morgue_http_request_duration_seconds_count{route=\"" + route + "\"} " + count + "\n");
    out.append("morgue_http_request_duration_seconds_sum{route=\"" + route + "\"} " + sum + "\n");
    return out.toString();
  }

  /** The lines of Morgue's own metric families, in the exposition's order. */
  private static String morgueLines(String exposition) {
    return exposition
        .lines()
        .filter(l -> l.contains(" morgue_") || l.startsWith("morgue_"))
        .map(l -> l + "\n")
        .collect(java.util.stream.Collectors.joining());
  }

  @Test
  void metricsCountEachRouteAndStatusWithLatencyAndIndexSize() throws Exception {
    AtomicLong clock = new AtomicLong();
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    Guard guard = new Guard(
        AccessPolicy.OPEN, new RequestMetrics(), () -> clock.getAndAdd(STEP_NANOS), log::add);
    String[] metrics = new String[1];
    JavalinTest.test(
        MorgueApp.create(service, ServerConfig.defaults(dir), guard), (server, client) -> {
          assertEquals(200, client.get("/api/search?q=embassy").code());
          assertEquals(200, client.get("/api/search?q=baghdad&size=2").code());
          assertEquals(400, client.get("/api/search?q=*x").code());
          assertEquals(200, client.get("/api/stories/s1").code());
          assertEquals(404, client.get("/api/stories/nope").code());
          assertEquals(404, client.get("/api/nothing").code());
          assertEquals(200, client.get("/").code());
          var response = client.get("/api/metrics");
          assertEquals(200, response.code());
          assertEquals(
              List.of("text/plain; version=0.0.4; charset=utf-8"),
              response.headers().get("Content-Type"));
          metrics[0] = response.body().string();
        });
    long bytes = TestArchive.bytesOnDisk(dir);
    // The client writes families by name and every value as a double; the names are the ones
    // the README lists, so dashboards built on the hand-written exposition keep working.
    assertEquals(
        """
        # HELP morgue_http_request_duration_seconds Time to answer a request, by route.
        # TYPE morgue_http_request_duration_seconds histogram
        """
            + histogram("/api/search", 3, "0.09") + histogram("/api/stories/{id}", 2, "0.06")
            + histogram("static", 1, "0.03") + histogram("unmatched", 1, "0.03")
            + String.format(Locale.ROOT, """
        # HELP morgue_http_requests_total Requests answered, by method, route and status.
        # TYPE morgue_http_requests_total counter
        morgue_http_requests_total{method="GET",route="/api/search",status="200"} 2.0
        morgue_http_requests_total{method="GET",route="/api/search",status="400"} 1.0
        morgue_http_requests_total{method="GET",route="/api/stories/{id}",status="200"} 1.0
        morgue_http_requests_total{method="GET",route="/api/stories/{id}",status="404"} 1.0
        morgue_http_requests_total{method="GET",route="static",status="200"} 1.0
        morgue_http_requests_total{method="GET",route="unmatched",status="404"} 1.0
        # HELP morgue_index_last_build_timestamp_seconds When the served build was committed (Unix time).
        # TYPE morgue_index_last_build_timestamp_seconds gauge
        morgue_index_last_build_timestamp_seconds 1.7689905E9
        # HELP morgue_index_size_bytes Size on disk of the served index build.
        # TYPE morgue_index_size_bytes gauge
        morgue_index_size_bytes %s
        # HELP morgue_index_stories Stories in the served index.
        # TYPE morgue_index_stories gauge
        morgue_index_stories 6.0
        """, Double.toString(bytes)),
        morgueLines(metrics[0]));
    // The JVM instrumentation: heap, GC and threads beside the request metrics.
    for (String family : List.of(
        "# TYPE jvm_memory_used_bytes gauge",
        "# TYPE jvm_gc_collection_seconds summary",
        "# TYPE jvm_threads_current gauge")) {
      assertTrue(metrics[0].contains(family + "\n"), family);
    }
    assertEquals(
        List.of(
            "GET /api/search 200 30.0 ms",
            "GET /api/search 200 30.0 ms",
            "GET /api/search 400 30.0 ms",
            "GET /api/stories/s1 200 30.0 ms",
            "GET /api/stories/nope 404 30.0 ms",
            "GET /api/nothing 404 30.0 ms",
            "GET / 200 30.0 ms",
            "GET /api/metrics 200 30.0 ms"),
        log.subList(0, 8)); // JavalinTest then sends its own cookie cleanup
  }
}
