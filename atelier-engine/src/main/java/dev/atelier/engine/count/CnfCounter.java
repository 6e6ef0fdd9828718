package dev.atelier.engine.count;

import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Exact model counting of a CNF: a quick stage (our compiler without oracle, as the old race ran
 * it), then simplified ({@link CnfSimplifier}: units, equivalent literals; {@link GateElimination}:
 * functionally defined variables; {@link Backbone}), then compiled by our component-caching
 * decision-DNNF compiler with a SAT oracle and branching on the shallowest variables of a min-fill
 * tree decomposition rooted at a centroid first ({@link FillOrder}, {@link TreeRanks}), on one
 * thread (the other core stays free on a shared machine) that stops at the deadline. A count that
 * does not finish in time is a {@code TIMED_OUT} result, "not within budget". Stateless and
 * thread-safe.
 */
public final class CnfCounter {
  // Up to 25 M nodes: about 2 GiB of DNNF, past which the heap, not the deadline, is the limit.
  private static final int MAX_NODES = 25_000_000;
  // The quick stage's CPU time: what the old race gave our compiler without oracle.
  // -Datelier.count.quick=off: the full pipeline only (session 10's counter), for measuring.
  static final long QUICK_CPU_NANOS =
      "off".equals(System.getProperty("atelier.count.quick")) ? 0 : 1_500_000_000L;
  // -Datelier.count.only=off: a count compiles the DNNF and counts it (before session 16).
  private static final boolean COUNT_ONLY = !"off".equals(System.getProperty("atelier.count.only"));
  // -Datelier.count.decide=order|depth|centroidOrder: the branching ranks (session 20; default
  // centroid, order = sessions 10-19).
  private static final String DECIDE = System.getProperty("atelier.count.decide", "centroid");

  private CnfCounter() {}

  /** The number of models of {@code clauses} over 1..numVars in which all {@code units} hold. */
  public static Result<BigInteger> count(
      int numVars, int[][] clauses, int[] units, Deadline deadline) {
    return count(numVars, clauses, units, deadline, Long.MAX_VALUE / 4);
  }

  /**
   * The simplified CNF compiled on the calling thread (which needs a deep stack), conditioned on
   * {@code units}; its count is the CNF's. Empty when the deadline passes, the calling thread has
   * used {@code cpuMillis} of CPU time or the node budget is spent.
   */
  public static Optional<DecisionDnnf> compile(
      int numVars, int[][] clauses, int[] units, Deadline deadline, long cpuMillis) {
    return compile(numVars, clauses, units, deadline, cpuMillis, true);
  }

  /**
   * As {@link #compile(int, int[][], int[], Deadline, long)}; branching by a min-fill order of the
   * simplified CNF ({@link FillOrder}) when {@code minFill}, else by the min-degree order.
   */
  public static Optional<DecisionDnnf> compile(
      int numVars,
      int[][] clauses,
      int[] units,
      Deadline deadline,
      long cpuMillis,
      boolean minFill) {
    return compile(
        numVars, clauses, units, null, deadline, cpuSpent(cpuMillis), minFill, QUICK_CPU_NANOS);
  }

  private static BooleanSupplier cpuSpent(long cpuMillis) {
    return CpuBudget.spentOr(
        cpuMillis > Long.MAX_VALUE / 2_000_000 ? Long.MAX_VALUE : cpuMillis * 1_000_000,
        () -> false);
  }

  /**
   * The count in two stages on the calling thread (which needs a deep stack), conditioned on {@code
   * units}. First, for {@code quickCpuNanos} of CPU time (none when 0), the quick one the old race
   * ran: our compiler on the CNF as it is, without SAT oracle, branching by {@code ranks} when not
   * null, else by the min-degree order (tightly constrained CNFs such as automotive01: 4,849 nodes
   * in under 0.4 s, where the full stage's oracle calls and backbone cost 0.4-1.3 s more). Then, if
   * that did not finish, the full pipeline: simplification, gate elimination, backbone, min-fill
   * order (when {@code minFill}), SAT oracle. Empty once the deadline passes, {@code stop} holds or
   * the node budget is spent.
   */
  static Optional<DecisionDnnf> compile(
      int numVars,
      int[][] clauses,
      int[] units,
      int[] ranks,
      Deadline deadline,
      BooleanSupplier stop,
      boolean minFill,
      long quickCpuNanos) {
    Engine<DecisionDnnf> dnnf =
        (c, u, r, s, oracle, maxNodes) ->
            DnnfCompiler.compile(numVars, c, u, deadline, maxNodes, s, oracle, r);
    return staged(
        new Stages(numVars, deadline, stop, minFill, quickCpuNanos),
        clauses,
        units,
        ranks,
        dnnf,
        DnnfNodes.unsatisfiable(numVars));
  }

