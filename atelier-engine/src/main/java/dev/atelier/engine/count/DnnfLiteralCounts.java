package dev.atelier.engine.count;

import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * The number of models with each literal, for every literal at once, from a {@link DecisionDnnf}:
 * one pass up (each node's count) and one pass down (each node's derivative: how many ways the rest
 * of the circuit completes it), as in Darwiche's differential approach to counting. A model's
 * sub-circuit is a tree that mentions each variable exactly once (the form is smooth and
 * decomposable), so the models with literal {@code l} are the sum over AND nodes fixing {@code l}
 * of derivative × count, and half of that for a node leaving the variable free. Two passes over the
 * nodes instead of one count per literal. Stateless.
 */
public final class DnnfLiteralCounts {
  private DnnfLiteralCounts() {}

  /**
   * Per literal (indexed by {@link DecisionDnnf#index}), the number of models in which it and every
   * literal of {@code units} hold; all zero when there are none. Timed out when {@code deadline}
   * passes.
   */
  public static Result<BigInteger[]> of(DecisionDnnf dnnf, int[] units, Deadline deadline) {
    BigInteger[] counts = new BigInteger[2 * dnnf.numVars() + 2];
    Arrays.fill(counts, BigInteger.ZERO);
    byte[] assumed = dnnf.assumed(units);
    if (assumed == null) {
      return Result.ok(counts);
    }
    int size = dnnf.size();
    BigInteger[] value = new BigInteger[size];
    for (int n = 0; n < size; n++) {
      if ((n & 1023) == 0 && deadline.expired()) {
        return Result.failed(Failure.timedOut("counting per literal"));
      }
      value[n] = value(dnnf, n, value, assumed);
    }
    BigInteger[] derivative = new BigInteger[size];
    Arrays.fill(derivative, BigInteger.ZERO);
    derivative[size - 1] = BigInteger.ONE;
    for (int n = size - 1; n > 0; n--) {
      if ((n & 1023) == 0 && deadline.expired()) {
        return Result.failed(Failure.timedOut("counting per literal"));
      }
      if (derivative[n].signum() == 0 || value[n].signum() == 0) {
        continue;
      }
      int[] kids = dnnf.children(n);
      if (dnnf.kind(n) == DecisionDnnf.DECISION) {
        for (int child : kids) {
          derivative[child] = derivative[child].add(derivative[n]);
        }
        continue;
      }
      passDown(dnnf, n, value, derivative, assumed);
      BigInteger through = derivative[n].multiply(value[n]);
      for (int lit : dnnf.lits(n)) {
        int i = DecisionDnnf.index(lit);
        counts[i] = counts[i].add(through);
      }
      BigInteger half = through.shiftRight(1);
      for (int v : dnnf.free(n)) {
        add(counts, v, assumed[v] == 0 ? half : assumed[v] > 0 ? through : BigInteger.ZERO);
        add(counts, -v, assumed[v] == 0 ? half : assumed[v] < 0 ? through : BigInteger.ZERO);
      }
    }
    return Result.ok(counts);
  }

  private static BigInteger value(DecisionDnnf dnnf, int n, BigInteger[] value, byte[] assumed) {
    return switch (dnnf.kind(n)) {
      case DecisionDnnf.FALSE -> BigInteger.ZERO;
      case DecisionDnnf.DECISION -> value[dnnf.children(n)[0]].add(value[dnnf.children(n)[1]]);
      default -> {
        if (!dnnf.consistent(n, assumed)) {
          yield BigInteger.ZERO;
        }
        BigInteger c = BigInteger.ONE.shiftLeft(freeCount(dnnf.free(n), assumed));
        for (int child : dnnf.children(n)) {
          c = c.multiply(value[child]);
        }
        yield c;
      }
    };
  }

  /** Each child of AND node {@code n} gets the derivative times its siblings' counts. */
  private static void passDown(
      DecisionDnnf dnnf, int n, BigInteger[] value, BigInteger[] derivative, byte[] assumed) {
    int[] kids = dnnf.children(n);
    BigInteger base = derivative[n].shiftLeft(freeCount(dnnf.free(n), assumed));
    // suffix[k] = product of the counts of children k.. (prefix kept in a running product).
    BigInteger[] suffix = new BigInteger[kids.length + 1];
    suffix[kids.length] = BigInteger.ONE;
    for (int k = kids.length - 1; k >= 0; k--) {
      suffix[k] = suffix[k + 1].multiply(value[kids[k]]);
    }
    BigInteger prefix = base;
    for (int k = 0; k < kids.length; k++) {
      derivative[kids[k]] = derivative[kids[k]].add(prefix.multiply(suffix[k + 1]));
      prefix = prefix.multiply(value[kids[k]]);
    }
  }

  private static int freeCount(int[] free, byte[] assumed) {
    int n = 0;
    for (int v : free) {
      if (assumed[v] == 0) {
        n++;
      }
    }
    return n;
  }

  private static void add(BigInteger[] counts, int lit, BigInteger amount) {
    int i = DecisionDnnf.index(lit);
    counts[i] = counts[i].add(amount);
  }
}
