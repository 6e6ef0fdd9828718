package dev.atelier.engine.session;

import dev.atelier.engine.cnf.VariableMap;
import dev.atelier.engine.compile.ClauseIndex;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.count.CliqueTree;
import dev.atelier.engine.count.DecisionDnnf;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.util.ArrayList;
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
 * set, so undo is immediate. Not thread-safe; one per session.
 */
final class DomainComputer {
  // -Datelier.domains=legacy: the engine of before the residual components, for old-vs-new runs.
  static final boolean LEGACY = "legacy".equals(System.getProperty("atelier.domains"));
  private static final int MAX_CACHED = 16;
  // -Datelier.probes=off: no failed-literal probes (the engine of before them, for old-vs-new
  // runs).
  static final boolean PROBES = !LEGACY && !"off".equals(System.getProperty("atelier.probes"));

  private final VariableMap vars;
  private final ClauseIndex index;
  private final int numVars;
  private final UnitPropagation propagation;
  private final Slots slots;
  private final SatRounds rounds;
  private CompiledModel shared;
  private final Map<Set<Decision>, ValidDomains> cache = new LinkedHashMap<>(16, 0.75f, true);
  private List<Decision> lastDecisions;
  // The last domain built per attribute, reused while it stays the same (large models).
  private final AttributeDomain[] shown;
  private final boolean[][] shownOffered;
  private final boolean[] shownUnset;
  private DomainState last;
  // The residual components under lastDecisions (null: unknown, or the legacy engine).
  private ResidualComponents lastComponents;
  // The session's support state on the model's clique tree (table models), kept across decisions.
  private final TreeStates support = new TreeStates();

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
              last = stateOf(w.domains());
              lastDecisions = List.of();
            });
  }

  private DomainState stateOf(ValidDomains domains) {
    DomainState state = new DomainState(slots, index, numVars, new int[0]);
    List<Attribute> attributes = vars.attributes();
    for (int i = 0; i < attributes.size(); i++) {
      AttributeDomain d = domains.of(attributes.get(i).id());
      Set<String> offered = new HashSet<>(d.offered());
      List<String> ids = attributes.get(i).valueIds();
      for (int j = 0; j < ids.size(); j++) {
        state.settle(i, j, offered.contains(ids.get(j)));
      }
      state.settleUnset(i, d.unsetPossible());
    }
    return state;
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
    this.slots = new Slots(vars);
    int n = vars.attributes().size();
    this.shown = new AttributeDomain[n];
    this.shownOffered = new boolean[n][];
    this.shownUnset = new boolean[n];
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
            key, fromTables(tree.get(), allowed.get(), decisions, lits, decided, deadline));
      }
    }
    Optional<DecisionDnnf> dnnf = shared == null ? Optional.empty() : shared.knowledge().now();
    if (dnnf.isPresent()) {
      return remember(key, fromDnnf(dnnf.get(), decisions, lits, decided));
    }
    SatTrace.computeStart = SatTrace.now();
    boolean monotone = lastDecisions != null && decisions.containsAll(lastDecisions);
    if (monotone && lastComponents == null && lastDecisions.isEmpty() && !LEGACY) {
      propagation.propagate(new int[0]);
      lastComponents = ResidualComponents.of(index, propagation, numVars);
    }
    boolean propagated = propagation.propagate(lits);
    ResidualComponents components =
        propagated && !LEGACY ? ResidualComponents.of(index, propagation, numVars) : null;
    boolean[] dirty =
        monotone && components != null && lastComponents != null
            ? lastComponents.dirtyUnder(components)
            : null;
    DomainState state = initialState(lits, decided, monotone, dirty);
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
      return Result.failed(refusal(decisions));
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
    ValidDomains result = toDomains(state, decided);
    if (decisions.isEmpty() && shared != null && shared.memo(WarmStart.class).isEmpty()) {
      shared.offerMemo(WarmStart.class, new WarmStart(result, rounds.witnesses()));
    }
    return remember(key, Result.ok(result));
  }

  private Result<ValidDomains> remember(Set<Decision> key, Result<ValidDomains> result) {
    if (result.isOk()) {
      if (cache.size() >= MAX_CACHED) {
        cache.remove(cache.keySet().iterator().next());
      }
      cache.put(key, result.orThrow());
    }
    return result;
  }

  /**
   * The valid domains read off the compiled DNNF: a value is offered iff its literal is possible.
   */
  private Result<ValidDomains> fromDnnf(
      DecisionDnnf dnnf, List<Decision> decisions, int[] lits, Map<Integer, Decision> decided) {
    boolean[] possible = dnnf.possibleLiterals(lits);
    if (possible == null) {
      return Result.failed(refusal(decisions));
    }
    DomainState state = new DomainState(slots, index, numVars, lits);
    for (int i = 0; i < slots.attributes(); i++) {
      for (int j = 0; j < slots.values(i); j++) {
        state.settle(i, j, possible[DecisionDnnf.index(vars.valueLiteral(i, j))]);
      }
      boolean optional = vars.attributes().get(i).optional();
      state.settleUnset(i, optional && possible[DecisionDnnf.index(-vars.setLiteral(i))]);
    }
    return Result.ok(toDomains(state, decided));
  }

  /**
   * The valid domains read off the model's clique tree, narrowing this session's support state when
   * decisions were only added (otherwise starting from the state without decisions).
   */
  private Result<ValidDomains> fromTables(
      CliqueTree tree,
      boolean[][] allowed,
      List<Decision> decisions,
      int[] lits,
      Map<Integer, Decision> decided,
      Deadline deadline) {
    if (!tree.satisfiable()) {
      return Result.failed(refusal(List.of()));
    }
    Result<boolean[][]> valid = support.valid(tree, allowed, deadline);
    if (!valid.isOk()) {
      return Result.failed(valid.failureOrNull());
    }
    boolean[][] offered = valid.orThrow();
    DomainState state = new DomainState(slots, index, numVars, lits);
    for (int i = 0; i < slots.attributes(); i++) {
      boolean any = false;
      for (int j = 0; j < slots.values(i); j++) {
        state.settle(i, j, offered[i][j]);
        any |= offered[i][j];
      }
      boolean unset = vars.attributes().get(i).optional() && offered[i][slots.values(i)];
      state.settleUnset(i, unset);
      if (!any && !unset) {
        return Result.failed(refusal(decisions));
      }
    }
    return Result.ok(toDomains(state, decided));
  }

  private static Failure refusal(List<Decision> decisions) {
    return decisions.isEmpty()
        ? Failure.of(Failure.Kind.UNSATISFIABLE_MODEL, "the model admits no configuration")
        : Failure.of(Failure.Kind.REFUSED, "the decisions " + decisions + " contradict");
  }

  /**
   * The state to start from: decided attributes settled; when decisions were only added, values
   * refused before stay refused, and values whose variable lies outside the residual components the
   * new decisions touched ({@code dirty} false) keep their status (see {@link ResidualComponents}).
   */
  private DomainState initialState(
      int[] lits, Map<Integer, Decision> decided, boolean monotone, boolean[] dirty) {
    DomainState state = new DomainState(slots, index, numVars, lits);
    List<Attribute> attributes = vars.attributes();
    int carried = 0;
    for (int i = 0; i < attributes.size(); i++) {
      boolean isDecided = decided.containsKey(i);
      for (int j = 0; j < slots.values(i); j++) {
        if (isDecided || monotone && !last.offered(i, j)) {
          state.settle(i, j, false);
        } else if (dirty != null && !dirty[Math.abs(slots.literal(slots.value(i, j)))]) {
          state.settle(i, j, true);
          carried++;
        }
      }
      if (isDecided || !attributes.get(i).optional() || monotone && !last.unsetOk(i)) {
        state.settleUnset(i, false);
      } else if (dirty != null && !dirty[Math.abs(slots.literal(slots.unset(i)))]) {
        state.settleUnset(i, true);
      }
    }
    if (SatSolver.TRACE) {
      System.err.println("atelier.sat.trace carried " + carried + " open " + state.openCount());
    }
    return state;
  }

  private ValidDomains toDomains(DomainState state, Map<Integer, Decision> decided) {
    AttributeDomain[] domains = new AttributeDomain[slots.attributes()];
    for (int i = 0; i < domains.length; i++) {
      Decision d = decided.get(i);
      domains[i] = domainOf(i, state, d == null ? Optional.empty() : Optional.of(d.value()));
    }
    return new ValidDomains(new IndexedDomains(vars, domains));
  }

  /** The domain of attribute {@code i}; the previous answer's object when it did not change. */
  private AttributeDomain domainOf(int i, DomainState state, Optional<String> decision) {
    AttributeDomain previous = shown[i];
    if (previous != null
        && shownUnset[i] == state.unsetOk(i)
        && sameOffered(shownOffered[i], i, state)
        && previous.decided().equals(decision)) {
      return previous;
    }
    Attribute a = vars.attributes().get(i);
    List<String> ids = a.valueIds();
    List<String> yes = new ArrayList<>();
    List<String> no = new ArrayList<>();
    boolean[] offered = new boolean[ids.size()];
    for (int j = 0; j < ids.size(); j++) {
      offered[j] = state.offered(i, j);
      (offered[j] ? yes : no).add(ids.get(j));
    }
    AttributeDomain domain = new AttributeDomain(a.id(), yes, no, state.unsetOk(i), decision);
    shown[i] = domain;
    shownOffered[i] = offered;
    shownUnset[i] = state.unsetOk(i);
    return domain;
  }

  private static boolean sameOffered(boolean[] shown, int i, DomainState state) {
    for (int j = 0; j < shown.length; j++) {
      if (shown[j] != state.offered(i, j)) {
        return false;
      }
    }
    return true;
  }
}
