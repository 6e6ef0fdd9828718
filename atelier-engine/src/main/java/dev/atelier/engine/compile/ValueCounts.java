package dev.atelier.engine.compile;

import dev.atelier.engine.count.CliqueCounts;
import dev.atelier.engine.count.CliqueTree;
import dev.atelier.engine.count.DecisionDnnf;
import dev.atelier.engine.count.DnnfLiteralCounts;
import dev.atelier.engine.count.TableCsp;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Exact per-value counts of a model from its compiled form (the clique tree of a table model, else
 * the decision-DNNF), never from SAT: while the background compilation runs the answer is {@link
 * Pending}. Per attribute, one count per value in model order, then one for "unset" when the
 * attribute is optional. Stateless.
 */
public final class ValueCounts {
  private ValueCounts() {}

  /** The answer: counted, still compiling, or not available (the compilation did not fit). */
  public sealed interface Answer {}

  /** The total and, per attribute and value, the configurations taking it. */
  public record Counted(BigInteger total, BigInteger[][] perValue) implements Answer {}

  /** The compiled form is not ready yet, or counting did not finish within its deadline. */
  public record Pending() implements Answer {}

  /** No compiled form (it does not fit the engine's budgets), and why. */
  public record Unavailable(Failure failure) implements Answer {}

  /**
   * Counts {@code model} from its compiled form, starting its compilation if needed and waiting for
   * it until {@code wait}, then counting until {@code deadline} (a count cut off there is {@link
   * Pending} too: ask again).
   */
  public static Answer of(CompiledModel model, Deadline wait, Deadline deadline) {
    Optional<TableCsp> csp = model.tableCsp();
    if (csp.isPresent()) {
      Optional<CliqueTree> tree = model.tables().await(wait);
      if (tree.isPresent()) {
        Result<CliqueCounts.Counts> counted =
            CliqueCounts.count(tree.get(), csp.get().restrict(new int[0]).orElseThrow(), deadline);
        return counted.isOk()
            ? new Counted(counted.orThrow().total(), counted.orThrow().perValue())
            : new Pending();
      }
    }
    Optional<DecisionDnnf> dnnf = model.knowledge().await(wait);
    if (dnnf.isPresent()) {
      return fromDnnf(model, dnnf.get(), deadline);
    }
    boolean finished =
        model.knowledge().compileNanos() >= 0
            && (csp.isEmpty() || model.tables().compileNanos() >= 0);
    return finished
        ? new Unavailable(
            Failure.of(
                Failure.Kind.TOO_LARGE, "the model does not compile within the engine's budget"))
        : new Pending();
  }

  private static Answer fromDnnf(CompiledModel model, DecisionDnnf dnnf, Deadline deadline) {
    Result<BigInteger[]> counted = DnnfLiteralCounts.of(dnnf, new int[0], deadline);
    if (!counted.isOk()) {
      return new Pending();
    }
    BigInteger[] perLiteral = counted.orThrow();
    var vars = model.variables();
    int n = vars.attributes().size();
    BigInteger[][] perValue = new BigInteger[n][];
    for (int i = 0; i < n; i++) {
      int[] lits = vars.valueLiterals(i);
      boolean optional = vars.attributes().get(i).optional();
      perValue[i] = new BigInteger[lits.length + (optional ? 1 : 0)];
      for (int j = 0; j < lits.length; j++) {
        perValue[i][j] = perLiteral[DecisionDnnf.index(lits[j])];
      }
      if (optional) {
        perValue[i][lits.length] = perLiteral[DecisionDnnf.index(-vars.setLiteral(i))];
      }
    }
    return new Counted(dnnf.count(new int[0]), perValue);
  }
}
