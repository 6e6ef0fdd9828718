package dev.atelier.engine.session;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.logicng.datastructures.Tristate;

/**
 * Several minimal repairs of a refused value, each priced by its cheapest complete product, the
 * cheapest first: for the minimal set of decisions to retract, its cheapest repair and one per
 * other value of a retracted choice (carbon: the 8-speed derailleur, then the 11-speed); then the
 * other minimal sets found by keeping one of the retracted choices first. Customer facts are never
 * retracted (they come first and fit the wanted value). A bounded number of optimizer calls; what
 * the deadline leaves out is left out. Not thread-safe; one per explanation.
 */
final class RepairOptions {

  /** Most repairs offered. */
  static final int MAX_OPTIONS = 3;

  private static final int MAX_CALLS = 6;
  private static final int MAX_VALUES = 8;

  private final CompiledModel model;
  private final DecisionResolver resolver;
  private final SatSolver solver;
  private final Objective objective;
  private final Deadline deadline;
  private final Map<List<RepairStep>, RepairOption> found = new LinkedHashMap<>();
  private int calls;
  private boolean stopped;

  RepairOptions(
      CompiledModel model,
      DecisionResolver resolver,
      SatSolver solver,
      Objective objective,
      Deadline deadline) {
    this.model = model;
    this.resolver = resolver;
    this.solver = solver;
    this.objective = objective;
    this.deadline = deadline;
  }

  /**
   * The priced repairs, cheapest first (at most {@link #MAX_OPTIONS}). {@code decisions} are the
   * customer's (facts first), {@code kept} and {@code retract} a minimal correction set of them for
   * {@code wanted} (whose old value is {@code old}).
   */
  List<RepairOption> find(
      List<Decision> decisions,
      Decision wanted,
      String old,
      List<Decision> kept,
      List<Decision> retract) {
    int target = resolver.literal(wanted);
    priceAll(wanted, old, target, kept, retract);
    Set<Set<Decision>> seen = new HashSet<>();
    seen.add(new HashSet<>(retract));
    for (Decision first : retract) {
      if (stopped || first.attribute().equals(wanted.attribute())) {
        continue;
      }
      List<Decision> order = new ArrayList<>();
      decisions.stream().filter(d -> model.model().isFact(d.attribute())).forEach(order::add);
      if (!order.contains(first)) {
        order.add(first);
      }
      decisions.stream().filter(d -> !order.contains(d)).forEach(order::add);
      List<Decision> otherKept = new ArrayList<>();
      List<Decision> otherRetract = new ArrayList<>();
      for (Decision d : order) {
        if (d.attribute().equals(wanted.attribute())) {
          otherRetract.add(d);
          continue;
        }
        List<Decision> trial = new ArrayList<>(otherKept);
        trial.add(d);
        Tristate t =
            solver.solve(DecisionResolver.plus(resolver.literals(trial), target), deadline);
        if (t == Tristate.UNDEF) {
          stopped = true;
          break;
        }
        (t == Tristate.TRUE ? otherKept : otherRetract).add(d);
      }
      if (!stopped && seen.add(new HashSet<>(otherRetract))) {
        priceAll(wanted, old, target, otherKept, otherRetract);
      }
    }
    return found.values().stream()
        .sorted(Comparator.comparingLong(RepairOption::total))
        .limit(MAX_OPTIONS)
        .toList();
  }

  /** The cheapest repair retracting {@code retract}, and one per other value of each. */
  private void priceAll(
      Decision wanted, String old, int target, List<Decision> kept, List<Decision> retract) {
    RepairOption cheapest = price(wanted, old, target, kept, retract, null);
    for (Decision r : retract) {
      if (r.attribute().equals(wanted.attribute())) {
        continue;
      }
      Attribute a = model.variables().attributes().get(model.variables().indexOf(r.attribute()));
      List<String> values = new ArrayList<>(a.valueIds());
      if (a.optional()) {
        values.add(Decision.UNSET);
      }
      if (values.size() > MAX_VALUES) {
        continue;
      }
      for (String v : values) {
        // The old value is what conflicts; the cheapest repair's value is priced already.
        if (!v.equals(r.value()) && !(cheapest != null && cheapest.repair().contains(step(r, v)))) {
          price(wanted, old, target, kept, retract, new Decision(r.attribute(), v));
        }
      }
    }
  }

  private static RepairStep step(Decision retracted, String newValue) {
    return new RepairStep(retracted.attribute(), retracted.value(), newValue);
  }

  /** Prices one repair (null when the calls, the time or the rules leave none). */
  private RepairOption price(
      Decision wanted,
      String old,
      int target,
      List<Decision> kept,
      List<Decision> retract,
      Decision extra) {
    if (stopped || calls >= MAX_CALLS) {
      return null;
    }
    calls++;
    List<Decision> hard = new ArrayList<>(kept);
    if (extra != null) {
      hard.add(extra);
    }
    // The cheapest repair of a set moves its numbers as little as the optimum allows.
    Result<Completion> c =
        extra == null
            ? NearestRepair.complete(
                model,
                resolver,
                solver,
                hard,
                target,
                retract,
                wanted.attribute(),
                objective,
                deadline)
            : new Optimizer(model, solver)
                .complete(
                    DecisionResolver.plus(resolver.literals(hard), target), objective, deadline);
    if (!c.isOk()) {
      stopped = deadline.expired();
      return null;
    }
    Map<String, String> values = c.orThrow().configuration().values();
    List<RepairStep> steps = new ArrayList<>();
    steps.add(new RepairStep(wanted.attribute(), old, wanted.value()));
    for (Decision r : retract) {
      if (!r.attribute().equals(wanted.attribute())) {
        steps.add(
            new RepairStep(
                r.attribute(), r.value(), values.getOrDefault(r.attribute(), Decision.UNSET)));
      }
    }
    return found.computeIfAbsent(steps, s -> new RepairOption(s, c.orThrow().price().total()));
  }
}
