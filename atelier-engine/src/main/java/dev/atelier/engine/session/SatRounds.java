package dev.atelier.engine.session;

import dev.atelier.engine.compile.ClauseIndex;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.logicng.datastructures.Tristate;

/**
 * The search part of one valid-domain computation on the SAT path: earlier witnesses (this
 * session's, moved along with new decisions by short walks, and the version's {@link WitnessPool})
 * settle what they can, one SAT call proves the decisions consistent unless a witness already does,
 * and then rounds settle the open values: failed-literal probes on top of the decisions'
 * propagation once few values are open (off by default since session 17, see {@link #COMPLETE}),
 * otherwise SAT rounds: {@link ChunkedRounds} (decisions plus a chunk of open literals as
 * assumptions, final conflicts refuse single values; a chunk is first completed from the last model
 * by a {@link GuidedCompletion}, and the solver is called only when that gives up), or with
 * -Datelier.chunks=old one "some open value holds" SAT call per round (a model witnesses many
 * values; unsatisfiable refuses every open value at once). With {@link #NEW}: a failed literal's
 * negation is kept in the propagation for the rest of the computation (later probes see it),
 * literals of one atomic set ({@link ImplicationGraph}) are probed once, and models are shared
 * across sessions through the pool. Not thread-safe; one per session.
 */
final class SatRounds {
  // -Datelier.sat=old: the SAT path of before the implication graph, learned failed literals and
  // the shared witness pool (for old-vs-new runs from one jar).
  static final boolean NEW =
      !DomainComputer.LEGACY && !"old".equals(System.getProperty("atelier.sat"));
  private static final int MAX_WITNESSES = 64;
  // Earlier witnesses moved along with the new decisions by a short walk, most recent first.
  private static final int MAX_MOVED = 16;
  // -Datelier.sat.rounds=old: only the first MAX_MOVED witnesses are moved (old-vs-new, one jar).
  static final boolean WITNESS_DRIVEN = ChunkedRounds.LEAN_REST;
  private static final int IDLE_MOVES = Integer.getInteger("atelier.sat.idle", 8);
  private static final int MIN_GAIN = Integer.getInteger("atelier.sat.gain", 4);
  // Pooled models of other sessions checked against the decisions.
  private static final int MAX_POOLED = 32;
  // -Datelier.sat.complete=off: every chunk round calls the solver and probe rounds run once at
  // most 2,048 values are open (the path of before session 17); by default a chunk is first
  // completed from the last model (GuidedCompletion), and with rounds that cheap the probe rounds
  // run only once at most 256 values are open (session 17: on gen kconfig 20,000 probes cost more
  // than they settle, 0 is faster still; on Linux 2.6.33.3 they settle most values cheaply).
  static final boolean COMPLETE =
      ChunkedRounds.ON && !"off".equals(System.getProperty("atelier.sat.complete"));
  // Large open sets are cheaper in SAT rounds, which witness hundreds of values each.
  private static final int LOCAL_REPAIR_LIMIT =
      Integer.getInteger("atelier.probe.limit", COMPLETE || !DomainComputer.PROBES ? 256 : 2048);
  // Probes per round may visit this many times the model's clauses (about a SAT round's work).
  private static final int PROBE_WORK = 3;
  // Repairs a completion may make before it gives up (-Datelier.sat.complete.repairs=N; 256 was
  // the first setting of session 17: on gen kconfig 80,000 most completions gave up within it).
  private static final int COMPLETE_REPAIRS =
      Integer.getInteger("atelier.sat.complete.repairs", 4096);

  private final SatSolver solver;
  private final ClauseIndex index;
  private final LocalRepair repair;
  private final UnitPropagation propagation;
  private final WitnessPool pool;
  private final ImplicationGraph graph;
  private final ChunkedRounds chunks;
  private final ProbeMemory memory;
  private final Deque<boolean[]> witnesses = new ArrayDeque<>();
  private boolean[] lastModel;

  SatRounds(
      SatSolver solver,
      ClauseIndex index,
      UnitPropagation propagation,
      WitnessPool pool,
      ImplicationGraph graph,
      int numVars) {
    this.solver = solver;
    this.memory = ProbeMemory.ON ? new ProbeMemory(numVars) : null;
    this.index = index;
    this.repair = new LocalRepair(index);
    this.propagation = propagation;
    this.pool = NEW ? pool : null;
    this.graph = NEW ? graph : null;
    this.chunks =
        ChunkedRounds.ON
            ? new ChunkedRounds(
                solver,
                ChunkedRounds.HIGHEST_FIRST || ChunkedRounds.WIDEST_FIRST ? this.graph : null,
                COMPLETE ? new GuidedCompletion(index, COMPLETE_REPAIRS, numVars) : null)
            : null;
  }

  /** Starts from these models (a warm start), most useful first. */
  void seed(List<boolean[]> models) {
    models.stream().limit(MAX_WITNESSES).forEach(witnesses::addLast);
  }

  /** This session's witnesses, most recent first. */
  List<boolean[]> witnesses() {
    return List.copyOf(witnesses);
  }

