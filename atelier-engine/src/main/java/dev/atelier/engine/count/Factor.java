package dev.atelier.engine.count;

import java.math.BigInteger;

/**
 * A sparse weighted relation: rows (value tuples over {@code scope}, stored flat) with a count
 * each, as exact {@code long}s or, once counts may overflow, {@link BigInteger}s. Only rows with a
 * non-zero count are stored. Immutable after {@link Builder#build}; not shared between threads.
 */
final class Factor {
  final int[] scope;
  final int[] data;
  final int size;
  final long[] weights;
  final BigInteger[] bigWeights;

  private Factor(int[] scope, int[] data, int size, long[] weights, BigInteger[] bigWeights) {
    this.scope = scope;
    this.data = data;
    this.size = size;
    this.weights = weights;
    this.bigWeights = bigWeights;
  }

  int value(int row, int column) {
    return data[row * scope.length + column];
  }

  BigInteger weight(int row) {
    return bigWeights != null ? bigWeights[row] : BigInteger.valueOf(weights[row]);
  }

  static int hash(int h, int v) {
    return (h ^ v) * 0x9E3779B1 + 0x7F4A7C15;
  }

  /** Collects rows by tuple, adding the counts of equal tuples; too many rows is an error. */
  static final class Builder {
    private final int arity;
    private final boolean big;
    private final int maxRows;
    private int[] data;
    private long[] weights;
    private BigInteger[] bigWeights;
    private int size;
    private int[] slots;

    Builder(int arity, boolean big, int maxRows) {
      this.arity = arity;
      this.big = big;
      this.maxRows = maxRows;
      data = new int[Math.max(1, arity) * 16];
      weights = big ? null : new long[16];
      bigWeights = big ? new BigInteger[16] : null;
      slots = new int[64];
    }

    int size() {
      return size;
    }

    /** Adds {@code weight} to the count of {@code tuple} (long mode; exact or overflow). */
    void add(int[] tuple, long weight) {
      int r = row(tuple);
      weights[r] = Math.addExact(weights[r], weight);
    }

    /** Adds {@code weight} to the count of {@code tuple} (big mode). */
    void add(int[] tuple, BigInteger weight) {
      int r = row(tuple);
      bigWeights[r] = bigWeights[r] == null ? weight : bigWeights[r].add(weight);
    }

    /** Sets the count of {@code tuple} to one (a set of rows: duplicates count once). */
    void put(int[] tuple) {
      int r = row(tuple);
      if (big) {
        bigWeights[r] = BigInteger.ONE;
      } else {
        weights[r] = 1;
      }
    }

    private int row(int[] tuple) {
      int h = 0;
      for (int i = 0; i < arity; i++) {
        h = hash(h, tuple[i]);
      }
      int mask = slots.length - 1;
      for (int s = h & mask; ; s = (s + 1) & mask) {
        int r = slots[s] - 1;
        if (r < 0) {
          return insert(tuple, s);
        }
        if (java.util.Arrays.equals(data, r * arity, r * arity + arity, tuple, 0, arity)) {
          return r;
        }
      }
    }

    private int insert(int[] tuple, int slot) {
      if (size == maxRows) {
        throw new TooLarge();
      }
      if ((size + 1) * arity > data.length || size + 1 > capacity()) {
        int cap = 2 * capacity();
        data = java.util.Arrays.copyOf(data, Math.max(1, arity) * cap);
        if (big) {
          bigWeights = java.util.Arrays.copyOf(bigWeights, cap);
        } else {
          weights = java.util.Arrays.copyOf(weights, cap);
        }
      }
      int r = size++;
      System.arraycopy(tuple, 0, data, r * arity, arity);
      if (big) {
        bigWeights[r] = BigInteger.ZERO;
      }
      slots[slot] = r + 1;
      if (2 * size > slots.length) {
        rehash();
      }
      return r;
    }

    private int capacity() {
      return big ? bigWeights.length : weights.length;
    }

    private void rehash() {
      slots = new int[2 * slots.length];
      int mask = slots.length - 1;
      for (int r = 0; r < size; r++) {
        int h = 0;
        for (int i = 0; i < arity; i++) {
          h = hash(h, data[r * arity + i]);
        }
        int s = h & mask;
        while (slots[s] != 0) {
          s = (s + 1) & mask;
        }
        slots[s] = r + 1;
      }
    }

    /** The factor of the rows with a non-zero count. */
    Factor build(int[] scope) {
      return new Factor(scope, data, size, weights, bigWeights);
    }
  }

  /** A factor would have more rows than allowed. */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super(null, null, false, false);
    }
  }
}
