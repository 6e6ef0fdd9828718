package dev.atelier.server.analytics;

import java.util.List;

/** Shannon entropy of a frequency distribution. Stateless. */
final class Entropy {

  private Entropy() {}

  /** The entropy in bits of the distribution given by {@code counts} (0 when all are 0). */
  static double bits(List<Long> counts) {
    long total = counts.stream().mapToLong(x -> x).sum();
    if (total == 0) {
      return 0.0;
    }
    double h = 0.0;
    for (long c : counts) {
      if (c > 0) {
        double p = (double) c / total;
        h -= p * log2(p);
      }
    }
    return h;
  }

  /** The base-2 logarithm. */
  static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
