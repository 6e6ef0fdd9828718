package dev.atelier.engine.oracle;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts how often each kind of check ran, so a green suite also shows that it exercised what it
 * claims (refused decisions, repairs, non-empty retractions, ...). Thread-safe.
 */
final class Coverage {
  private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

  private Coverage() {}

  /** Counts one occurrence of {@code what}. */
  static void hit(String what) {
    COUNTS.computeIfAbsent(what, k -> new LongAdder()).increment();
  }

  /** Forgets all counts. */
  static void reset() {
    COUNTS.clear();
  }

  /** The counts, sorted by name. */
  static Map<String, Long> snapshot() {
    Map<String, Long> sorted = new TreeMap<>();
    COUNTS.forEach((k, v) -> sorted.put(k, v.sum()));
    return sorted;
  }
}
