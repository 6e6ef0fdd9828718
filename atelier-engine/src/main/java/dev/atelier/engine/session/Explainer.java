package dev.atelier.engine.session;

import dev.atelier.engine.answer.RuleRef;
import dev.atelier.engine.cnf.VariableMap;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.logicng.datastructures.Tristate;

/**
 * Explains a refused value. The decisions to retract are a minimal correction set found by growing
 * the kept set over the decisions, oldest first (each kept decision is consistent with the wanted
 * value and the decisions kept before it, so no retracted decision can be put back). The rules
 * involved are a minimal unsatisfiable set of clause groups (deletion-based, seeded by the solver's
 * failed assumptions). The consistency checks of decision subsets ask the model's clique tree when
 * it is ready and the decisions are value literals ({@link TreeCheck}), else SAT. Not thread-safe;
 * one per session.
 */
final class Explainer {
  private static final int MAX_LAZY_ROUNDS = 64;
  // Beyond this many retracted decisions, the first ones' rules say enough.
  private static final int MAX_RETRACTIONS_EXPLAINED = 6;
  private final CompiledModel model;
  private final VariableMap vars;
  private final DecisionResolver resolver;
  private final SatSolver solver;
  private SatSolver selectorSolver;

  Explainer(CompiledModel model, DecisionResolver resolver, SatSolver solver) {
    this.model = model;
    this.vars = model.variables();
    this.resolver = resolver;
    this.solver = solver;
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
    List<Decision> decisions = CustomerFacts.factsFirst(model.model(), given);
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
      Result<List<RuleRef>> rules = rulesInvolved(new int[] {target}, deadline);
      return rules.map(
          r -> new Explanation(wanted.attribute(), wanted.value(), false, List.of(), r, List.of()));
    }
    Result<List<Decision>> blocking = factsInTheWay(decisions, wanted, target, deadline);
    if (!blocking.isOk()) {
      return Result.failed(blocking.failureOrNull());
    }
    if (!blocking.orThrow().isEmpty()) {
      List<Decision> facts = blocking.orThrow();
      Result<List<RuleRef>> rules =
          rulesInvolved(DecisionResolver.plus(resolver.literals(facts), target), deadline);
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
    Tristate witness =
        solver.solve(DecisionResolver.plus(resolver.literals(kept), target), deadline);
    if (witness != Tristate.TRUE) {
      return Result.failed(Failure.timedOut("explaining " + wanted));
    }
    List<String> witnessed = new ArrayList<>();
    for (Decision d : retract) {
      witnessed.add(valueInModel(d.attribute()));
    }
    List<RepairStep> repair =
        repairSteps(wanted, old, kept, retract, witnessed, target, repairObjective, deadline);
    Result<List<RuleRef>> rules =
        rulesInvolved(DecisionResolver.plus(resolver.literals(decisions), target), deadline);
    if (!rules.isOk()) {
      return Result.failed(rules.failureOrNull());
    }
    List<RuleRef> involved = whyEachGoes(wanted, kept, retract, target, rules.orThrow(), deadline);
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
            repair,
            List.of(),
            options));
  }

  /**
   * {@code first} (one minimal set of rules that refuses the value with all the decisions), then,
   * when several decisions must go, the rules that make each of them go (a minimal set refusing the
   * value with the kept decisions and that one): otherwise the shopper reads one rule while the
   * repair changes three choices (a carbon frame drops the basket and the rim brakes too). Each
   * extra set is a help: when time runs out, what was found so far stands.
   */
  private List<RuleRef> whyEachGoes(
      Decision wanted,
      List<Decision> kept,
      List<Decision> retract,
      int target,
      List<RuleRef> first,
      Deadline deadline) {
    List<Decision> others =
        retract.stream().filter(d -> !d.attribute().equals(wanted.attribute())).toList();
    if (others.size() < 2) {
      return first;
    }
    List<RuleRef> all = new ArrayList<>(first);
    for (Decision d : others.subList(0, Math.min(others.size(), MAX_RETRACTIONS_EXPLAINED))) {
      List<Decision> trial = new ArrayList<>(kept);
      trial.add(d);
      Result<List<RuleRef>> why =
          rulesInvolved(DecisionResolver.plus(resolver.literals(trial), target), deadline);
      if (!why.isOk()) {
        break;
      }
      for (RuleRef r : why.orThrow()) {
        if (!all.contains(r)) {
          all.add(r);
        }
      }
    }
    return all;
  }

  /**
   * The repair: the wanted value, then each retracted decision with the value of the cheapest
   * completion keeping {@code kept}, retracted numbers moved as little as it allows ({@link
   * NearestRepair}; when {@code repairObjective} is given and one is found in time), else the
   * witness model's value.
   */
  private List<RepairStep> repairSteps(
      Decision wanted,
      String old,
      List<Decision> kept,
      List<Decision> retract,
      List<String> witnessed,
      int target,
      Objective repairObjective,
      Deadline deadline) {
    Configuration best = null;
    if (repairObjective != null) {
      Result<Completion> optimal =
          NearestRepair.complete(
              this.model,
              resolver,
              solver,
              kept,
              target,
              retract,
              wanted.attribute(),
              repairObjective,
              deadline);
      best = optimal.isOk() ? optimal.orThrow().configuration() : null;
    }
    List<RepairStep> repair = new ArrayList<>();
    repair.add(new RepairStep(wanted.attribute(), old, wanted.value()));
    for (int k = 0; k < retract.size(); k++) {
      Decision d = retract.get(k);
      if (!d.attribute().equals(wanted.attribute())) {
        String value =
            best == null
                ? witnessed.get(k)
                : best.values().getOrDefault(d.attribute(), Decision.UNSET);
        repair.add(new RepairStep(d.attribute(), d.value(), value));
      }
    }
    return repair;
  }

  /**
   * A minimal set of the customer's facts (other than the wanted attribute) that refuse the wanted
   * value on their own; empty when the facts fit it.
   */
  private Result<List<Decision>> factsInTheWay(
      List<Decision> decisions, Decision wanted, int target, Deadline deadline) {
    List<Decision> facts = new ArrayList<>();
    for (Decision d : decisions) {
      if (model.model().isFact(d.attribute()) && !d.attribute().equals(wanted.attribute())) {
        facts.add(d);
      }
    }
    if (facts.isEmpty()) {
      return Result.ok(List.of());
    }
    Tristate t = check(DecisionResolver.plus(resolver.literals(facts), target), deadline);
    if (t == Tristate.UNDEF) {
      return Result.failed(Failure.timedOut("explaining " + wanted));
    }
    if (t == Tristate.TRUE) {
      return Result.ok(List.of());
    }
    // Deletion: drop each fact the others refuse the value without.
    List<Decision> core = new ArrayList<>(facts);
    for (Decision f : facts) {
      List<Decision> without = new ArrayList<>(core);
      without.remove(f);
      Tristate r = check(DecisionResolver.plus(resolver.literals(without), target), deadline);
      if (r == Tristate.UNDEF) {
        return Result.failed(Failure.timedOut("explaining " + wanted));
      }
      if (r == Tristate.FALSE) {
        core = without;
      }
    }
    return Result.ok(List.copyOf(core));
  }

  /** Whether {@code lits} can hold together: the clique tree's answer, else SAT's. */
  private Tristate check(int[] lits, Deadline deadline) {
    return fromTree(lits, deadline).orElseGet(() -> solver.solve(lits, deadline));
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

  private String valueInModel(String attribute) {
    int i = vars.indexOf(attribute);
    List<String> ids = vars.attributes().get(i).valueIds();
    for (int j = 0; j < ids.size(); j++) {
      if (solver.isTrue(vars.valueLiteral(i, j))) {
        return ids.get(j);
      }
    }
    return Decision.UNSET;
  }

  /** A minimal set of rules that, with {@code hard} assumed, is unsatisfiable. */
  private Result<List<RuleRef>> rulesInvolved(int[] hard, Deadline deadline) {
    if (selectorSolver == null) {
      selectorSolver = new SatSolver(model.cnf(), true);
    }
    // Rules are switched on lazily: solve with the rules switched on so far; a model breaks some
    // rules that were off, and those take part in the conflict: switch them on and solve again.
    // Usually a handful of rounds over a handful of rules, instead of assuming every rule at once.
    Set<Integer> candidates = new LinkedHashSet<>();
    Set<Integer> core = null;
    for (int round = 0; core == null; round++) {
      Tristate t = selectorSolver.solve(assumptions(hard, candidates), deadline);
      if (t == Tristate.UNDEF) {
        return Result.failed(Failure.timedOut("finding the rules involved"));
      }
      if (t == Tristate.FALSE) {
        core = groupsIn(selectorSolver.failedAssumptions());
      } else {
        Set<Integer> broken = brokenGroups(selectorSolver.modelCopy());
        broken.removeAll(candidates);
        if (broken.isEmpty() || round == MAX_LAZY_ROUNDS) {
          broken = allGroups();
        }
        candidates.addAll(broken);
      }
    }
    for (Integer g : new ArrayList<>(core)) {
      if (!core.contains(g)) {
        continue;
      }
      Set<Integer> without = new LinkedHashSet<>(core);
      without.remove(g);
      Tristate r = selectorSolver.solve(assumptions(hard, without), deadline);
      if (r == Tristate.UNDEF) {
        return Result.failed(Failure.timedOut("finding the rules involved"));
      }
      if (r == Tristate.FALSE) {
        Set<Integer> smaller = groupsIn(selectorSolver.failedAssumptions());
        smaller.retainAll(without);
        core = smaller;
      }
    }
    return Result.ok(core.stream().sorted().map(model::ruleOfGroup).toList());
  }

  /** The selectable groups with a clause that {@code assignment} falsifies. */
  private Set<Integer> brokenGroups(boolean[] assignment) {
    int[][] clauses = model.cnf().clauses();
    int[] groups = model.cnf().groups();
    Set<Integer> broken = new LinkedHashSet<>();
    for (int k = 0; k < clauses.length; k++) {
      if (groups[k] >= selectorSolver.firstSelectable() && !satisfied(assignment, clauses[k])) {
        broken.add(groups[k]);
      }
    }
    return broken;
  }

  private static boolean satisfied(boolean[] assignment, int[] clause) {
    for (int lit : clause) {
      if (DomainState.holds(assignment, lit)) {
        return true;
      }
    }
    return false;
  }

  private Set<Integer> allGroups() {
    Set<Integer> all = new LinkedHashSet<>();
    for (int g = selectorSolver.firstSelectable(); g < selectorSolver.groupCount(); g++) {
      all.add(g);
    }
    return all;
  }

  private int[] assumptions(int[] hard, Set<Integer> groups) {
    int[] out = Arrays.copyOf(hard, hard.length + groups.size());
    int k = hard.length;
    for (int g : groups) {
      selectorSolver.load(g);
      out[k++] = selectorSolver.selector(g);
    }
    return out;
  }

  private Set<Integer> groupsIn(int[] failed) {
    Set<Integer> groups = new LinkedHashSet<>();
    int first = selectorSolver.selector(0);
    for (int lit : failed) {
      if (lit >= first) {
        groups.add(lit - first);
      }
    }
    return groups;
  }
}
