package dev.atelier.engine.session;

import dev.atelier.engine.answer.RuleRef;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.logicng.datastructures.Tristate;

/**
 * Explains a refused value. The answer depends on the model, the set of decisions and the wanted
 * value only (not on their order, the session's history or what its solvers learned), so a reloaded
 * page and a resumed session give the same reasons. The decisions to retract are a minimal
 * correction set found by growing the kept set over the decisions in a canonical order (customer
 * facts first, then model order; each kept decision is consistent with the wanted value and the
 * decisions kept before it, so no retracted decision can be put back). The rules involved are the
 * preferred minimal set in rule order ({@link RulesInvolved}); the repair is assembled by {@link
 * RepairSteps}. The consistency checks of decision subsets ask the model's clique tree when it is
 * ready and the decisions are value literals ({@link TreeCheck}), else SAT; both answer alike.
 * -Datelier.explain=old restores the explanations of before (decisions oldest first, the solver's
 * first core and model), for old-vs-new runs. Not thread-safe; one per session.
 */
final class Explainer {
  static final boolean CANONICAL = !"old".equals(System.getProperty("atelier.explain"));
  private final CompiledModel model;
  private final DecisionResolver resolver;
  private final SatSolver solver;
  private final RefusalReasons reasons;
  private final RepairSteps repairs;

  Explainer(CompiledModel model, DecisionResolver resolver, SatSolver solver) {
    this.model = model;
    this.resolver = resolver;
    this.solver = solver;
    this.reasons = new RefusalReasons(model, resolver, solver);
    this.repairs = new RepairSteps(model, resolver, solver);
  }

  Result<Explanation> explain(List<Decision> given, Decision wanted, Deadline deadline) {
    return explain(given, wanted, null, deadline);
  }

