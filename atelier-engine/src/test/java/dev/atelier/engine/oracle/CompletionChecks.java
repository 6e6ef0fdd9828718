package dev.atelier.engine.oracle;

import dev.atelier.engine.answer.PriceBreakdown;
import dev.atelier.engine.answer.PriceLine;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.Completion;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.Objective;
import dev.atelier.engine.session.Preference;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The completion checks of a {@link ModelRun} state: the cheapest and the preferred completion
 * against the oracle's minimum, with their price breakdowns.
 */
record CompletionChecks(ModelRun run, OracleCalls calls) {

  void cheapest(List<Decision> decisions) {
    OptionalLong min = run.oracle.minPrice(decisions);
    Result<Completion> r = run.session.complete(Objective.cheapest(), calls.deadline());
    if (min.isEmpty()) {
      run.check(!r.isOk(), () -> "complete(cheapest) answered " + r + " but nothing is valid");
      return;
    }
    Completion c = calls.answer(r, "complete(cheapest)");
    if (c == null) {
      return;
    }
    Coverage.hit("complete cheapest");
    checkCompletion(c, decisions, "complete(cheapest)");
    long price = run.oracle.price(c.configuration());
    run.check(
        c.price().total() == min.getAsLong() && price == min.getAsLong(),
        () ->
            "complete(cheapest) gave "
                + c.configuration().values()
                + " with price().total() "
                + c.price().total()
                + " (oracle prices it "
                + price
                + "), oracle minimum "
                + min.getAsLong());
    run.check(
        c.penalty() == price,
        () -> "complete(cheapest) penalty " + c.penalty() + ", expected the price " + price);
    checkBreakdown(c.price(), "complete(cheapest)");
    checkBreakdown(run.compiled.price(c.configuration()), "compiledModel.price");
    long compiledPrice = run.compiled.price(c.configuration()).total();
    run.check(
        compiledPrice == price,
        () -> "compiledModel.price of " + c.configuration().values() + " is " + compiledPrice);
  }

  void preferred(List<Decision> decisions) {
    List<Preference> prefs = new ArrayList<>();
    int n = 1 + run.random.nextInt(3);
    for (int i = 0; i < n; i++) {
      prefs.add(
          new Preference(RandomModels.condition(run.random, run.model), 1 + run.random.nextInt(5)));
    }
    OptionalLong min = run.oracle.minPenalty(decisions, prefs);
    Result<Completion> r = run.session.complete(Objective.preferred(prefs), calls.deadline());
    String what =
        "complete(preferred "
            + prefs.stream().map(p -> ModelPrinter.expr(p.condition()) + " w" + p.weight()).toList()
            + ")";
    if (min.isEmpty()) {
      run.check(!r.isOk(), () -> what + " answered but nothing is valid");
      return;
    }
    Completion c = calls.answer(r, what);
    if (c == null) {
      return;
    }
    Coverage.hit("complete preferred");
    checkCompletion(c, decisions, what);
    long actual = run.oracle.penalty(c.configuration(), prefs);
    run.check(
        c.penalty() == min.getAsLong() && actual == min.getAsLong(),
        () ->
            what
                + " gave "
                + c.configuration().values()
                + " with penalty "
                + c.penalty()
                + " (its unmet weight is "
                + actual
                + "), oracle minimum "
                + min.getAsLong());
    long price = run.oracle.price(c.configuration());
    run.check(
        c.price().total() == price,
        () -> what + " price().total() " + c.price().total() + ", oracle prices it " + price);
  }

  /**
   * Lines are non-zero, base first, and add up to the total. Tolerated: a zero "base" line (the
   * record's doc says "the non-zero lines, base first"; the engine keeps a zero base line).
   */
  private void checkBreakdown(PriceBreakdown p, String what) {
    long sum = p.lines().stream().mapToLong(PriceLine::amount).sum();
    boolean baseFirst =
        run.model.basePrice() == 0
            || (!p.lines().isEmpty()
                && p.lines().get(0).kind().equals("base")
                && p.lines().get(0).amount() == run.model.basePrice());
    run.check(
        sum == p.total()
            && baseFirst
            && p.lines().stream().allMatch(l -> l.amount() != 0 || l.kind().equals("base"))
            && p.currency().equals(run.model.currency()),
        () -> what + " price breakdown " + p + " is inconsistent");
  }

  private void checkCompletion(Completion c, List<Decision> decisions, String what) {
    Configuration conf = c.configuration();
    run.check(
        run.oracle.isValid(conf),
        () ->
            what
                + " returned "
                + conf.values()
                + " which is not valid; violated "
                + run.oracle.violated(conf));
    run.check(
        BruteForceOracle.matches(conf, decisions),
        () -> what + " returned " + conf.values() + " which does not extend the decisions");
  }
}
