package dev.atelier.engine.count;

import dev.atelier.engine.compile.Cnf;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.logicng.formulas.Formula;
import org.logicng.formulas.FormulaFactory;
import org.logicng.formulas.Literal;
import org.logicng.formulas.Variable;
import org.logicng.handlers.DnnfCompilationHandler;
import org.logicng.modelcounting.ModelCounter;

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

  private ModelCounting() {}

  /**
   * The number of models of {@code cnf} in which all {@code units} hold. Two counters race, one per
   * core: our component-caching DPLL (fast on tightly constrained models) and LogicNG's d-DNNF
   * compiler (its min-fill ordering wins on large, loosely constrained ones); the first answer wins
   * and the other is stopped.
   */
  public static Result<BigInteger> count(Cnf cnf, int[] units, Deadline deadline) {
    if (deadline.expired()) {
      return Result.failed(Failure.timedOut("counting"));
    }
    CompletableFuture<BigInteger> first = new CompletableFuture<>();
    AtomicInteger running = new AtomicInteger(2);
    AtomicBoolean decided = new AtomicBoolean();
    DeadlineHandler handler = new DeadlineHandler(deadline, decided);
    CountingThread ours =
        new CountingThread(
            () ->
                DnnfCompiler.compile(
                        cnf.numVars(),
                        cnf.clauses(),
                        units,
                        deadline,
                        KnowledgeCompilation.MAX_NODES,
                        CpuBudget.spentOr(OWN_BUDGET_CPU_NANOS, decided::get))
                    .map(d -> d.count(new int[0]))
                    .orElse(null),
            first,
            running);
    CountingThread logicNg =
        new CountingThread(() -> countNow(cnf, units, handler), first, running);
    ours.start();
    logicNg.start();
    BigInteger count = null;
    try {
      count = first.get(Math.max(1, deadline.remainingMillis()), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      count = null;
    }
    // The loser stops at its next check. Only past the deadline is LogicNG stopped outright (its
    // decomposition phase cannot be interrupted); stopping it routinely could catch it in a class
    // initializer and break that class for the whole JVM.
    decided.set(true);
    if (count == null && logicNg.isAlive()) {
      logicNg.abandon();
    }
    return count == null ? Result.failed(Failure.timedOut("counting")) : Result.ok(count);
  }

  private static BigInteger countNow(Cnf cnf, int[] units, DeadlineHandler handler) {
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
    BigInteger count = ModelCounter.count(formulas, all, () -> handler);
    return handler.aborted() ? null : count;
  }

  /** Aborts the d-DNNF compilation once the deadline has passed or the race is decided. */
  private static final class DeadlineHandler implements DnnfCompilationHandler {
    private final Deadline deadline;
    private final AtomicBoolean decided;
    private boolean aborted;

    DeadlineHandler(Deadline deadline, AtomicBoolean decided) {
      this.deadline = deadline;
      this.decided = decided;
    }

    @Override
    public boolean shannonExpansion() {
      aborted = aborted || deadline.expired() || decided.get();
      return !aborted;
    }

    @Override
    public boolean aborted() {
      return aborted;
    }
  }
}
