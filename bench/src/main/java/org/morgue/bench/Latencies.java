package org.morgue.bench;

import java.util.Arrays;

/**
 * Latency percentiles, mean and throughput of one measured phase. Percentiles are nearest-rank over
 * the raw samples (no histogram buckets), so a p99 over 500 samples is the 495th fastest request.
 *
 * <p>The mean matters with more clients than cores: threads time-sliced by the OS can finish unevenly
 * (most requests fast, a few waiting for a core), which moves the median without changing the work
 * done; the mean (clients / throughput, by Little's law) does not depend on how the waiting is shared.
 */
public record Latencies(
    int requests,
    int errors,
    double p50Ms,
    double p95Ms,
    double p99Ms,
    double meanMs,
    double perSecond) {

  /**
   * @param nanos one latency per successful request
   * @param wallNanos duration of the whole measured phase, for throughput
   */
  public static Latencies of(long[] nanos, int errors, long wallNanos) {
    if (nanos.length == 0) {
      return new Latencies(0, errors, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double seconds = wallNanos / 1e9;
    double sum = 0;
    for (long n : sorted) {
      sum += n;
    }
    return new Latencies(
        sorted.length,
        errors,
        ms(rank(sorted, 50)),
        ms(rank(sorted, 95)),
        ms(rank(sorted, 99)),
        sum / sorted.length / 1e6,
        seconds > 0 ? sorted.length / seconds : 0);
  }

  /** Nearest-rank percentile: the smallest sample with at least p% of the samples at or below it. */
  static long rank(long[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
