package dev.atelier.cli;

import dev.atelier.engine.count.CliqueCounts;
import dev.atelier.engine.count.CliqueTree;
import dev.atelier.engine.count.TableCompilation;
import dev.atelier.engine.count.TableCsp;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.Decision;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.List;

/**
 * Per-value counts of a table model for {@code atelier count --per-value}: the model's clique tree
 * (within the sessions' cell budget) and one sum-product pass over it. Stateless.
 */
final class PerValueCounts {
  private PerValueCounts() {}

  /**
   * Prints {@code attribute TAB value TAB count} per value (unset as {@link Decision#UNSET}) and
   * returns the total; a failure when the tree does not fit or the deadline passes.
   */
  static Result<BigInteger> print(
      ProductModel model, TableCsp csp, Deadline deadline, PrintWriter out) {
    Result<CliqueTree> tree =
        CliqueTree.build(csp, deadline, TableCompilation.MAX_CELLS, () -> false);
    if (!tree.isOk()) {
      return Result.failed(tree.failureOrNull());
    }
    boolean[][] all = csp.restrict(new int[0]).orElseThrow();
    Result<CliqueCounts.Counts> counted = CliqueCounts.count(tree.orThrow(), all, deadline);
    if (!counted.isOk()) {
      return Result.failed(counted.failureOrNull());
    }
    CliqueCounts.Counts counts = counted.orThrow();
    List<Attribute> attributes = model.attributes();
    for (int i = 0; i < attributes.size(); i++) {
      List<String> ids = attributes.get(i).valueIds();
      BigInteger[] per = counts.perValue()[i];
      for (int j = 0; j < per.length; j++) {
        String value = j < ids.size() ? ids.get(j) : Decision.UNSET;
        out.println(attributes.get(i).id() + "\t" + value + "\t" + per[j]);
      }
    }
    return Result.ok(counts.total());
  }
}
