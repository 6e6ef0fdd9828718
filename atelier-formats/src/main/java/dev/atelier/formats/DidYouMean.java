package dev.atelier.formats;

import java.util.Collection;
import java.util.Optional;

/**
 * Suggests the closest known name for a misspelt one ("did you mean 'frame'?"). Stateless and
 * thread-safe.
 */
public final class DidYouMean {

  private DidYouMean() {}

  /** The closest of {@code known} to {@code given}, if it is close enough to be a likely typo. */
  public static Optional<String> closest(String given, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d =
          distance(
              given.toLowerCase(java.util.Locale.ROOT),
              candidate.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    int allowed = Math.max(1, Math.min(3, given.length() / 3));
    return best != null && bestDistance <= allowed && bestDistance < given.length()
        ? Optional.of(best)
        : Optional.empty();
  }

  /** {@code message} followed by "; did you mean 'x'?" when a close name exists. */
  public static String hint(String message, String given, Collection<String> known) {
    return closest(given, known).map(s -> message + "; did you mean '" + s + "'?").orElse(message);
  }

  private static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 3 || a.length() > 64 || b.length() > 64) {
      return Integer.MAX_VALUE;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
