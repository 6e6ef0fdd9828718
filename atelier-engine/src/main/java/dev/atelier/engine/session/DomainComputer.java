package dev.atelier.engine.session;

import dev.atelier.engine.cnf.VariableMap;
import dev.atelier.engine.compile.ClauseIndex;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.count.CliqueTree;
import dev.atelier.engine.count.DecisionDnnf;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes valid domains: from the model's compiled decision-DNNF when it has one, otherwise with a
 * warm incremental solver: a value is offered iff the decisions plus that value are satisfiable.
 * Values that unit propagation of the decisions falsifies are refused without search, and earlier
 * witnesses are moved along with new decisions by short walks. Work is saved four ways: every
 * satisfying assignment witnesses all values it contains and all values one or two free flips away,
 * and once few values are open a short local walk witnesses values nearby; earlier assignments are
 * reused while they agree with the decisions; a value refused under some decisions stays refused
 * when decisions are only added; and the solver decides the values not yet witnessed first. Refused
 * values found along the way are assumed for the rest of the computation. Once at most 2,048 values
 * are open, failed-literal probes on top of the decisions' propagation settle most of them without
 * a SAT call (a conflict refuses the value; otherwise the probe's implications are forced into the
 * last model and a short walk repairs it into a witness). Variables the decisions imply are frozen
 * for walks and flips, and no SAT call is made to prove the decisions consistent when a witness
 * already satisfies them (the search itself is {@link SatRounds}). Results are cached per decision
 * set ({@link DomainCache}), so undo is immediate. Not thread-safe; one per session.
 */
final class DomainComputer {
  // -Datelier.domains=legacy: the engine of before the residual components, for old-vs-new runs.
  static final boolean LEGACY = "legacy".equals(System.getProperty("atelier.domains"));
  // -Datelier.probes=off: no failed-literal probes (the engine of before them, for old-vs-new
  // runs).
  static final boolean PROBES = !LEGACY && !"off".equals(System.getProperty("atelier.probes"));

  // -Datelier.sat.components=own: each session computes the components with nothing decided
  // itself (the engine of before session 21, for old-vs-new runs).
  static final boolean SHARE_COMPONENTS =
      !"own".equals(System.getProperty("atelier.sat.components"));

  private final VariableMap vars;
  private final ClauseIndex index;
  private final int numVars;
  private final UnitPropagation propagation;
  private final SatRounds rounds;
  private final DomainStates states;
  private final ShownDomains shown;
  private final CompiledFormDomains compiled;
  private final DomainCache cache = new DomainCache();
  private CompiledModel shared;
  private List<Decision> lastDecisions;
  private DomainState last;
  // The residual components under lastDecisions (null: unknown, or the legacy engine).
  private ResidualComponents lastComponents;

  DomainComputer(CompiledModel model, SatSolver solver) {
    this(
        model.variables(),
        model.clauseIndex(),
        model.cnf().numVars(),
        solver,
        SatRounds.NEW ? WitnessPool.of(model) : null,
        SatRounds.NEW ? ImplicationGraph.of(model) : null);
    this.shared = model;
    model
        .memo(WarmStart.class)
        .ifPresent(
            w -> {
              rounds.seed(w.models());
              cache.put(Set.of(), w.domains());
              // Values refused with no decision (dead features) stay refused from the start.
              last = states.settledAs(w.domains());
              lastDecisions = List.of();
            });
  }

  private DomainComputer(
      VariableMap vars,
      ClauseIndex index,
      int numVars,
      SatSolver solver,
      WitnessPool pool,
      ImplicationGraph graph) {
    this.vars = vars;
    this.numVars = numVars;
    this.index = index;
    this.propagation = new UnitPropagation(index, numVars);
    this.rounds = new SatRounds(solver, index, propagation, pool, graph, numVars);
    Slots slots = new Slots(vars);
    this.states = new DomainStates(vars, slots, index, numVars);
    this.shown = new ShownDomains(vars, slots);
    this.compiled = new CompiledFormDomains(vars, slots, states);
  }

