package dev.atelier.engine.session;

import dev.atelier.engine.cnf.VariableMap;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.Evaluator;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.logicng.formulas.Formula;
import org.logicng.formulas.FormulaFactory;
import org.logicng.formulas.Literal;
import org.logicng.formulas.Variable;
import org.logicng.handlers.TimeoutHandler;
import org.logicng.handlers.TimeoutMaxSATHandler;
import org.logicng.solvers.MaxSATSolver;
import org.logicng.solvers.maxsat.algorithms.MaxSAT;

/**
 * One weighted MaxSAT solve with LogicNG's OLL over a compiled model's integer literals, shared by
 * completion ({@link Optimizer}) and proposals ({@link MaxSatCall}): the model's clauses and the
 * given clauses and units are hard, each {@code {literal, weight}} pair is soft; the answer is
 * decoded into a configuration. Each solve builds a fresh solver. Not thread-safe.
 */
final class WeightedMaxSat {
  private final CompiledModel model;
  private final FormulaFactory f = new FormulaFactory();
  private final Variable[] vars;

  /**
   * How a caller names its failures.
   *
   * @param task what was being done, for "timed out" failures
   * @param tooLarge the TOO_LARGE message when a weight exceeds an int
   * @param refused the REFUSED message when no answer exists
   */
  record Wording(String task, String tooLarge, String refused) {}

  /** Solves over {@code model} with variables 1 to {@code numVars}. */
  WeightedMaxSat(CompiledModel model, int numVars) {
    this.model = model;
    this.vars = new Variable[numVars + 1];
    for (int v = 1; v <= numVars; v++) {
      vars[v] = f.variable("v" + v);
    }
  }

  /**
   * The optimal configuration under {@code hard} clauses, {@code units} and {@code soft} pairs, or
   * TOO_LARGE, TIMED_OUT (checked after the weights) or REFUSED as {@code wording} says.
   */
  Result<Configuration> solve(
      List<int[]> hard, int[] units, List<long[]> soft, Deadline deadline, Wording wording) {
    MaxSATSolver solver = MaxSATSolver.oll(f);
    for (int[] clause : model.cnf().clauses()) {
      solver.addHardFormula(clause(clause));
    }
    hard.forEach(c -> solver.addHardFormula(clause(c)));
    for (int lit : units) {
      solver.addHardFormula(literal(lit));
    }
    boolean anySoft = false;
    for (long[] s : soft) {
      if (s[1] > Integer.MAX_VALUE) {
        return Result.failed(Failure.Kind.TOO_LARGE, wording.tooLarge());
      }
      if (s[1] > 0) {
        solver.addSoftFormula(literal((int) s[0]), (int) s[1]);
        anySoft = true;
      }
    }
    if (!anySoft) {
      // OLL needs a soft clause (weights beyond int were refused above).
      solver.addSoftFormula(f.verum(), 1);
    }
    if (deadline.expired()) {
      return Result.failed(Failure.timedOut(wording.task()));
    }
    TimeoutMaxSATHandler handler =
        new TimeoutMaxSATHandler(deadline.epochMillis(), TimeoutHandler.TimerType.FIXED_END);
    MaxSAT.MaxSATResult r = solver.solve(handler);
    if (r == MaxSAT.MaxSATResult.UNDEF || handler.aborted()) {
      return Result.failed(Failure.timedOut(wording.task()));
    }
    if (r == MaxSAT.MaxSATResult.UNSATISFIABLE) {
      return Result.failed(Failure.Kind.REFUSED, wording.refused());
    }
    Set<Variable> positive = new HashSet<>(solver.model().positiveVariables());
    return Result.ok(decode(model, lit -> lit > 0 == positive.contains(vars[Math.abs(lit)])));
  }

  /**
   * The configuration whose value literals {@code holds} says are true (first one per attribute).
   */
  static Configuration decode(CompiledModel model, IntPredicate holds) {
    VariableMap map = model.variables();
    Map<String, String> values = new LinkedHashMap<>();
    List<Attribute> attributes = map.attributes();
    for (int i = 0; i < attributes.size(); i++) {
      List<String> ids = attributes.get(i).valueIds();
      for (int j = 0; j < ids.size(); j++) {
        if (holds.test(map.valueLiteral(i, j))) {
          values.put(attributes.get(i).id(), ids.get(j));
          break;
        }
      }
    }
    return new Configuration(values);
  }

  /** The total weight of the {@code preferences} that {@code configuration} misses. */
  static long unmet(
      CompiledModel model, List<Preference> preferences, Configuration configuration) {
    Evaluator evaluator = new Evaluator(model.model());
    long penalty = 0;
    for (Preference p : preferences) {
      if (!evaluator.holds(p.condition(), configuration)) {
        penalty += p.weight();
      }
    }
    return penalty;
  }

  private Formula clause(int[] lits) {
    List<Literal> ls = new ArrayList<>(lits.length);
    for (int lit : lits) {
      ls.add(literal(lit));
    }
    return f.or(ls);
  }

  private Literal literal(int lit) {
    return lit > 0 ? vars[lit] : vars[-lit].negate();
  }
}
