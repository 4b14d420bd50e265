package org.morgue.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fixed-length load on Morgue's HTTP API: {@code connections} clients each send the query set
 * round and round, back to back, for {@code seconds}; every status is counted (5xx separately) and
 * every completed request timed. The bar: no errors and no 5xx at 16 connections for 60 s.
 */
public final class LoadRun {

  private LoadRun() {}

  public static Results.Load run(
      MorgueHttpTarget target, List<QuerySpec> queries, int connections, int seconds)
      throws InterruptedException {
    List<URI> uris = queries.stream().map(target::uri).toList();
    AtomicLong errors = new AtomicLong();
    AtomicLong serverErrors = new AtomicLong();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    List<long[]> samples = new ArrayList<>();
    long start = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(
        connections, Thread.ofPlatform().name("bench-load-", 0).factory())) {
      List<Future<long[]>> futures = new ArrayList<>();
      for (int c = 0; c < connections; c++) {
        int offset = c * uris.size() / connections;
        futures.add(
            pool.submit(() -> connection(target, uris, offset, deadline, errors, serverErrors)));
      }
      for (Future<long[]> f : futures) {
        try {
          samples.add(f.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("load client failed", e.getCause());
        }
      }
    }
    long wall = System.nanoTime() - start;
    long[] all = samples.stream().flatMapToLong(java.util.Arrays::stream).toArray();
    return new Results.Load(
        connections,
        seconds,
        all.length + errors.get(),
        errors.get(),
        serverErrors.get(),
        Latencies.of(all, (int) errors.get(), wall));
  }

  private static long[] connection(
      MorgueHttpTarget target,
      List<URI> uris,
      int offset,
      long deadline,
      AtomicLong errors,
      AtomicLong serverErrors) {
    long[] mine = new long[1024];
    int n = 0;
    for (int i = offset; System.nanoTime() < deadline; i++) {
      long t0 = System.nanoTime();
      try {
        MorgueHttpTarget.Response response = target.get(uris.get(i % uris.size()));
        if (response.status() == 200) {
          if (n == mine.length) {
            mine = java.util.Arrays.copyOf(mine, n * 2);
          }
          mine[n++] = System.nanoTime() - t0;
        } else {
          errors.incrementAndGet();
          if (response.status() >= 500) {
            serverErrors.incrementAndGet();
          }
        }
      } catch (Exception e) {
        errors.incrementAndGet();
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    return java.util.Arrays.copyOf(mine, n);
  }
}
