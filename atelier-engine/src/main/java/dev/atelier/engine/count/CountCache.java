package dev.atelier.engine.count;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The count-only search's component cache without an object per entry: each entry is a record of
 * bytes (hash, key length, count length, the count's two's-complement bytes, the packed key of
 * {@link KeyPacker}) appended to one of {@value #SEGMENTS} segments used in turn, found through an
 * open-addressing table of positions and hashes (linear probing, two int arrays). A count takes the
 * bytes it needs, so one that no longer fits a long needs no side table. When the current segment
 * is full, the oldest is emptied and reused (its entries evicted): first in, first out by segment,
 * close to least recently used because an entry read while in the older half of the segments is
 * copied to the current one. The heap it takes is its arrays (about the bound: a quarter for the
 * table, the rest for the segments, grown on demand), and it creates no objects that outlive a
 * call, so the collector has nothing to trace but a few large arrays. Not thread-safe; one per
 * search.
 */
final class CountCache implements ResultCache<BigInteger> {
  private static final int SEGMENTS = 16;
  // A position is segment << SHIFT | offset in it, a non-negative int.
  private static final int SHIFT = 27;
  private static final int FIRST_BYTES = 1 << 16;
  private static final int MIN_SEGMENT_BYTES = 64;
  private static final int EMPTY = -1;
  private static final int HEADER_MAX = 4 + 5 + 5;

  private final KeyPacker packer;
  private final int segmentBytes;
  private final byte[][] segments = new byte[SEGMENTS][];
  private final int[] fill = new int[SEGMENTS];
  private final long[] generation = new long[SEGMENTS];
  private int current;
  private long generations;
  private final int maxSlots;
  private int[] slotPos;
  private int[] slotHash;
  private int entries;
  private long evictions;
  private byte[] record = new byte[256];

  /** A cache for components of {@code clauses} holding at most about {@code maxBytes}. */
  CountCache(int[][] clauses, long maxBytes) {
    this.packer = new KeyPacker(clauses);
    long table = maxBytes / 4;
    this.maxSlots = (int) Math.min(1 << 30, Math.max(16, Long.highestOneBit(table / 8)));
    this.segmentBytes =
        (int) Math.max(MIN_SEGMENT_BYTES, Math.min(1 << SHIFT, (maxBytes - table) / SEGMENTS));
    int slots = Math.min(maxSlots, 1 << 10);
    slotPos = new int[slots];
    slotHash = new int[slots];
    Arrays.fill(slotPos, EMPTY);
  }

  @Override
  public Object key(int[] openClauses, int[] vars) {
    return packer.pack(openClauses, vars, true);
  }

  @Override
  public BigInteger get(Object key) {
    KeyPacker.Packed k = (KeyPacker.Packed) key;
    int hash = k.hash();
    int i = find(hash, k.bytes());
    if (i < 0) {
      return null;
    }
    int pos = slotPos[i];
    byte[] seg = segments[pos >>> SHIFT];
    int at = (pos & (1 << SHIFT) - 1) + 4;
    int keyLength = varint(seg, at);
    at = skip(seg, at);
    int countLength = varint(seg, at);
    at = skip(seg, at);
    BigInteger count = new BigInteger(seg, at, countLength);
    if (generations - generation[pos >>> SHIFT] >= SEGMENTS / 2) {
      // Read while old: copy it to the current segment so that it survives the next evictions.
      put(k, hash, k.bytes(), keyLength, seg, at, countLength);
    }
    return count;
  }

  @Override
  public void put(Object key, BigInteger result) {
    KeyPacker.Packed k = (KeyPacker.Packed) key;
    byte[] count = result.toByteArray();
    put(k, k.hash(), k.bytes(), k.bytes().length, count, 0, count.length);
  }

  @Override
  public long evictions() {
    return evictions;
  }

  /** Entries held now. */
  int entries() {
    return entries;
  }

  private void put(
      KeyPacker.Packed k, int hash, byte[] key, int keyLength, byte[] count, int from, int length) {
    int need = HEADER_MAX + length + keyLength;
    if (need > segmentBytes) {
      return;
    }
    // Room in the table first: making it evicts only entries already there.
    while (entries + 1 > (slotPos.length >> 1) + (slotPos.length >> 2)) {
      if (slotPos.length < maxSlots) {
        grow();
      } else {
        rotate();
      }
    }
    if (record.length < need) {
      record = new byte[Math.max(need, 2 * record.length)];
    }
    int size = writeInt(record, 0, hash);
    size = KeyPacker.put(record, size, keyLength);
    size = KeyPacker.put(record, size, length);
    System.arraycopy(count, from, record, size, length);
    size += length;
    System.arraycopy(key, 0, record, size, keyLength);
    size += keyLength;
    int pos = append(size);
    int i = find(hash, k.bytes());
    if (i >= 0) {
      slotPos[i] = pos;
      return;
    }
    i = hash & slotPos.length - 1;
    while (slotPos[i] != EMPTY) {
      i = i + 1 & slotPos.length - 1;
    }
    slotPos[i] = pos;
    slotHash[i] = hash;
    entries++;
  }

  /** Copies the record's {@code size} bytes to the current segment; returns its position. */
  private int append(int size) {
    if (fill[current] + size > segmentBytes) {
      rotate();
    }
    byte[] seg = segments[current];
    if (seg == null || seg.length < fill[current] + size) {
      int length = seg == null ? Math.min(segmentBytes, FIRST_BYTES) : seg.length;
      while (length < fill[current] + size) {
        length = (int) Math.min(segmentBytes, 2L * length);
      }
      seg = segments[current] = Arrays.copyOf(seg == null ? new byte[0] : seg, length);
    }
    System.arraycopy(record, 0, seg, fill[current], size);
    int pos = current << SHIFT | fill[current];
    fill[current] += size;
    return pos;
  }

  /** Makes the oldest segment the current one, evicting its entries. */
  private void rotate() {
    current = (current + 1) % SEGMENTS;
    generation[current] = ++generations;
    byte[] seg = segments[current];
    int at = 0;
    while (at < fill[current]) {
      int start = at;
      int hash = readInt(seg, at);
      at += 4;
      int keyLength = varint(seg, at);
      at = skip(seg, at);
      int countLength = varint(seg, at);
      at = skip(seg, at) + countLength + keyLength;
      int i = hash & slotPos.length - 1;
      int pos = current << SHIFT | start;
      while (slotPos[i] != EMPTY && slotPos[i] != pos) {
        i = i + 1 & slotPos.length - 1;
      }
      // Not found: a copy made when the entry was read while old; the copy holds the slot.
      if (slotPos[i] == pos) {
        remove(i);
        evictions++;
      }
    }
    fill[current] = 0;
  }

  /** Empties slot {@code i}, shifting back later entries of its probe run (no tombstones). */
  private void remove(int i) {
    int mask = slotPos.length - 1;
    int hole = i;
    int j = i;
    while (true) {
      j = j + 1 & mask;
      if (slotPos[j] == EMPTY) {
        break;
      }
      int home = slotHash[j] & mask;
      boolean stays = hole <= j ? hole < home && home <= j : hole < home || home <= j;
      if (!stays) {
        slotPos[hole] = slotPos[j];
        slotHash[hole] = slotHash[j];
        hole = j;
      }
    }
    slotPos[hole] = EMPTY;
    entries--;
  }

  private void grow() {
    int[] oldPos = slotPos;
    int[] oldHash = slotHash;
    slotPos = new int[2 * oldPos.length];
    slotHash = new int[2 * oldPos.length];
    Arrays.fill(slotPos, EMPTY);
    int mask = slotPos.length - 1;
    for (int s = 0; s < oldPos.length; s++) {
      if (oldPos[s] != EMPTY) {
        int i = oldHash[s] & mask;
        while (slotPos[i] != EMPTY) {
          i = i + 1 & mask;
        }
        slotPos[i] = oldPos[s];
        slotHash[i] = oldHash[s];
      }
    }
  }

  /** The slot of the entry with this hash and key, or -1. */
  private int find(int hash, byte[] key) {
    int mask = slotPos.length - 1;
    for (int i = hash & mask; slotPos[i] != EMPTY; i = i + 1 & mask) {
      if (slotHash[i] == hash && keyEquals(slotPos[i], key)) {
        return i;
      }
    }
    return -1;
  }

  private boolean keyEquals(int pos, byte[] key) {
    byte[] seg = segments[pos >>> SHIFT];
    int at = (pos & (1 << SHIFT) - 1) + 4;
    int keyLength = varint(seg, at);
    if (keyLength != key.length) {
      return false;
    }
    at = skip(seg, at);
    int countLength = varint(seg, at);
    at = skip(seg, at) + countLength;
    return Arrays.equals(seg, at, at + keyLength, key, 0, keyLength);
  }

  private static int writeInt(byte[] out, int at, int value) {
    out[at] = (byte) (value >>> 24);
    out[at + 1] = (byte) (value >>> 16);
    out[at + 2] = (byte) (value >>> 8);
    out[at + 3] = (byte) value;
    return at + 4;
  }

  private static int readInt(byte[] in, int at) {
    return in[at] << 24 | (in[at + 1] & 0xFF) << 16 | (in[at + 2] & 0xFF) << 8 | in[at + 3] & 0xFF;
  }

  /** The value {@link KeyPacker#put} wrote at {@code at}. */
  private static int varint(byte[] in, int at) {
    int value = 0;
    int shift = 0;
    for (int i = at; ; i++, shift += 7) {
      value |= (in[i] & 0x7F) << shift;
      if (in[i] >= 0) {
        return value;
      }
    }
  }

  /** The position after the varint at {@code at}. */
  private static int skip(byte[] in, int at) {
    int i = at;
    while (in[i] < 0) {
      i++;
    }
    return i + 1;
  }
}
