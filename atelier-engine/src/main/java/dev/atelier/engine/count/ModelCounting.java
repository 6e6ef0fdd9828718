package dev.atelier.engine.count;

import dev.atelier.engine.cnf.Cnf;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.logicng.formulas.FType;
import org.logicng.formulas.Formula;
import org.logicng.formulas.FormulaFactory;
import org.logicng.formulas.Literal;
import org.logicng.formulas.Variable;
import org.logicng.handlers.DnnfCompilationHandler;
import org.logicng.knowledgecompilation.dnnf.datastructures.Dnnf;
import org.logicng.knowledgecompilation.dnnf.functions.DnnfModelCountFunction;

/**
 * Exact model counting of a compiled CNF under extra unit literals. Because every auxiliary
 * variable is defined by full equivalence, the model count is the number of configurations.
 * Stateless and thread-safe (each call uses its own formula factory).
 */
public final class ModelCounting {

  // Our counter wins quickly or not at all (automotive01: 0.2 s of CPU); past this much CPU time it
  // leaves the cores to LogicNG. CPU, not wall-clock, time: on a busy machine a wall-clock budget
  // ran out before our counter had had its share of a core, and LogicNG then took 40 s.
  private static final long OWN_BUDGET_CPU_NANOS = 1_500_000_000L;
  // -Datelier.count=old: session 10's race (our compiler stops after 1.5 s CPU), for measuring.
  private static final boolean OLD = "old".equals(System.getProperty("atelier.count"));

  // -Datelier.count.waitDnnf=on: wait up to half the deadline (at most 6 s) for the background
  // decision-DNNF before the race, as before session 17, for measuring.
  private static final boolean OLD_WAIT = "on".equals(System.getProperty("atelier.count.waitDnnf"));
  private static final long POLL_MILLIS = 50;

  private ModelCounting() {}

  /**
   * The number of models of {@code cnf} in which all {@code units} hold. Two counters race, one per
   * core until the deadline: {@link CnfCounter}'s count-only search (its quick stage is our
   * component-caching DPLL, fast on tightly constrained models; its full stage, with backbone,
   * min-fill order and SAT oracle, counts automotive-like CNFs) and LogicNG's d-DNNF compiler (its
   * min-fill ordering wins on large, loosely constrained ones); the first answer wins and the other
   * is stopped.
   */
  public static Result<BigInteger> count(Cnf cnf, int[] units, Deadline deadline) {
    return count(cnf, units, deadline, Optional.empty());
  }

