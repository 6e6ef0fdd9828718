package dev.atelier.engine.count;

/**
 * Row bitsets of a clique against its row indexes ({@link Groups} of rows by value or by
 * separator assignment): the rows of a set of keys killed or kept, and whether a key still has an
 * alive row. Each costs the rows of the groups it reads, not the clique's rows.
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

  /** Whether group {@code k} has a row set in {@code alive}. */
  static boolean anyAlive(Groups g, int k, long[] alive) {
    for (int i = g.start[k]; i < g.start[k + 1]; i++) {
      if (Bits.has(alive, g.items[i])) {
        return true;
      }
    }
    return false;
  }

  /** The bits of {@code before} that {@code after} lacks, or null when there are none. */
  static long[] lost(long[] before, long[] after) {
    long[] gone = null;
    for (int w = 0; w < before.length; w++) {
      long d = before[w] & ~after[w];
      if (d != 0) {
        if (gone == null) {
          gone = new long[before.length];
        }
        gone[w] = d;
      }
    }
    return gone;
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
