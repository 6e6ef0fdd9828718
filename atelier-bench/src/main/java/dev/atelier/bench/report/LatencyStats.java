package dev.atelier.bench.report;

import java.util.Arrays;

/**
 * Summary of a set of latencies in milliseconds (nearest-rank percentiles, see {@link
 * Percentiles}). All zero when there are no samples. Immutable and thread-safe.
 *
 * @param count number of samples
 * @param p50Ms median
 * @param p90Ms 90th percentile
 * @param p99Ms 99th percentile
 * @param maxMs largest sample
 * @param meanMs arithmetic mean
 */
public record LatencyStats(
    int count, double p50Ms, double p90Ms, double p99Ms, double maxMs, double meanMs) {

  private static final double NANOS_PER_MS = 1_000_000.0;

  /** The summary of {@code nanos}, samples in nanoseconds. */
  public static LatencyStats ofNanos(long[] nanos) {
    if (nanos.length == 0) {
      return new LatencyStats(0, 0, 0, 0, 0, 0);
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (long n : sorted) {
      sum += n;
    }
    return new LatencyStats(
        sorted.length,
        Percentiles.ofSorted(sorted, 50) / NANOS_PER_MS,
        Percentiles.ofSorted(sorted, 90) / NANOS_PER_MS,
        Percentiles.ofSorted(sorted, 99) / NANOS_PER_MS,
        sorted[sorted.length - 1] / NANOS_PER_MS,
        sum / sorted.length / NANOS_PER_MS);
  }
}
