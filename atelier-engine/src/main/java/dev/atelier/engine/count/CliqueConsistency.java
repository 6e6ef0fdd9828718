package dev.atelier.engine.count;

import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import java.util.Optional;

/**
 * Consistency checks of decision subsets on a {@link CliqueTree} (the checks explanations make):
 * whether some solution of the tables takes only the allowed values. A fresh {@link CliqueSupport}
 * is restricted to them, so a check costs the rows the evidence kills, not a SAT call. Stateless.
 */
public final class CliqueConsistency {
  private CliqueConsistency() {}

  /** Whether some solution takes only values {@code allowed[x][j]}; TIMED_OUT at the deadline. */
  public static Result<Boolean> consistent(
      CliqueTree tree, boolean[][] allowed, Deadline deadline) {
    if (!tree.satisfiable()) {
      return Result.ok(false);
    }
    return tree.newSupport()
        .restrict(allowed, deadline)
        .map(valid -> valid.length == 0 || anyTrue(valid[0]));
  }

  /**
   * Whether some solution satisfies every literal of {@code literals} (value and set literals of
   * {@code csp}'s attributes), or empty when one is not such a literal (the caller asks SAT).
   */
  public static Optional<Result<Boolean>> consistent(
      CliqueTree tree, TableCsp csp, int[] literals, Deadline deadline) {
    return csp.restrict(literals).map(allowed -> consistent(tree, allowed, deadline));
  }

  private static boolean anyTrue(boolean[] values) {
    for (boolean v : values) {
      if (v) {
        return true;
      }
    }
    return false;
  }
}
