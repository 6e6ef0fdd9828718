package dev.atelier.engine.session;

import dev.atelier.engine.answer.PriceBreakdown;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.compile.Extension;
import dev.atelier.engine.compile.PriceTerm;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.logicng.datastructures.Tristate;

/**
 * Finds an optimal completion with LogicNG's weighted MaxSAT (OLL): the model's clauses and the
 * decisions are hard; each price term (or unmet preference) is a soft clause weighted by its cost.
 * Negative prices become soft clauses on the negated literal, which shifts the objective by a
 * constant. Not thread-safe; one per call.
 */
final class Optimizer {
  private static final WeightedMaxSat.Wording WORDING =
      new WeightedMaxSat.Wording(
          "completing the configuration",
          "a price or weight exceeds " + Integer.MAX_VALUE,
          "no complete configuration extends the current decisions");
  private final CompiledModel model;
  private final SatSolver sat;

  /**
   * An optimizer over {@code model}; {@code sat} (the session's solver) answers zero-cost cases.
   */
  Optimizer(CompiledModel model, SatSolver sat) {
    this.model = model;
    this.sat = sat;
  }

  Result<Completion> complete(int[] given, Objective objective, Deadline deadline) {
    // In one order, so that the solvers meet the same problem whatever order the decisions came in.
    int[] decisionLits = given.clone();
    if (Explainer.CANONICAL) {
      Arrays.sort(decisionLits);
    }
    if (objective.isCheapest() && objective.avoid().isEmpty()) {
      Optional<Result<Configuration>> fromTree =
          TreeCompletion.cheapest(model, decisionLits, deadline, WORDING.refused());
      if (fromTree.isPresent()) {
        return fromTree.get().map(c -> completion(objective, c));
      }
    }
    int numVars = model.cnf().numVars();
    List<int[]> extraClauses = new ArrayList<>();
    List<long[]> soft = new ArrayList<>();
    List<Expr> wishes = objective.preferences().stream().map(Preference::condition).toList();
    List<Expr> encoded = new ArrayList<>(wishes);
    encoded.addAll(objective.avoid());
    int[] extLits = new int[0];
    if (!encoded.isEmpty()) {
      Result<Extension> ext = model.encode(encoded);
      if (!ext.isOk()) {
        return Result.failed(ext.failureOrNull());
      }
      numVars = ext.orThrow().numVars();
      extraClauses.addAll(List.of(ext.orThrow().clauses()));
      extLits = ext.orThrow().literals();
    }
    long avoidWeight = 1;
    if (objective.isCheapest()) {
      for (PriceTerm t : model.priceTerms()) {
        avoidWeight += Math.abs(t.amount());
        soft.add(
            t.amount() > 0
                ? new long[] {-t.literal(), t.amount()}
                : new long[] {t.literal(), -t.amount()});
      }
    } else {
      for (int k = 0; k < wishes.size(); k++) {
        soft.add(new long[] {extLits[k], objective.preferences().get(k).weight()});
      }
    }
    // Avoided conditions outweigh every price difference (a soft preference, never a rule).
    for (int k = wishes.size(); k < extLits.length; k++) {
      soft.add(new long[] {-extLits[k], avoidWeight});
    }
    if (soft.stream().noneMatch(s -> s[1] != 0)) {
      // Nothing to optimize (no prices, as in feature models): any completion is optimal.
      return anyCompletion(decisionLits, objective, deadline);
    }
    Result<Configuration> answer =
        new WeightedMaxSat(model, numVars)
            .solve(extraClauses, decisionLits, soft, deadline, WORDING);
    if (!answer.isOk()) {
      return Result.failed(answer.failureOrNull());
    }
    return Result.ok(completion(objective, answer.orThrow()));
  }

  private Completion completion(Objective objective, Configuration configuration) {
    PriceBreakdown price = model.price(configuration);
    long penalty =
        objective.isCheapest()
            ? price.total()
            : WeightedMaxSat.unmet(model, objective.preferences(), configuration);
    return new Completion(configuration, price, penalty);
  }

  /**
   * Any completion: the first model of a fresh solver (the session's solver would answer by what it
   * learned before, so a resumed session could answer otherwise; -Datelier.explain=old asks it).
   */
  private Result<Completion> anyCompletion(
      int[] decisionLits, Objective objective, Deadline deadline) {
    SatSolver sat = Explainer.CANONICAL ? new SatSolver(model.cnf(), false) : this.sat;
    Tristate t = sat.solve(decisionLits, deadline);
    if (t == Tristate.UNDEF) {
      return Result.failed(Failure.timedOut(WORDING.task()));
    }
    if (t == Tristate.FALSE) {
      return Result.failed(Failure.Kind.REFUSED, WORDING.refused());
    }
    return Result.ok(completion(objective, WeightedMaxSat.decode(model, sat::isTrue)));
  }
}
