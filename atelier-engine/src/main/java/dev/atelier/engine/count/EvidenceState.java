package dev.atelier.engine.count;

import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.util.Arrays;

/**
 * What {@link CliqueMessages} and {@link CliqueSupport} share: the values the evidence still allows
 * per variable, whether a passed deadline left the state half-done, and the steps of {@link
 * #restrict}: each newly refused value is handed to {@link #refuse}, then {@link #settle}
 * propagates, then the valid values are read through {@link #hasAlive}. Not thread-safe.
 */
abstract class EvidenceState implements TreeEvidence {
  final CliqueTree t;
  final boolean[][] allowed;
  boolean broken;

  /** A state with {@code allowed} (owned by it from now on). */
  EvidenceState(CliqueTree t, boolean[][] allowed) {
    this.t = t;
    this.allowed = allowed;
  }

  /** Every value of every variable allowed. */
  static boolean[][] allowAll(CliqueTree t) {
    boolean[][] ok = new boolean[t.domains.length][];
    for (int x = 0; x < ok.length; x++) {
      ok[x] = new boolean[t.domains[x]];
      Arrays.fill(ok[x], true);
    }
    return ok;
  }

  /** A deep copy of {@link #allowed}, for a copy of the state. */
  final boolean[][] allowedCopy() {
    boolean[][] ok = new boolean[allowed.length][];
    for (int x = 0; x < ok.length; x++) {
      ok[x] = allowed[x].clone();
    }
    return ok;
  }

  /** Value {@code j} of variable {@code x} is newly refused by the evidence. */
  abstract void refuse(int x, int j);

  /** Propagates the refusals since the last call; false when the deadline passed first. */
  abstract boolean settle(Deadline deadline);

  /** Whether an alive row of {@code x}'s clique has value {@code j}. */
  abstract boolean hasAlive(int x, int j);

  @Override
  public final boolean narrows(boolean[][] next) {
    return !broken && TreeEvidence.covers(allowed, next);
  }

  @Override
  public final Result<boolean[][]> restrict(boolean[][] next, Deadline deadline) {
    for (int x = 0; x < next.length; x++) {
      for (int j = 0; j < next[x].length; j++) {
        if (allowed[x][j] && !next[x][j]) {
          allowed[x][j] = false;
          refuse(x, j);
        }
      }
    }
    if (!settle(deadline)) {
      broken = true;
      return Result.failed(Failure.timedOut("computing valid domains over the clique tree"));
    }
    return Result.ok(valid());
  }

  /**
   * The values with an alive row in their variable's clique; none at all when some variable has
   * none (the cliques of another tree of the forest may still have alive rows then).
   */
  @Override
  public final boolean[][] valid() {
    boolean[][] valid = new boolean[allowed.length][];
    boolean solvable = true;
    for (int x = 0; x < valid.length; x++) {
      valid[x] = new boolean[t.domains[x]];
      boolean any = false;
      for (int j = 0; j < valid[x].length; j++) {
        valid[x][j] = hasAlive(x, j);
        any |= valid[x][j];
      }
      solvable &= any;
    }
    if (!solvable) {
      for (boolean[] v : valid) {
        Arrays.fill(v, false);
      }
    }
    return valid;
  }
}
