package dev.atelier.engine.count;

import java.util.Arrays;

/**
 * Distinct int tuples of a fixed arity, numbered 0, 1, … in order of first insertion (open
 * addressing over a flat array). Used to number the separator assignments of a clique tree. Not
 * thread-safe.
 */
final class TupleIds {
  private final int arity;
  private int[] data;
  private int size;
  private int[] slots;

  TupleIds(int arity) {
    this.arity = arity;
    this.data = new int[Math.max(1, arity) * 16];
    this.slots = new int[32];
  }

  int size() {
    return size;
  }

  /** The tuple numbered {@code id}, copied into {@code into}. */
  void tuple(int id, int[] into) {
    System.arraycopy(data, id * arity, into, 0, arity);
  }

  /** The number of {@code tuple}, adding it when new. */
  int add(int[] tuple) {
    int s = find(tuple);
    if (slots[s] != 0) {
      return slots[s] - 1;
    }
    if ((size + 1) * arity > data.length) {
      data = Arrays.copyOf(data, 2 * data.length);
    }
    System.arraycopy(tuple, 0, data, size * arity, arity);
    slots[s] = ++size;
    if (2 * size > slots.length) {
      rehash();
    }
    return size - 1;
  }

  /** The number of {@code tuple}, or -1 when it was never added. */
  int idOf(int[] tuple) {
    return slots[find(tuple)] - 1;
  }

  private int find(int[] tuple) {
    int mask = slots.length - 1;
    for (int s = hash(tuple, 0) & mask; ; s = (s + 1) & mask) {
      int r = slots[s] - 1;
      if (r < 0 || Arrays.equals(data, r * arity, r * arity + arity, tuple, 0, arity)) {
        return s;
      }
    }
  }

  private int hash(int[] a, int from) {
    int h = 0;
    for (int i = 0; i < arity; i++) {
      h = Factor.hash(h, a[from + i]);
    }
    return h ^ (h >>> 16);
  }

  private void rehash() {
    slots = new int[2 * slots.length];
    int mask = slots.length - 1;
    for (int r = 0; r < size; r++) {
      int s = hash(data, r * arity) & mask;
      while (slots[s] != 0) {
        s = (s + 1) & mask;
      }
      slots[s] = r + 1;
    }
  }
}
