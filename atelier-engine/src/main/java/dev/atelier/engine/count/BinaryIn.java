package dev.atelier.engine.count;

/**
 * Reads what {@link BinaryOut} wrote; any malformed input (a varint that runs off the end or
 * overflows, an array longer than the bytes left) throws {@link Malformed}, which {@link Artefacts}
 * turns into a rejection. Not thread-safe.
 */
final class BinaryIn {
  private final byte[] bytes;
  private int pos;

  BinaryIn(byte[] bytes) {
    this.bytes = bytes;
  }

  int uint() {
    long v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      if (pos >= bytes.length) {
        throw new Malformed("truncated");
      }
      int b = bytes[pos++] & 0xff;
      v |= (long) (b & 0x7f) << shift;
      if (b < 0x80) {
        if (v > 0xffffffffL) {
          throw new Malformed("varint overflows");
        }
        return (int) v;
      }
    }
    throw new Malformed("varint too long");
  }

  /** An unsigned varint that must lie in 0..max. */
  int upTo(int max, String what) {
    int v = uint();
    if (v < 0 || v > max) {
      throw new Malformed(what + " out of range: " + v);
    }
    return v;
  }

  int sint() {
    int z = uint();
    return (z >>> 1) ^ -(z & 1);
  }

  int[] uints() {
    int[] a = new int[length()];
    for (int i = 0; i < a.length; i++) {
      a[i] = uint();
    }
    return a;
  }

  int[] sints() {
    int[] a = new int[length()];
    for (int i = 0; i < a.length; i++) {
      a[i] = sint();
    }
    return a;
  }

  long uint64() {
    long hi = uint() & 0xffffffffL;
    return (hi << 32) | (uint() & 0xffffffffL);
  }

  /** The next {@code n} bytes as they are. */
  byte[] raw(int n) {
    if (n < 0 || n > bytes.length - pos) {
      throw new Malformed("truncated");
    }
    pos += n;
    return java.util.Arrays.copyOfRange(bytes, pos - n, pos);
  }

  /** The bytes not read yet. */
  byte[] rest() {
    return raw(bytes.length - pos);
  }

  boolean atEnd() {
    return pos == bytes.length;
  }

  /** A length: each element takes at least one byte, so it cannot exceed the bytes left. */
  int length() {
    int n = uint();
    if (n < 0 || n > bytes.length - pos) {
      throw new Malformed("length " + n + " exceeds the bytes left");
    }
    return n;
  }

  /** Malformed input; carries no stack trace. */
  static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message, null, false, false);
    }
  }
}