  /**
   * Settles what earlier witnesses show under the decisions {@code lits} ({@code implied}: the
   * literals their propagation assigned, or {@code lits}), then proves the decisions consistent: ok
   * true when they are, ok false when they contradict.
   */
  Result<Boolean> start(DomainState state, int[] lits, int[] implied, Deadline deadline) {
    if (chunks != null) {
      chunks.begin();
    }
    if (memory != null) {
      memory.begin();
    }
    long t0 = SatTrace.now();
    List<boolean[]> moved = new ArrayList<>();
    List<boolean[]> toMove = new ArrayList<>();
    for (boolean[] w : witnesses) {
      if (DomainState.satisfies(w, lits)) {
        state.witness(w, false);
      } else {
        toMove.add(w);
      }
    }
    move(state, toMove, implied, moved);
    List<boolean[]> pooled = pool == null ? List.of() : pool.agreeingWith(lits, MAX_POOLED);
    for (boolean[] m : pooled) {
      state.witness(m, false);
    }
    // A witness that satisfies the decisions proves them consistent: no SAT call needed for that.
    boolean[] agreeing = DomainComputer.PROBES ? agreeing(lits, moved, pooled) : null;
    SatTrace.startNanos += SatTrace.now() - t0;
    if (agreeing != null) {
      lastModel = agreeing;
      return Result.ok(true);
    }
    Tristate base = solver.solve(lits, deadline);
    if (base == Tristate.UNDEF) {
      return Result.failed(Failure.timedOut("computing valid domains"));
    }
    if (base == Tristate.TRUE) {
      remember(state);
    }
    return Result.ok(base == Tristate.TRUE);
  }

  /**
   * Settles every open value of {@code state} under the (consistent) decisions {@code lits}; with
   * {@code probePossible}, the session's propagation holds the decisions' implications without a
   * conflict, so failed-literal probes may run on top of it.
   */
  Result<Boolean> settle(DomainState state, int[] lits, boolean probePossible, Deadline deadline) {
    while (true) {
      List<Integer> open = state.openLiterals();
      if (!open.isEmpty() && open.size() <= LOCAL_REPAIR_LIMIT && lastModel != null) {
        if (!DomainComputer.PROBES || !probePossible) {
          state.repairOpen(repair, lastModel);
        } else {
          long limit = propagation.work() + PROBE_WORK * index.clauseCount();
          long t0 = SatTrace.now();
          state.probeOpen(propagation, repair, lastModel, limit, graph, NEW, memory);
          SatTrace.probeNanos += SatTrace.now() - t0;
        }
        open = state.openLiterals();
      }
      if (open.isEmpty()) {
        solver.trace();
        return Result.ok(true);
      }
      if (chunks != null) {
        if (chunks.round(lits, open(state), probePossible ? propagation : null, deadline)
            == Tristate.UNDEF) {
          return Result.failed(Failure.timedOut("computing valid domains"));
        }
        continue;
      }
      int activation = solver.newVariable();
      int[] clause = new int[open.size() + 1];
      clause[0] = -activation;
      for (int k = 0; k < open.size(); k++) {
        clause[k + 1] = open.get(k);
      }
      solver.addClause(clause);
      solver.decideFirst(open);
      Tristate t = solver.solve(DecisionResolver.plus(lits, activation), deadline);
      solver.decideFirst(List.of());
      solver.addClause(-activation);
      if (t == Tristate.UNDEF) {
        return Result.failed(Failure.timedOut("computing valid domains"));
      }
      if (t == Tristate.FALSE) {
        state.refuseOpen();
        solver.trace();
        return Result.ok(true);
      }
      remember(state);
    }
  }

  /**
   * Moves earlier witnesses that break the decisions along with them by short walks, most recent
   * first, and settles what each moved model witnesses. The first {@link #MAX_MOVED} are always
   * tried; with {@link #WITNESS_DRIVEN} the moves go on (up to all kept witnesses) while they pay:
   * a walk costs well under a tenth of a SAT round on large models, so a move that witnesses a few
   * dozen open values is cheaper than the round that would witness them. The moves stop after
   * {@link #IDLE_MOVES} in a row that each witness fewer than {@link #MIN_GAIN} values, or once
   * nothing is open.
   */
  private void move(DomainState state, List<boolean[]> toMove, int[] implied, List<boolean[]> out) {
    int tries = 0;
    int idle = 0;
    for (boolean[] w : toMove) {
      if (tries >= MAX_MOVED && (!WITNESS_DRIVEN || idle >= IDLE_MOVES)
          || WITNESS_DRIVEN && state.openCount() == 0) {
        return;
      }
      tries++;
      boolean[] m = repair.walkTo(w, state.frozen(), implied);
      SatTrace.moveTries++;
      int gain = 0;
      if (m != null) {
        out.add(m);
        SatTrace.moveOk++;
        int before = state.openCount();
        state.witness(m, false);
        gain = before - state.openCount();
      }
      idle = gain >= MIN_GAIN ? 0 : idle + 1;
    }
  }

  private OpenValues open(DomainState state) {
    return OpenValues.of(
        state, () -> remember(state), () -> lastModel, model -> keep(state, model));
  }

  private boolean[] agreeing(int[] lits, List<boolean[]> moved, List<boolean[]> pooled) {
    if (!moved.isEmpty()) {
      return moved.get(0);
    }
    for (boolean[] w : witnesses) {
      if (DomainState.satisfies(w, lits)) {
        return w;
      }
    }
    return pooled.isEmpty() ? null : pooled.get(0);
  }

  private void remember(DomainState state) {
    keep(state, solver.modelCopy());
  }

  private void keep(DomainState state, boolean[] model) {
    lastModel = model;
    if (witnesses.size() == MAX_WITNESSES) {
      witnesses.removeLast();
    }
    witnesses.addFirst(model);
    if (pool != null) {
      pool.offer(model);
    }
    state.witness(model, true);
  }
}
