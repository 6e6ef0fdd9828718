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
import org.logicng.formulas.Formula;
import org.logicng.formulas.FormulaFactory;
import org.logicng.formulas.Literal;
import org.logicng.formulas.Variable;
import org.logicng.handlers.DnnfCompilationHandler;
import org.logicng.modelcounting.ModelCounter;

/**
 * Exact model counting of a compiled CNF under extra unit literals, by LogicNG's
 * component-splitting d-DNNF compiler. Because every auxiliary variable is defined by full
 * equivalence, the model count is the number of configurations. Stateless and thread-safe (each
 * call uses its own formula factory).
 */
public final class ModelCounting {

  private ModelCounting() {}

  /** The number of models of {@code cnf} in which all {@code units} hold. */
  public static Result<BigInteger> count(Cnf cnf, int[] units, Deadline deadline) {
    if (deadline.expired()) {
      return Result.failed(Failure.timedOut("counting"));
    }
    DeadlineHandler handler = new DeadlineHandler(deadline);
    CountingThread worker = new CountingThread(() -> countNow(cnf, units, handler));
    worker.start();
    try {
      worker.join(Math.max(1, deadline.remainingMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (worker.isAlive()) {
      worker.abandon();
      return Result.failed(Failure.timedOut("counting"));
    }
    BigInteger count = worker.count();
    if (count == null || handler.aborted()) {
      return Result.failed(Failure.timedOut("counting"));
    }
    return Result.ok(count);
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
    return ModelCounter.count(formulas, all, () -> handler);
  }

  /** Aborts the d-DNNF compilation once the deadline has passed. */
  private static final class DeadlineHandler implements DnnfCompilationHandler {
    private final Deadline deadline;
    private boolean aborted;

    DeadlineHandler(Deadline deadline) {
      this.deadline = deadline;
    }

    @Override
    public boolean shannonExpansion() {
      aborted = aborted || deadline.expired();
      return !aborted;
    }

    @Override
    public boolean aborted() {
      return aborted;
    }
  }
}
