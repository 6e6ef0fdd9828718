package dev.atelier.bench.report;

import java.util.Arrays;

/**
 * Nearest-rank percentiles: the {@code p}-th percentile of {@code n} sorted samples is the sample
 * at rank {@code ceil(p / 100 * n)} (1-based), so it is always an observed value, p100 is the
 * maximum and p50 of an even count is the lower middle. Stateless and thread-safe.
 */
public final class Percentiles {

  private Percentiles() {}

  /**
   * The {@code p}-th percentile (0 &lt; p &le; 100) of {@code samples}, or 0 when there are none.
   */
  public static long of(long[] samples, double p) {
    if (samples.length == 0) {
      return 0;
    }
    long[] sorted = samples.clone();
    Arrays.sort(sorted);
    return ofSorted(sorted, p);
  }

  /** Like {@link #of} for samples already sorted ascending. */
  public static long ofSorted(long[] sorted, double p) {
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
    }
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(1, Math.min(rank, sorted.length)) - 1];
  }
}
