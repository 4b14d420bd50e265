package org.morgue.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a query set against one {@link Target} with a number of concurrent clients: warm-up passes
 * first (JIT, caches, page cache), then measured passes. Each client walks the whole set every pass,
 * starting at its own offset so concurrent clients do not run the same query in lock step.
 */
public final class Driver {

  private static final Logger LOG = LoggerFactory.getLogger(Driver.class);

  /** One system under test: runs a query to completion or throws. */
  @FunctionalInterface
  public interface Target {
    /**
     * @param count whether to return the total number of matches (the agreement check asks;
     *     measured runs do not, so an HTTP client never parses JSON inside a timed request)
     * @return the total matches when counted, otherwise any value
     */
    long run(QuerySpec query, boolean count) throws Exception;
  }

  /** Total matches of each query, in order: run once before warm-up to check the systems agree. */
  public static long[] totals(Target target, List<QuerySpec> queries) throws Exception {
    long[] totals = new long[queries.size()];
    for (int i = 0; i < totals.length; i++) {
      totals[i] = target.run(queries.get(i), true);
    }
    return totals;
  }

  /** Quiet time before each measured pass, after a collection of the harness's heap. */
  private static final long SETTLE_MILLIS = 200;

  private final int warmupPasses;
  private final long warmupNanos;
  private final int measuredPasses;

  /**
   * @param warmupPasses warm-up passes per target, at least
   * @param warmupSeconds warm-up time per target, at least
   */
  public Driver(int warmupPasses, int warmupSeconds, int measuredPasses) {
    if (warmupPasses < 0 || warmupSeconds < 0 || measuredPasses < 1) {
      throw new IllegalArgumentException("warm-up passes >= 0 and measured passes >= 1 needed");
    }
    this.warmupPasses = warmupPasses;
    this.warmupNanos = warmupSeconds * 1_000_000_000L;
    this.measuredPasses = measuredPasses;
  }

  public Latencies run(Target target, List<QuerySpec> queries, int clients)
      throws InterruptedException {
    return interleaved(Map.of("", target), queries, clients).get("");
  }

  /**
   * Runs several targets at one client count with their measured passes interleaved (a pass of
   * each in turn), so a load that comes and goes on a shared machine falls on all of them alike and
   * their ratio stays meaningful. Throughput is each target's requests over its own passes' time.
   */
  public Map<String, Latencies> interleaved(
      Map<String, Target> targets, List<QuerySpec> queries, int clients)
      throws InterruptedException {
    for (Target target : targets.values()) {
      long start = System.nanoTime();
      for (int pass = 0; pass < warmupPasses || System.nanoTime() - start < warmupNanos; pass++) {
        phase(target, queries, clients, 1, null);
      }
    }
    Map<String, List<Long>> samples = new LinkedHashMap<>();
    Map<String, long[]> wallAndErrors = new LinkedHashMap<>();
    targets.keySet().forEach(name -> {
      samples.put(name, new ArrayList<>());
      wallAndErrors.put(name, new long[2]);
    });
    for (int pass = 0; pass < measuredPasses; pass++) {
      for (Map.Entry<String, Target> target : targets.entrySet()) {
        settle();
        AtomicInteger errors = new AtomicInteger();
        long[][] perClient = new long[clients][];
        long start = System.nanoTime();
        phase(target.getValue(), queries, clients, 1, new Sink(perClient, errors));
        wallAndErrors.get(target.getKey())[0] += System.nanoTime() - start;
        wallAndErrors.get(target.getKey())[1] += errors.get();
        for (long[] client : perClient) {
          for (long s : client) {
            if (s >= 0) {
              samples.get(target.getKey()).add(s);
            }
          }
        }
      }
    }
    Map<String, Latencies> out = new LinkedHashMap<>();
    samples.forEach((name, list) -> out.put(
        name,
        Latencies.of(
            list.stream().mapToLong(Long::longValue).toArray(),
            (int) wallAndErrors.get(name)[1],
            wallAndErrors.get(name)[0])));
    return out;
  }

  /**
   * Lets the harness JVM's own aftermath of the previous pass die down before the next is timed: an
   * in-process peer's pass leaves garbage and JIT work whose collection and compilation threads would
   * otherwise run during the next target's pass and, on two cores, take CPU from it (the other
   * target, or the Morgue server in its own process).
   */
  private static void settle() throws InterruptedException {
    System.gc();
    Thread.sleep(SETTLE_MILLIS);
  }

  private record Sink(long[][] samples, AtomicInteger errors) {}

  private static void phase(
      Target target, List<QuerySpec> queries, int clients, int passes, Sink sink)
      throws InterruptedException {
    if (passes == 0) {
      return;
    }
    try (ExecutorService pool = Executors.newFixedThreadPool(
        clients, Thread.ofPlatform().name("bench-client-", 0).factory())) {
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        futures.add(pool.submit(() -> client(target, queries, clients, passes, sink, client)));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          throw new IllegalStateException("benchmark client failed", e.getCause());
        }
      }
    }
  }

  private static void client(
      Target target, List<QuerySpec> queries, int clients, int passes, Sink sink, int client) {
    int n = queries.size();
    long[] mine = new long[passes * n];
    int offset = client * n / clients;
    for (int pass = 0; pass < passes; pass++) {
      for (int i = 0; i < n; i++) {
        QuerySpec query = queries.get((offset + i) % n);
        long t0 = System.nanoTime();
        try {
          target.run(query, false);
          mine[pass * n + i] = System.nanoTime() - t0;
        } catch (Exception e) {
          // A failed request is counted, not timed, and the run goes on: errors are a result too.
          mine[pass * n + i] = -1;
          if (sink != null) {
            sink.errors().incrementAndGet();
          }
          LOG.warn("query '{}' failed: {}", query.q(), e.toString());
        }
      }
    }
    if (sink != null) {
      sink.samples()[client] = mine;
    }
  }
}
