package dev.atelier.engine.count;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Packs a component's cache key into bytes: the variables' count, their deltas, then the open long
 * clauses' ids as deltas, each delta in 7-bit groups (a component's sorted variables are mostly
 * close: one or two bytes each instead of four). The encoding of a delta is injective on all ints,
 * so equal keys are equal components whatever the order. Not thread-safe (a scratch buffer).
 */
final class KeyPacker {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private final int[][] clauses;
  private byte[] scratch = new byte[256];

  /** A packer for components of {@code clauses}. */
  KeyPacker(int[][] clauses) {
    this.clauses = clauses;
  }

  /**
   * The key of the component with these open clauses and unassigned variables (both sorted), with
   * the {@link #strongHash} of its bytes.
   */
  Packed pack(int[] openClauses, int[] vars) {
    return pack(openClauses, vars, true);
  }

  /**
   * As {@link #pack(int[], int[])}, with the {@link #strongHash} of the bytes when {@code strong},
   * else their {@link Arrays#hashCode(byte[])}.
   */
  Packed pack(int[] openClauses, int[] vars, boolean strong) {
    int need = 5 * (1 + vars.length + openClauses.length);
    if (scratch.length < need) {
      scratch = new byte[Math.max(need, 2 * scratch.length)];
    }
    int at = put(scratch, 0, vars.length);
    int prev = 0;
    for (int v : vars) {
      at = put(scratch, at, v - prev);
      prev = v;
    }
    prev = 0;
    for (int k : openClauses) {
      if (clauses[k].length > 2) {
        at = put(scratch, at, k - prev);
        prev = k;
      }
    }
    byte[] bytes = Arrays.copyOf(scratch, at);
    return new Packed(bytes, strong ? strongHash(bytes) : Arrays.hashCode(bytes));
  }

  /**
   * A hash of all the bytes, eight at a time, finished by Murmur3's mixer: unlike {@link
   * Arrays#hashCode(byte[])}, whose full 32-bit values collide often on these keys (small deltas),
   * so that hash tables' probe runs grow ({@link CountCache}) and {@code HashMap} buckets turn into
   * trees ({@link ComponentCache}).
   */
  static int strongHash(byte[] bytes) {
    long h = bytes.length * 0x9E3779B97F4A7C15L;
    int at = 0;
    for (; at + 8 <= bytes.length; at += 8) {
      h =
          Long.rotateLeft(h ^ (long) LONGS.get(bytes, at) * 0xC2B2AE3D27D4EB4FL, 31)
              * 0x9E3779B97F4A7C15L;
    }
    long tail = 0;
    for (int shift = 0; at < bytes.length; at++, shift += 8) {
      tail |= (bytes[at] & 0xFFL) << shift;
    }
    h = Long.rotateLeft(h ^ tail * 0xC2B2AE3D27D4EB4FL, 31) * 0x9E3779B97F4A7C15L;
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    return (int) h;
  }

  /** Writes {@code value} at {@code at} in 7-bit groups, low first; returns the next position. */
  static int put(byte[] out, int at, int value) {
    int v = value;
    while ((v & ~0x7F) != 0) {
      out[at++] = (byte) (v & 0x7F | 0x80);
      v >>>= 7;
    }
    out[at++] = (byte) v;
    return at;
  }

  /** A component's packed key and its hash. */
  record Packed(byte[] bytes, int hash) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Packed k && hash == k.hash && Arrays.equals(bytes, k.bytes);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public String toString() {
      return "component key of " + bytes.length + " bytes";
    }
  }
}
