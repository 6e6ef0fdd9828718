package dev.atelier.cli;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.compile.ValueCounts;
import dev.atelier.engine.count.CliqueCounts;
import dev.atelier.engine.count.CliqueTree;
import dev.atelier.engine.count.TableCompilation;
import dev.atelier.engine.count.TableCsp;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.Decision;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Per-value counts for {@code atelier count --per-value} and {@code check --per-value}, from the
 * model's compiled form: the clique tree of a table model (one sum-product pass), otherwise the
 * decision-DNNF of its CNF (one pass up, one down). Stateless.
 */
final class PerValueCounts {
  private PerValueCounts() {}

  /**
   * Prints {@code attribute TAB value TAB count} per value (unset as {@link Decision#UNSET}) and
   * returns the total; a failure when no compiled form fits or the deadline passes.
   */
  static Result<BigInteger> print(ProductModel model, Deadline deadline, PrintWriter out) {
    Optional<TableCsp> csp = TableCsp.of(model);
    Result<BigInteger[][]> perValue;
    BigInteger total;
    if (csp.isPresent()) {
      Result<CliqueCounts.Counts> counted = fromTree(csp.get(), deadline);
      if (!counted.isOk()) {
        return Result.failed(counted.failureOrNull());
      }
      perValue = Result.ok(counted.orThrow().perValue());
      total = counted.orThrow().total();
    } else {
      Result<CompiledModel> compiled = CompiledModel.compile(model, deadline);
      if (!compiled.isOk()) {
        return Result.failed(compiled.failureOrNull());
      }
      ValueCounts.Answer answer = ValueCounts.of(compiled.orThrow(), deadline, deadline);
      if (answer instanceof ValueCounts.Unavailable u) {
        return Result.failed(u.failure());
      }
      if (!(answer instanceof ValueCounts.Counted c)) {
        return Result.failed(Failure.timedOut("counting per value"));
      }
      perValue = Result.ok(c.perValue());
      total = c.total();
    }
    List<Attribute> attributes = model.attributes();
    for (int i = 0; i < attributes.size(); i++) {
      List<String> ids = attributes.get(i).valueIds();
      BigInteger[] per = perValue.orThrow()[i];
      for (int j = 0; j < per.length; j++) {
        String value = j < ids.size() ? ids.get(j) : Decision.UNSET;
        out.println(attributes.get(i).id() + "\t" + value + "\t" + per[j]);
      }
    }
    return Result.ok(total);
  }

  private static Result<CliqueCounts.Counts> fromTree(TableCsp csp, Deadline deadline) {
    Result<CliqueTree> tree =
        CliqueTree.build(csp, deadline, TableCompilation.MAX_CELLS, () -> false);
    if (!tree.isOk()) {
      return Result.failed(tree.failureOrNull());
    }
    boolean[][] all = csp.restrict(new int[0]).orElseThrow();
    return CliqueCounts.count(tree.orThrow(), all, deadline);
  }
}