  /**
   * The count as {@link #compile(int, int[][], int[], int[], Deadline, BooleanSupplier, boolean,
   * long)} finds it, by the same stages and search without building a DNNF ({@link
   * ComponentCounter}: the cache holds counts). {@code -Datelier.count.only=off} compiles the DNNF
   * and counts it instead (the path before session 16, for measuring).
   */
  public static Optional<BigInteger> countOnly(
      int numVars,
      int[][] clauses,
      int[] units,
      int[] ranks,
      Deadline deadline,
      BooleanSupplier stop,
      boolean minFill,
      long quickCpuNanos) {
    return countOnly(
        numVars,
        clauses,
        units,
        ranks,
        new Stages(numVars, deadline, stop, minFill, quickCpuNanos));
  }

  /**
   * As {@link #countOnly(int, int[][], int[], int[], Deadline, BooleanSupplier, boolean, long)} by
   * {@code stages}.
   */
  static Optional<BigInteger> countOnly(
      int numVars, int[][] clauses, int[] units, int[] ranks, Stages stages) {
    Deadline deadline = stages.deadline();
    BooleanSupplier stop = stages.stop();
    if (!COUNT_ONLY) {
      return compile(
              numVars,
              clauses,
              units,
              ranks,
              deadline,
              stop,
              stages.minFill(),
              stages.quickCpuNanos())
          .map(d -> d.count(new int[0]));
    }
    Engine<BigInteger> counts =
        (c, u, r, s, oracle, maxNodes) ->
            ComponentCounter.count(numVars, c, u, deadline, s, oracle, r);
    Full<BigInteger> full = (c, u, fillRanks) -> counts.run(c, u, fillRanks, stop, true, MAX_NODES);
    return staged(stages, clauses, units, ranks, counts, BigInteger.ZERO, full);
  }

  /**
   * As {@link #countOnly(int, int[][], int[], int[], Deadline, BooleanSupplier, boolean, long)}
   * with no ranks, the quick stage and a CPU budget of {@code cpuMillis} of the calling thread.
   */
  public static Optional<BigInteger> countOnly(
      int numVars,
      int[][] clauses,
      int[] units,
      Deadline deadline,
      long cpuMillis,
      boolean minFill) {
    return countOnly(
        numVars,
        clauses,
        units,
        null,
        new Stages(numVars, deadline, cpuSpent(cpuMillis), minFill, QUICK_CPU_NANOS));
  }

  /** One search over a CNF: its clauses, units, ranks, stop signal, oracle and node bound. */
  private interface Engine<T> {
    Optional<T> run(
        int[][] clauses, int[] units, int[] ranks, BooleanSupplier stop, boolean oracle, int nodes);
  }

  /** The CNF's variable count, the deadline, stop signal, order and quick stage of a count. */
  record Stages(
      int numVars, Deadline deadline, BooleanSupplier stop, boolean minFill, long quickCpuNanos) {}

  /**
   * The two stages of {@link #compile(int, int[][], int[], int[], Deadline, BooleanSupplier,
   * boolean, long)} with {@code engine}; {@code unsat} when simplification finds no model.
   */
  private static <T> Optional<T> staged(
      Stages stages, int[][] clauses, int[] units, int[] ranks, Engine<T> engine, T unsat) {
    return staged(
        stages,
        clauses,
        units,
        ranks,
        engine,
        unsat,
        (c, u, r) -> engine.run(c, u, r, stages.stop(), true, MAX_NODES));
  }

  /** The full stage's search over the simplified CNF: its clauses, units and min-fill ranks. */
  private interface Full<T> {
    Optional<T> run(int[][] clauses, int[] units, int[] fillRanks);
  }

