package dev.atelier.engine.session;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.compile.PriceTerm;
import dev.atelier.engine.count.CliqueMinSum;
import dev.atelier.engine.count.CliqueTree;
import dev.atelier.engine.count.TableCsp;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cheapest completion of a table model from its clique tree ({@link CliqueMinSum}: min-sum over
 * the stored rows, linear in them) instead of weighted MaxSAT, once the tree is ready. Every price
 * term must be a value literal of an attribute and every decision literal a value or set literal;
 * otherwise (and while the tree is not ready) there is no answer here and the caller uses MaxSAT.
 * Stateless.
 */
final class TreeCompletion {
  private TreeCompletion() {}

  /**
   * The cheapest configuration extending {@code decisionLits} (REFUSED with {@code refused} when
   * none does, TIMED_OUT at the deadline), or empty when the tree cannot answer.
   */
  static Optional<Result<Configuration>> cheapest(
      CompiledModel model, int[] decisionLits, Deadline deadline, String refused) {
    Optional<CliqueTree> tree = model.tables().ready();
    Optional<TableCsp> csp = model.tableCsp();
    if (tree.isEmpty() || csp.isEmpty()) {
      return Optional.empty();
    }
    Optional<boolean[][]> allowed = csp.get().restrict(decisionLits);
    int[] domains = csp.get().domains();
    long[][] cost = new long[domains.length][];
    for (int x = 0; x < domains.length; x++) {
      cost[x] = new long[domains[x]];
    }
    for (PriceTerm t : model.priceTerms()) {
      int[] m = csp.get().literals().get(t.literal());
      if (m == null) {
        return Optional.empty();
      }
      for (int j = 0; j < domains[m[0]]; j++) {
        cost[m[0]][j] += (m[2] == 0) == (j != m[1]) ? t.amount() : 0; // m[2] == 0: "not j"
      }
    }
    if (allowed.isEmpty()) {
      return Optional.empty();
    }
    Result<Optional<CliqueMinSum.Cheapest>> found =
        CliqueMinSum.cheapest(tree.get(), allowed.get(), cost, deadline);
    if (!found.isOk()) {
      return Optional.of(Result.failed(found.failureOrNull()));
    }
    if (found.orThrow().isEmpty()) {
      return Optional.of(Result.failed(Failure.Kind.REFUSED, refused));
    }
    int[] values = found.orThrow().get().values();
    List<Attribute> attributes = model.variables().attributes();
    Map<String, String> chosen = new LinkedHashMap<>();
    for (int x = 0; x < values.length; x++) {
      List<String> ids = attributes.get(x).valueIds();
      if (values[x] < ids.size()) {
        chosen.put(attributes.get(x).id(), ids.get(values[x]));
      }
    }
    return Optional.of(Result.ok(new Configuration(chosen)));
  }
}
