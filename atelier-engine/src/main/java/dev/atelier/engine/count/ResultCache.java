package dev.atelier.engine.count;

/**
 * A component cache of {@link ComponentSearch}: a residual component's result under its canonical
 * key (the component's unassigned variables and open clauses of three or more literals), bounded,
 * evicting what it judges least likely to be read again (an evicted component is searched again
 * when it recurs, so results stay exact). Not thread-safe; one per search.
 *
 * @param <T> the cached result
 */
interface ResultCache<T> {
  /** The key of the component with these open clauses and unassigned variables (both sorted). */
  Object key(int[] openClauses, int[] vars);

  /** The result cached for {@code key} (from {@link #key}), or null. */
  T get(Object key);

  /** Caches {@code result} for {@code key}, evicting past the bound. */
  void put(Object key, T result);

  /** Entries evicted so far. */
  long evictions();
}
