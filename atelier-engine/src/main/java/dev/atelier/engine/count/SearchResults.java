package dev.atelier.engine.count;

import java.util.List;

/**
 * What {@link ComponentSearch} builds from its trace: DNNF nodes ({@link DnnfResults}) when the
 * compiled form is needed, or only counts ({@link CountResults}) when a count is all that is asked
 * (nothing but the component cache then grows with the search). Not thread-safe; one per search.
 *
 * @param <T> a component's result: a node id, or a count
 */
interface SearchResults<T> {
  /** The result of a component without models. */
  T none();

  /** Whether {@code r} is {@link #none()}. */
  boolean isNone(T r);

  /**
   * A branch's body: {@code fixed} literals hold, {@code freeVars} take any value, and every one of
   * {@code parts} (none of them {@link #none()}).
   */
  T and(int[] fixed, int[] freeVars, List<T> parts);

  /** A component's result from its two branches' (either may be {@link #none()}). */
  T decision(T hi, T lo);

  /**
   * The result of a component that is one open clause over its {@code vars} unassigned variables
   * and nothing else, or null when this kind of result has no closed form for it (the search then
   * branches as for any component). A {@code tautology} holds a variable in both signs.
   */
  T oneClause(int vars, boolean tautology);

  /** A component cache for this kind of result over {@code clauses}, of about {@code maxBytes}. */
  ResultCache<T> cache(int[][] clauses, long maxBytes);

  /** Estimated heap bytes of {@code r} held in the component cache. */
  long bytes(T r);

  /** Whether what was built so far exceeds its bound (the search then gives up). */
  boolean spent();
}
