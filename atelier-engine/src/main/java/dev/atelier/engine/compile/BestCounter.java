package dev.atelier.engine.compile;

import dev.atelier.engine.count.CliqueCounts;
import dev.atelier.engine.count.CliqueTree;
import dev.atelier.engine.count.Compilation;
import dev.atelier.engine.count.DecisionDnnf;
import dev.atelier.engine.count.ModelCounting;
import dev.atelier.engine.count.TableCounter;
import dev.atelier.engine.count.TableCsp;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Counts a compiled model's configurations with the best form it has ready: the decision-DNNF, else
 * the clique tree of a table model, else elimination over its tables, else the CNF counter.
 * Stateless and thread-safe.
 */
final class BestCounter {

  private BestCounter() {}

  /**
   * The number of models of {@code compiled}'s CNF in which every literal of {@code units} holds.
   */
  static Result<BigInteger> count(CompiledModel compiled, int[] units, Deadline deadline) {
    return count(compiled, units, deadline, false);
  }

  /**
   * Like {@link #count(CompiledModel, int[], Deadline)}; with {@code raceDnnf} a CNF model's
   * background decision-DNNF (started if it was not) races the CNF counters, first answer wins.
   */
  static Result<BigInteger> count(
      CompiledModel compiled, int[] units, Deadline deadline, boolean raceDnnf) {
    Optional<DecisionDnnf> dnnf = compiled.knowledge().ready();
    if (dnnf.isPresent()) {
      return Result.ok(dnnf.get().count(units));
    }
    Optional<TableCsp> csp = compiled.tableCsp();
    Optional<CliqueTree> tree = compiled.tables().ready();
    if (csp.isPresent() && tree.isPresent()) {
      Optional<boolean[][]> allowed = csp.get().restrict(units);
      if (allowed.isPresent()) {
        return CliqueCounts.count(tree.get(), allowed.get(), deadline)
            .map(CliqueCounts.Counts::total);
      }
    }
    if (csp.isPresent()) {
      // Table models count by variable elimination over the tables (bounded by their width);
      // only when that does not fit does the CNF counter get the rest of the deadline.
      Result<BigInteger> counted = TableCounter.count(csp.get(), units, deadline);
      Failure failure = counted.failureOrNull();
      if (failure == null || failure.kind() == Failure.Kind.TIMED_OUT) {
        return counted;
      }
    }
    Optional<Compilation<DecisionDnnf>> background =
        raceDnnf && csp.isEmpty() ? Optional.of(compiled.knowledge()) : Optional.empty();
    return ModelCounting.count(compiled.cnf(), units, deadline, background);
  }
}
