package dev.atelier.engine.count;

/** Bitsets as {@code long[]}: bit {@code i} is bit {@code i % 64} of word {@code i / 64}. */
final class Bits {
  private Bits() {}

  /** Bits 0..{@code bits}-1 set. */
  static long[] full(int bits) {
    long[] b = new long[words(bits)];
    for (int i = 0; i < bits; i++) {
      set(b, i);
    }
    return b;
  }

  /** Words holding {@code bits} bits. */
  static int words(int bits) {
    return (bits + 63) >>> 6;
  }

  static boolean has(long[] b, int i) {
    return (b[i >>> 6] & (1L << i)) != 0;
  }

  static void set(long[] b, int i) {
    b[i >>> 6] |= 1L << i;
  }
}