  /**
   * Like {@link #explain(List, Decision, Deadline)}; when {@code repairObjective} is not null, the
   * retracted decisions get the values of an optimal completion (the cheapest repair among those
   * retracting this minimal set) instead of any witness's.
   */
  Result<Explanation> explain(
      List<Decision> given, Decision wanted, Objective repairObjective, Deadline deadline) {
    // Facts come first, so they are kept whenever they fit the wanted value: a repair never
    // changes a customer fact.
    List<Decision> decisions = canonical(given);
    int target = resolver.literal(wanted);
    String old =
        decisions.stream()
            .filter(d -> d.attribute().equals(wanted.attribute()))
            .map(Decision::value)
            .findFirst()
            .orElse("");
    Tristate now = check(DecisionResolver.plus(resolver.literals(decisions), target), deadline);
    if (now == Tristate.UNDEF) {
      return Result.failed(Failure.timedOut("explaining " + wanted));
    }
    if (now == Tristate.TRUE) {
      List<RepairStep> repair =
          old.equals(wanted.value())
              ? List.of()
              : List.of(new RepairStep(wanted.attribute(), old, wanted.value()));
      return Result.ok(
          new Explanation(wanted.attribute(), wanted.value(), true, List.of(), List.of(), repair));
    }
    Tristate alone = check(new int[] {target}, deadline);
    if (alone == Tristate.UNDEF) {
      return Result.failed(Failure.timedOut("explaining " + wanted));
    }
    if (alone == Tristate.FALSE) {
      Result<List<RuleRef>> rules = reasons.rulesInvolved(new int[] {target}, deadline);
      return rules.map(
          r -> new Explanation(wanted.attribute(), wanted.value(), false, List.of(), r, List.of()));
    }
    Result<List<Decision>> blocking = reasons.factsInTheWay(decisions, wanted, target, deadline);
    if (!blocking.isOk()) {
      return Result.failed(blocking.failureOrNull());
    }
    if (!blocking.orThrow().isEmpty()) {
      List<Decision> facts = blocking.orThrow();
      Result<List<RuleRef>> rules =
          reasons.rulesInvolved(DecisionResolver.plus(resolver.literals(facts), target), deadline);
      return rules.map(
          r ->
              new Explanation(
                  wanted.attribute(), wanted.value(), false, List.of(), r, List.of(), facts));
    }
    List<Decision> kept = new ArrayList<>();
    List<Decision> retract = new ArrayList<>();
    // The solver tries to keep the later decisions too, so one model often vouches for several.
    solver.decideFirst(literalsOf(decisions));
    boolean[] model = null;
    for (Decision d : decisions) {
      if (d.attribute().equals(wanted.attribute())) {
        retract.add(d);
        continue;
      }
      int lit = resolver.literal(d);
      if (model != null && DomainState.holds(model, lit)) {
        kept.add(d);
        continue;
      }
      List<Decision> trial = new ArrayList<>(kept);
      trial.add(d);
      int[] lits = DecisionResolver.plus(resolver.literals(trial), target);
      Optional<Tristate> fromTree = fromTree(lits, deadline);
      Tristate t = fromTree.orElseGet(() -> solver.solve(lits, deadline));
      if (t == Tristate.UNDEF) {
        solver.decideFirst(List.of());
        return Result.failed(Failure.timedOut("explaining " + wanted));
      }
      if (t == Tristate.TRUE) {
        kept.add(d);
        model = fromTree.isPresent() ? null : solver.modelCopy();
      } else {
        retract.add(d);
      }
    }
    solver.decideFirst(List.of());
    Optional<List<RepairStep>> repair =
        repairs.assemble(wanted, old, kept, retract, repairObjective, deadline);
    if (repair.isEmpty()) {
      return Result.failed(Failure.timedOut("explaining " + wanted));
    }
    Result<List<RuleRef>> rules =
        reasons.rulesInvolved(
            DecisionResolver.plus(resolver.literals(decisions), target), deadline);
    if (!rules.isOk()) {
      return Result.failed(rules.failureOrNull());
    }
    List<RuleRef> involved =
        reasons.whyEachGoes(wanted, kept, retract, target, rules.orThrow(), deadline);
    // Priced alternatives are a help: they get three quarters of the time left (the caller prices
    // the design as it is with the rest), and the explanation stands without them.
    List<RepairOption> options = List.of();
    if (repairObjective != null) {
      long start = System.nanoTime();
      Deadline half = new Deadline(start + Math.max(0, deadline.endNanos() - start) / 4 * 3);
      options =
          new RepairOptions(this.model, resolver, solver, repairObjective, half)
              .find(decisions, wanted, old, kept, retract);
    }
    return Result.ok(
        new Explanation(
            wanted.attribute(),
            wanted.value(),
            true,
            retract,
            involved,
            repair.get(),
            List.of(),
            options));
  }

  /** Whether {@code lits} can hold together: the clique tree's answer, else SAT's. */
  private Tristate check(int[] lits, Deadline deadline) {
    return TreeCheck.orSat(model, solver, lits, deadline);
  }

  private Optional<Tristate> fromTree(int[] lits, Deadline deadline) {
    return TreeCheck.consistent(model, lits, deadline);
  }

  private List<Integer> literalsOf(List<Decision> decisions) {
    List<Integer> lits = new ArrayList<>();
    for (int lit : resolver.literals(decisions)) {
      lits.add(lit);
    }
    return lits;
  }

  /**
   * The decisions in the order explanations consider them: customer facts first, then model order
   * (before -Datelier.explain=old: facts first, then as made).
   */
  private List<Decision> canonical(List<Decision> given) {
    List<Decision> facts = CustomerFacts.factsFirst(model.model(), given);
    if (!CANONICAL) {
      return facts;
    }
    List<Decision> out = new ArrayList<>(facts);
    out.sort(
        Comparator.comparing((Decision d) -> !model.model().isFact(d.attribute()))
            .thenComparingInt(d -> model.variables().indexOf(d.attribute())));
    return out;
  }
}
