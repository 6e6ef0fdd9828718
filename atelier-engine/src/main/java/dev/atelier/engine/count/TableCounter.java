package dev.atelier.engine.count;

import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Exact counting of a {@link TableCsp} by variable (bucket) elimination over its tables, in a
 * min-fill order of the constraint graph: eliminating a variable joins the factors that mention it
 * (a nested index join over their rows) and sums it out. Each intermediate factor is stored
 * sparsely, as the rows that have solutions below it, so the cost is bounded by n·d^(w+1) for
 * elimination width w but in practice by how many separator assignments the tables allow: sparse
 * configuration tables of width 12 and domains of hundreds of values count in seconds. Counts are
 * exact longs, redone with BigIntegers when one overflows. Gives up (a failed result, never an
 * exception) at the deadline, when {@code stop} holds, or when a factor would exceed {@code
 * maxRows}. Stateless.
 */
public final class TableCounter {
  /** Default bound on the rows of one intermediate factor (about 1 GiB at arity 12). */
  public static final int MAX_ROWS = 20_000_000;

  private TableCounter() {}

  /** The number of solutions of {@code csp} in which every literal of {@code units} holds. */
  public static Result<BigInteger> count(TableCsp csp, int[] units, Deadline deadline) {
    return count(csp, units, deadline, MAX_ROWS, () -> false, (d, t, r) -> {});
  }

  /** Told after each elimination step. */
  @FunctionalInterface
  public interface Progress {
    /**
     * {@code done} of {@code total} variables eliminated; the largest factor had that many rows.
     */
    void eliminated(int done, int total, int largestRows);
  }

  /**
   * As {@link #count(TableCsp, int[], Deadline)}, within {@code maxRows}, until {@code stop}, and
   * telling {@code progress} (on the calling thread).
   */
  public static Result<BigInteger> count(
      TableCsp csp,
      int[] units,
      Deadline deadline,
      int maxRows,
      BooleanSupplier stop,
      Progress progress) {
    Optional<boolean[][]> allowed = csp.restrict(units);
    if (allowed.isEmpty()) {
      return Result.failed(Failure.Kind.NOT_APPLICABLE, "a unit is not a value of an attribute");
    }
    BooleanSupplier halt = () -> deadline.expired() || stop.getAsBoolean();
    try {
      try {
        return Result.ok(new Elimination(csp, allowed.get(), false, maxRows, halt).run(progress));
      } catch (ArithmeticException overflow) {
        return Result.ok(new Elimination(csp, allowed.get(), true, maxRows, halt).run(progress));
      }
    } catch (Elimination.Stopped e) {
      return Result.failed(Failure.timedOut("counting the tables"));
    } catch (Factor.TooLarge e) {
      return Result.failed(
          Failure.Kind.TOO_LARGE, "an intermediate table exceeds " + maxRows + " rows");
    }
  }

  /** One elimination run, in long or in BigInteger arithmetic. */
  private static final class Elimination {
    private final int[] domains;
    private final boolean[][] allowed;
    private final boolean big;
    private final int maxRows;
    private final BooleanSupplier halt;
    private final List<TableCsp.Relation> relations;
    private int steps;

    Elimination(TableCsp csp, boolean[][] allowed, boolean big, int maxRows, BooleanSupplier halt) {
      this.domains = csp.domains();
      this.relations = csp.tables();
      this.allowed = new boolean[allowed.length][];
      for (int i = 0; i < allowed.length; i++) {
        this.allowed[i] = allowed[i].clone();
      }
      this.big = big;
      this.maxRows = maxRows;
      this.halt = halt;
    }

    BigInteger run(Progress progress) {
      int done = 0;
      int largest = 0;
      List<Factor> live = Consistency.initialFactors(relations, allowed, big, maxRows);
      if (live == null) {
        return BigInteger.ZERO;
      }
      BigInteger constant = BigInteger.ONE;
      int[] order = EliminationOrders.minFill(domains.length, live);
      JoinSum join = new JoinSum(domains.length, big, maxRows, this::tick);
      for (int x : order) {
        List<Factor> bucket = new ArrayList<>();
        List<Factor> rest = new ArrayList<>();
        for (Factor f : live) {
          (contains(f.scope, x) ? bucket : rest).add(f);
        }
        if (bucket.isEmpty()) {
          int values = 0;
          for (boolean a : allowed[x]) {
            values += a ? 1 : 0;
          }
          constant = constant.multiply(BigInteger.valueOf(values));
          continue;
        }
        Factor f = join.eliminate(bucket, x);
        largest = Math.max(largest, f.size);
        progress.eliminated(++done, order.length, largest);
        if (f.size == 0) {
          return BigInteger.ZERO;
        }
        live = rest;
        if (f.scope.length == 0) {
          constant = constant.multiply(f.weight(0));
        } else {
          live.add(f);
        }
        if (constant.signum() == 0) {
          return BigInteger.ZERO;
        }
      }
      return constant;
    }

    private void tick() {
      if ((++steps & 4095) == 0 && halt.getAsBoolean()) {
        throw new Stopped();
      }
    }

    private static boolean contains(int[] scope, int x) {
      for (int v : scope) {
        if (v == x) {
          return true;
        }
      }
      return false;
    }

    static final class Stopped extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Stopped() {
        super(null, null, false, false);
      }
    }
  }
}