  /**
   * As {@link #staged(Stages, int[][], int[], int[], Engine, Object)}, the full stage's search by
   * {@code full}.
   */
  private static <T> Optional<T> staged(
      Stages stages,
      int[][] clauses,
      int[] units,
      int[] ranks,
      Engine<T> engine,
      T unsat,
      Full<T> full) {
    int numVars = stages.numVars();
    Deadline deadline = stages.deadline();
    BooleanSupplier stop = stages.stop();
    long quickCpuNanos = stages.quickCpuNanos();
    if (quickCpuNanos > 0) {
      Optional<T> quick =
          engine.run(
              clauses,
              units,
              ranks,
              CpuBudget.spentOr(quickCpuNanos, stop),
              false,
              KnowledgeCompilation.MAX_NODES);
      if (quick.isPresent() || deadline.expired() || stop.getAsBoolean()) {
        return quick;
      }
    }
    Optional<CnfSimplifier.Simplified> simple = CnfSimplifier.simplify(numVars, clauses, units);
    if (simple.isEmpty()) {
      return Optional.of(unsat);
    }
    CnfSimplifier.Simplified g = withoutGates(numVars, simple.get(), deadline);
    if (g == null) {
      return Optional.of(unsat);
    }
    CnfSimplifier.Simplified s = withBackbone(numVars, g, deadline, stop);
    if (s == null) {
      return Optional.of(unsat);
    }
    FillOrder.Order order = stages.minFill() ? FillOrder.of(numVars, s.clauses(), deadline) : null;
    return full.run(s.clauses(), s.units(), order == null ? null : branchRanks(order));
  }

  /**
   * The branching ranks of a min-fill order: its tree's depths ({@link TreeRanks}) rooted at a
   * centroid, ties by open links and clauses (default); with {@code -Datelier.count.decide=order}
   * the order itself (sessions 10-19), {@code depth} the elimination tree's own root, {@code
   * centroidOrder} ties by the order.
   */
  private static int[] branchRanks(FillOrder.Order order) {
    return switch (DECIDE) {
      case "depth" -> TreeRanks.of(order, false, false);
      case "centroid" -> TreeRanks.of(order, true, false);
      case "centroidOrder" -> TreeRanks.of(order, true, true);
      default -> order.ranks();
    };
  }

  /**
   * {@code s} with its functionally defined variables eliminated ({@link GateElimination}),
   * simplified again (resolvents may give new units and equivalences); null when unsatisfiable.
   */
  private static CnfSimplifier.Simplified withoutGates(
      int numVars, CnfSimplifier.Simplified s, Deadline deadline) {
    GateElimination.Eliminated e = GateElimination.eliminate(numVars, s.clauses(), deadline);
    return e.eliminated().length == 0
        ? s
        : CnfSimplifier.simplify(numVars, e.clauses(), concat(s.units(), e.eliminated()))
            .orElse(null);
  }

  /**
   * {@code g} with its backbone fixed ({@link Backbone}) and simplified; null when unsatisfiable.
   */
  private static CnfSimplifier.Simplified withBackbone(
      int numVars, CnfSimplifier.Simplified g, Deadline deadline, BooleanSupplier spent) {
    int[] backbone = Backbone.of(numVars, g.clauses(), deadline, spent);
    if (backbone == null) {
      return null;
    }
    return backbone.length == 0
        ? g
        : CnfSimplifier.simplify(numVars, g.clauses(), concat(g.units(), backbone)).orElse(null);
  }

  private static int[] concat(int[] a, int[] b) {
    int[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /**
   * As {@link #count(int, int[][], int[], Deadline)}, also giving up once the counting thread has
   * used {@code cpuMillis} of CPU time (a budget that means the same on a busy machine).
   */
  public static Result<BigInteger> count(
      int numVars, int[][] clauses, int[] units, Deadline deadline, long cpuMillis) {
    if (deadline.expired()) {
      return Result.failed(Failure.timedOut("counting"));
    }
    CompletableFuture<BigInteger> answer = new CompletableFuture<>();
    CountingThread worker =
        new CountingThread(
            () -> countOnly(numVars, clauses, units, deadline, cpuMillis, true).orElse(null),
            answer,
            new AtomicInteger(1));
    worker.start();
    BigInteger count;
    try {
      count = answer.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      count = null;
    } catch (ExecutionException e) {
      count = null;
    }
    return count == null
        ? Result.failed(Failure.timedOut("counting (not within budget)"))
        : Result.ok(count);
  }
}
