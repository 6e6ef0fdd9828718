package dev.atelier.engine.count;

import java.io.ByteArrayOutputStream;

/** Varint-encoded integers and arrays for {@link Artefacts}. Not thread-safe. */
final class BinaryOut {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  /** An unsigned varint (7 bits per byte, least significant first). */
  void uint(int value) {
    long v = value & 0xffffffffL;
    while (v >= 0x80) {
      bytes.write((int) (v & 0x7f) | 0x80);
      v >>>= 7;
    }
    bytes.write((int) v);
  }

  /** A signed int (zig-zag, then varint). */
  void sint(int value) {
    uint((value << 1) ^ (value >> 31));
  }

  void uints(int[] values) {
    uint(values.length);
    for (int v : values) {
      uint(v);
    }
  }

  void sints(int[] values) {
    uint(values.length);
    for (int v : values) {
      sint(v);
    }
  }

  void uint64(long value) {
    uint((int) (value >>> 32));
    uint((int) value);
  }

  void raw(byte[] b) {
    bytes.write(b, 0, b.length);
  }

  byte[] toByteArray() {
    return bytes.toByteArray();
  }
}