  Result<ValidDomains> compute(List<Decision> decisions, int[] lits, Deadline deadline) {
    Set<Decision> key = new HashSet<>(decisions);
    ValidDomains cached = cache.get(key);
    if (cached != null) {
      return Result.ok(cached);
    }
    Map<Integer, Decision> decided = new LinkedHashMap<>();
    for (Decision d : decisions) {
      decided.put(vars.indexOf(d.attribute()), d);
    }
    // The decision-DNNF answers first when it fits (its passes are shortest); the clique tree
    // serves table models it does not fit (or first with -Datelier.tables=first, to measure it).
    Optional<CliqueTree> tree = shared == null ? Optional.empty() : shared.tables().now();
    boolean dnnfFirst = !"first".equals(System.getProperty("atelier.tables"));
    if (tree.isPresent() && !(dnnfFirst && shared.knowledge().now().isPresent())) {
      Optional<boolean[][]> allowed = shared.tableCsp().flatMap(c -> c.restrict(lits));
      if (allowed.isPresent()) {
        return remember(
            key,
            compiled
                .fromTables(tree.get(), allowed.get(), decisions, lits, deadline)
                .map(state -> shown.of(state, decided)));
      }
    }
    Optional<DecisionDnnf> dnnf = shared == null ? Optional.empty() : shared.knowledge().now();
    if (dnnf.isPresent()) {
      return remember(
          key,
          compiled.fromDnnf(dnnf.get(), decisions, lits).map(state -> shown.of(state, decided)));
    }
    return remember(key, searched(decisions, lits, decided, deadline));
  }

  /** The valid domains searched with the SAT rounds (no compiled form answers). */
  private Result<ValidDomains> searched(
      List<Decision> decisions, int[] lits, Map<Integer, Decision> decided, Deadline deadline) {
    SatTrace.computeStart = SatTrace.now();
    boolean monotone = lastDecisions != null && decisions.containsAll(lastDecisions);
    if (monotone && lastComponents == null && lastDecisions.isEmpty() && !LEGACY) {
      lastComponents = componentsWithNothingDecided();
    }
    boolean propagated = propagation.propagate(lits);
    ResidualComponents components =
        propagated && !LEGACY ? ResidualComponents.of(index, propagation, numVars) : null;
    boolean[] dirty =
        monotone && components != null && lastComponents != null
            ? lastComponents.dirtyUnder(components)
            : null;
    DomainState state = states.initial(lits, decided, last, monotone, dirty);
    int[] implied = lits;
    if (propagated) {
      state.refuseFalsified(propagation);
      if (PROBES) {
        state.freezeImplied(propagation);
        implied = new int[propagation.trailSize()];
        for (int i = 0; i < implied.length; i++) {
          implied[i] = propagation.trailLiteral(i);
        }
      }
    }
    SatTrace.setupNanos += SatTrace.now() - SatTrace.computeStart;
    Result<Boolean> consistent = rounds.start(state, lits, implied, deadline);
    if (!consistent.isOk()) {
      return Result.failed(consistent.failureOrNull());
    }
    if (!consistent.orThrow()) {
      return Result.failed(CompiledFormDomains.refusal(decisions));
    }
    Result<Boolean> probed = rounds.settle(state, lits, propagated, deadline);
    if (!probed.isOk()) {
      return Result.failed(probed.failureOrNull());
    }
    for (Map.Entry<Integer, Decision> e : decided.entrySet()) {
      Decision d = e.getValue();
      if (d.isUnset()) {
        state.settleUnset(e.getKey(), true);
      } else {
        state.settle(e.getKey(), vars.valueIndexOf(e.getKey(), d.value()), true);
      }
    }
    lastDecisions = List.copyOf(decisions);
    last = state;
    lastComponents = components;
    if (decisions.isEmpty() && components != null && shared != null && SHARE_COMPONENTS) {
      shared.offerMemo(ResidualComponents.class, components);
    }
    ValidDomains result = shown.of(state, decided);
    if (decisions.isEmpty() && shared != null && shared.memo(WarmStart.class).isEmpty()) {
      shared.offerMemo(WarmStart.class, new WarmStart(result, rounds.witnesses()));
    }
    return Result.ok(result);
  }

  /**
   * The residual components with nothing decided: the same for every session of a compiled model,
   * so computed once and shared (immutable) through the model's memo.
   */
  private ResidualComponents componentsWithNothingDecided() {
    if (shared != null && SHARE_COMPONENTS) {
      Optional<ResidualComponents> memo = shared.memo(ResidualComponents.class);
      if (memo.isPresent()) {
        return memo.get();
      }
    }
    propagation.propagate(new int[0]);
    ResidualComponents components = ResidualComponents.of(index, propagation, numVars);
    if (shared != null && SHARE_COMPONENTS) {
      shared.offerMemo(ResidualComponents.class, components);
    }
    return components;
  }

  private Result<ValidDomains> remember(Set<Decision> key, Result<ValidDomains> result) {
    return result.map(domains -> remembered(key, domains));
  }

  private ValidDomains remembered(Set<Decision> key, ValidDomains domains) {
    cache.put(key, domains);
    return domains;
  }
}
