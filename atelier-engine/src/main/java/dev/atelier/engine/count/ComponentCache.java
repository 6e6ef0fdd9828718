package dev.atelier.engine.count;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The compiler's component cache: a residual component's result (its DNNF node, or its count in a
 * count-only search) under a canonical key, bounded in bytes, least recently used entries evicted
 * first (an evicted component is compiled again when it recurs; the count stays exact). The key is
 * the component's unassigned variables and its open clauses of three or more literals (sharpSAT's
 * key): after unit propagation every binary clause over a component's variables is open and every
 * other binary clause touching them is satisfied, so the variables determine the binary part, and
 * each open long clause restricted to them is determined by its id. On product documentation (96 %
 * binary clauses) that is a key about 20 times shorter than one with every open clause id. Least
 * recently used first, because the search is depth first: a component recurs mostly in the sibling
 * branches of the subtree that made it, so an entry not read since many later ones were stored is
 * the least likely to be read again. Not thread-safe; one per compilation.
 *
 * @param <T> the cached result
 */
final class ComponentCache<T> implements ResultCache<T> {
  // -Datelier.count.key=old: the key of every open clause id (session 11), for measuring.
  static final boolean ALL_CLAUSE_KEY = "old".equals(System.getProperty("atelier.count.key"));
  // -Datelier.count.key=ints: the key as two int arrays (sessions 12-15), for measuring.
  static final boolean INT_KEY = "ints".equals(System.getProperty("atelier.count.key"));
  // -Datelier.count.hash=weak: packed keys hashed by Arrays.hashCode (sessions 16-17), whose
  // values collide on these keys (HashMap buckets turned into trees), for measuring.
  static final boolean WEAK_HASH = "weak".equals(System.getProperty("atelier.count.hash"));
  // Estimated bytes of an entry besides its key arrays: the key record, the two arrays' headers,
  // the map entry (with its access-order links); the result's bytes are added.
  private static final long ENTRY_BYTES = 24 + 2 * 16 + 48;
  // The same for a packed key: its record (array, hash) and one array header.
  private static final long PACKED_ENTRY_BYTES = 24 + 16 + 48;

  private final int[][] clauses;
  private final long maxBytes;
  private final ToLongFunction<T> resultBytes;
  private final KeyPacker packer;
  private final LinkedHashMap<Object, T> entries = new LinkedHashMap<>(1024, 0.75f, true);
  private long bytes;
  private long evictions;

  /**
   * A cache for components of {@code clauses} holding at most about {@code maxBytes} (keys, entries
   * and results, a result's bytes estimated by {@code resultBytes}).
   */
  ComponentCache(int[][] clauses, long maxBytes, ToLongFunction<T> resultBytes) {
    this.clauses = clauses;
    this.maxBytes = maxBytes;
    this.resultBytes = resultBytes;
    this.packer = new KeyPacker(clauses);
  }

  /**
   * The key of the component with these open clauses and unassigned variables (both sorted): its
   * variables and open long clauses packed as variable-length deltas, hashed by {@link
   * KeyPacker#strongHash} ({@link KeyPacker}), or with {@code -Datelier.count.key=ints|old} as int
   * arrays ({@link Key}).
   */
  @Override
  public Object key(int[] openClauses, int[] vars) {
    return ALL_CLAUSE_KEY || INT_KEY
        ? intKey(openClauses, vars)
        : packer.pack(openClauses, vars, !WEAK_HASH);
  }

  /** The key of the component as two int arrays (its open long clauses, its variables). */
  Key intKey(int[] openClauses, int[] vars) {
    if (ALL_CLAUSE_KEY) {
      return new Key(openClauses, vars);
    }
    int longCount = 0;
    for (int k : openClauses) {
      if (clauses[k].length > 2) {
        longCount++;
      }
    }
    int[] longIds = new int[longCount];
    int i = 0;
    for (int k : openClauses) {
      if (clauses[k].length > 2) {
        longIds[i++] = k;
      }
    }
    return new Key(longIds, vars);
  }

  /** The result cached for {@code key}, or null. */
  @Override
  public T get(Object key) {
    return entries.get(key);
  }

  /** Caches {@code result} for {@code key}, evicting the least recently used past the bound. */
  @Override
  public void put(Object key, T result) {
    T old = entries.put(key, result);
    bytes += old == null ? size(key) + resultBytes.applyAsLong(result) : 0;
    Iterator<Map.Entry<Object, T>> eldest = entries.entrySet().iterator();
    while (bytes > maxBytes && eldest.hasNext()) {
      Map.Entry<Object, T> e = eldest.next();
      bytes -= size(e.getKey()) + resultBytes.applyAsLong(e.getValue());
      eldest.remove();
      evictions++;
    }
  }

  /** Estimated bytes held now. */
  long bytes() {
    return bytes;
  }

  @Override
  public long evictions() {
    return evictions;
  }

  private static long size(Object key) {
    return key instanceof KeyPacker.Packed p
        ? PACKED_ENTRY_BYTES + (p.bytes().length + 7 & ~7)
        : ENTRY_BYTES + 4L * (((Key) key).clauses.length + ((Key) key).vars.length);
  }

  /** A component's canonical key: sorted clause ids and sorted variables. */
  record Key(int[] clauses, int[] vars) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(vars, k.vars) && Arrays.equals(clauses, k.clauses);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(clauses) + Arrays.hashCode(vars);
    }

    @Override
    public String toString() {
      return "component of " + vars.length + " variables";
    }
  }
}
