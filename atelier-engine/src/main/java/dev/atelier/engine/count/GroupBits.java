package dev.atelier.engine.count;

/**
 * Row bitsets of a clique against its row indexes ({@link Groups} of rows by value or by separator
 * assignment): the rows of a set of keys counted, killed or kept. Each costs the rows of the groups
 * it reads, not the clique's rows.
 */
final class GroupBits {
  private GroupBits() {}

  /** Rows in the groups of the keys set in {@code keys}. */
  static long rows(Groups g, long[] keys) {
    long n = 0;
    for (int w = 0; w < keys.length; w++) {
      for (long bits = keys[w]; bits != 0; bits &= bits - 1) {
        int k = (w << 6) + Long.numberOfTrailingZeros(bits);
        n += g.start[k + 1] - g.start[k];
      }
    }
    return n;
  }

  /** Clears in {@code alive} the rows of the groups of {@code keys}. */
  static void kill(Groups g, long[] keys, long[] alive) {
    for (int w = 0; w < keys.length; w++) {
      for (long bits = keys[w]; bits != 0; bits &= bits - 1) {
        int k = (w << 6) + Long.numberOfTrailingZeros(bits);
        for (int i = g.start[k]; i < g.start[k + 1]; i++) {
          int r = g.items[i];
          alive[r >>> 6] &= ~(1L << r);
        }
      }
    }
  }

  /** Keeps in {@code alive} only the rows of the groups of {@code keys}. */
  static void keep(Groups g, long[] keys, long[] alive) {
    long[] mask = new long[alive.length];
    for (int w = 0; w < keys.length; w++) {
      for (long bits = keys[w]; bits != 0; bits &= bits - 1) {
        int k = (w << 6) + Long.numberOfTrailingZeros(bits);
        for (int i = g.start[k]; i < g.start[k + 1]; i++) {
          Bits.set(mask, g.items[i]);
        }
      }
    }
    for (int w = 0; w < alive.length; w++) {
      alive[w] &= mask[w];
    }
  }

  /** Number of set bits. */
  static long count(long[] b) {
    long n = 0;
    for (long w : b) {
      n += Long.bitCount(w);
    }
    return n;
  }
}
