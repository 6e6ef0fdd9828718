package dev.atelier.engine.session;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.compile.PriceTerm;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Ranked, distinct optimal designs for a {@link Proposal}: the best one, then the best one that
 * differs from each earlier one in at least two attributes the needs name (when there is such a
 * design; else in one value that matters: a priced or wished-for attribute), and so on. Ranking is
 * lexicographic: least missed preference weight first, then lowest price. Each round is one MaxSAT
 * call with the previous designs blocked. Not thread-safe; one per call.
 */
final class Proposer {
  private final CompiledModel model;

  Proposer(CompiledModel model) {
    this.model = model;
  }

  Result<List<Completion>> propose(int[] given, Proposal proposal, Deadline deadline) {
    // In one order, so that the solvers meet the same problem whatever order the decisions came in.
    int[] decisionLits = given.clone();
    if (Explainer.CANONICAL) {
      Arrays.sort(decisionLits);
    }
    List<Expr> conditions = new ArrayList<>();
    proposal.preferences().forEach(p -> conditions.add(p.condition()));
    conditions.addAll(proposal.requirements());
    List<Expr> encoded = new ArrayList<>();
    proposal.preferences().forEach(p -> encoded.add(p.condition()));
    encoded.addAll(proposal.avoid());
    encoded.addAll(proposal.requirements());
    List<int[]> hard = new ArrayList<>();
    List<long[]> soft = new ArrayList<>();
    int[] literals = new int[0];
    int numVars = model.cnf().numVars();
    if (!encoded.isEmpty() || proposal.hasBudget()) {
      var ext = model.encode(encoded, proposal.maxTotal());
      if (!ext.isOk()) {
        return Result.failed(ext.failureOrNull());
      }
      hard.addAll(List.of(ext.orThrow().clauses()));
      literals = ext.orThrow().literals();
      numVars = ext.orThrow().numVars();
    }
    int wishes = proposal.preferences().size();
    int avoided = proposal.avoid().size();
    for (int k = wishes + avoided; k < literals.length; k++) {
      hard.add(new int[] {literals[k]});
    }
    long priceRange = 1;
    for (PriceTerm t : model.priceTerms()) {
      priceRange += Math.abs(t.amount());
    }
    // Preferences dominate price: one unit of weight outranks every price difference, as long as
    // the weights still fit MaxSAT's int; otherwise prices break no ties.
    long scale = wishes > 0 && fits(proposal, priceRange) ? priceRange : 1;
    for (int k = 0; k < wishes; k++) {
      soft.add(new long[] {literals[k], proposal.preferences().get(k).weight() * scale});
    }
    // Values not offered by default weigh one unit of preference weight, above every price.
    for (int k = wishes; k < wishes + avoided; k++) {
      soft.add(new long[] {-literals[k], scale > 1 ? scale : priceRange});
    }
    if (wishes == 0 || scale > 1) {
      for (PriceTerm t : model.priceTerms()) {
        soft.add(
            t.amount() > 0
                ? new long[] {-t.literal(), t.amount()}
                : new long[] {t.literal(), -t.amount()});
      }
    }
    MaxSatCall call = new MaxSatCall(model, numVars, hard, soft, decisionLits);
    List<Completion> ranked = new ArrayList<>();
    while (ranked.size() < proposal.count()) {
      Result<Completion> next = call.solve(deadline, proposal.preferences());
      if (!next.isOk()
          && next.failureOrNull().kind() == Failure.Kind.REFUSED
          && call.relaxDistance()) {
        // No design differs from every earlier one in two attributes that matter: one will do.
        next = call.solve(deadline, proposal.preferences());
      }
      if (!next.isOk()) {
        if (next.failureOrNull().kind() == Failure.Kind.REFUSED) {
          if (!ranked.isEmpty()) {
            break;
          }
          return Result.failed(
              Failure.Kind.REFUSED,
              "no design meets these requirements and budget together with the decisions");
        }
        return Result.failed(next.failureOrNull());
      }
      ranked.add(next.orThrow());
      call.block(next.orThrow().configuration(), conditions);
      call.keepDistance(next.orThrow().configuration(), conditions);
    }
    return Result.ok(List.copyOf(ranked));
  }

  private static boolean fits(Proposal proposal, long priceRange) {
    long total = 0;
    for (Preference p : proposal.preferences()) {
      total += p.weight();
    }
    return total < Integer.MAX_VALUE / priceRange;
  }
}