  /**
   * Like {@link #count(Cnf, int[], Deadline)}, with {@code background}, the model's shared
   * decision-DNNF compilation (started if it was not), as a third contestant: when it finishes
   * first its count of {@code units} is the answer. The race does not wait for it and does not stop
   * it (its owner does, where the compiled form is not needed).
   */
  public static Result<BigInteger> count(
      Cnf cnf, int[] units, Deadline deadline, Optional<Compilation<DecisionDnnf>> background) {
    if (OLD_WAIT && background.isPresent()) {
      background.get().await(Deadline.inMillis(Math.min(deadline.remainingMillis() / 2, 6_000)));
    }
    Optional<DecisionDnnf> ready = background.flatMap(Compilation::now);
    if (ready.isPresent()) {
      return Result.ok(ready.get().count(units));
    }
    if (deadline.expired()) {
      return Result.failed(Failure.timedOut("counting"));
    }
    CompletableFuture<BigInteger> first = new CompletableFuture<>();
    AtomicInteger running = new AtomicInteger(background.isPresent() ? 3 : 2);
    AtomicBoolean decided = new AtomicBoolean();
    CountingThread ours =
        new CountingThread(
            OLD
                ? () ->
                    DnnfCompiler.compile(
                            cnf.numVars(),
                            cnf.clauses(),
                            units,
                            deadline,
                            KnowledgeCompilation.MAX_NODES,
                            CpuBudget.spentOr(OWN_BUDGET_CPU_NANOS, decided::get),
                            false,
                            cnf.branchRanks())
                        .map(d -> d.count(new int[0]))
                        .orElse(null)
                : () ->
                    CnfCounter.countOnly(
                            cnf.numVars(),
                            cnf.clauses(),
                            units,
                            cnf.branchRanks(),
                            deadline,
                            decided::get,
                            true,
                            CnfCounter.QUICK_CPU_NANOS)
                        .orElse(null),
            first,
            running);
    CountingThread logicNg =
        new CountingThread(
            () -> countWithLogicNg(cnf, units, () -> deadline.expired() || decided.get()),
            first,
            running);
    ours.start();
    logicNg.start();
    background.ifPresent(
        b ->
            new CountingThread(
                    () -> awaitBackground(b, units, deadline, decided::get), first, running)
                .start());
    BigInteger count = null;
    try {
      count = first.get(Math.max(1, deadline.remainingMillis()), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      count = null;
    }
    // This call owns both threads: deciding the race stops the loser (and, past the deadline,
    // both) at its next check. Every phase checks: our compiler its node and CPU budget, LogicNG's
    // compilation its Shannon expansions, and the decomposition tree is ours (MinFillOrder).
    decided.set(true);
    return count == null ? Result.failed(Failure.timedOut("counting")) : Result.ok(count);
  }

  /**
   * The count of {@code units} by the background decision-DNNF once it is ready, or null when it
   * gave up, the deadline passed or {@code stop} holds: polled, so that a decided race ends this
   * waiter at once.
   */
  private static BigInteger awaitBackground(
      Compilation<DecisionDnnf> background, int[] units, Deadline deadline, BooleanSupplier stop) {
    while (!stop.getAsBoolean() && !deadline.expired()) {
      boolean finished = background.compileNanos() >= 0;
      Optional<DecisionDnnf> dnnf =
          background.await(Deadline.inMillis(Math.min(POLL_MILLIS, deadline.remainingMillis())));
      if (dnnf.isPresent()) {
        return dnnf.get().count(units);
      }
      if (finished) {
        return null;
      }
    }
    return null;
  }

  /**
   * The count by LogicNG's d-DNNF compiler, or null once {@code stop} holds: every phase checks it
   * (the decomposition tree between eliminations, the compilation between Shannon expansions).
   */
  static BigInteger countWithLogicNg(Cnf cnf, int[] units, BooleanSupplier stop) {
    StopHandler handler = new StopHandler(stop);
    FormulaFactory f = new FormulaFactory();
    Variable[] vars = new Variable[cnf.numVars() + 1];
    SortedSet<Variable> all = new TreeSet<>();
    for (int v = 1; v <= cnf.numVars(); v++) {
      vars[v] = f.variable("v" + v);
      all.add(vars[v]);
    }
    List<Formula> formulas = new ArrayList<>(cnf.clauses().length + units.length);
    for (int[] clause : cnf.clauses()) {
      List<Literal> lits = new ArrayList<>(clause.length);
      for (int lit : clause) {
        lits.add(lit > 0 ? vars[lit] : vars[-lit].negate());
      }
      formulas.add(f.or(lits));
    }
    for (int lit : units) {
      formulas.add(lit > 0 ? vars[lit] : vars[-lit].negate());
    }
    Formula cnfFormula = f.and(formulas);
    if (cnfFormula.type() == FType.FALSE) {
      return BigInteger.ZERO;
    }
    if (cnfFormula.type() == FType.TRUE) {
      return BigInteger.TWO.pow(cnf.numVars());
    }
    try {
      Formula dnnf =
          new org.logicng.knowledgecompilation.dnnf.DnnfCompiler(cnfFormula)
              .compile(new MinFillOrder(stop), handler);
      return dnnf == null || handler.aborted()
          ? null
          : new Dnnf(all, dnnf).execute(DnnfModelCountFunction.get());
    } catch (MinFillOrder.Stopped e) {
      return null;
    }
  }

  /** Aborts the d-DNNF compilation once {@code stop} holds (deadline passed, race decided). */
  private static final class StopHandler implements DnnfCompilationHandler {
    private final BooleanSupplier stop;
    private boolean aborted;

    StopHandler(BooleanSupplier stop) {
      this.stop = stop;
    }

    @Override
    public boolean shannonExpansion() {
      aborted = aborted || stop.getAsBoolean();
      return !aborted;
    }

    @Override
    public boolean aborted() {
      return aborted;
    }
  }
}
