package dev.atelier.engine.session;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.compile.Extension;
import dev.atelier.engine.compile.PriceTerm;
import dev.atelier.engine.compile.VariableMap;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.Evaluator;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.logicng.datastructures.Assignment;
import org.logicng.datastructures.Tristate;
import org.logicng.formulas.Formula;
import org.logicng.formulas.FormulaFactory;
import org.logicng.formulas.Literal;
import org.logicng.formulas.Variable;
import org.logicng.handlers.TimeoutHandler;
import org.logicng.handlers.TimeoutMaxSATHandler;
import org.logicng.solvers.MaxSATSolver;
import org.logicng.solvers.maxsat.algorithms.MaxSAT;

/**
 * Finds an optimal completion with LogicNG's weighted MaxSAT (OLL): the model's clauses and the
 * decisions are hard; each price term (or unmet preference) is a soft clause weighted by its cost.
 * Negative prices become soft clauses on the negated literal, which shifts the objective by a
 * constant. Not thread-safe; one per call.
 */
final class Optimizer {
  private final CompiledModel model;
  private final SatSolver sat;
  private final FormulaFactory f = new FormulaFactory();
  private Variable[] vars;

  /**
   * An optimizer over {@code model}; {@code sat} (the session's solver) answers zero-cost cases.
   */
  Optimizer(CompiledModel model, SatSolver sat) {
    this.model = model;
    this.sat = sat;
  }

  Result<Completion> complete(int[] decisionLits, Objective objective, Deadline deadline) {
    int numVars = model.cnf().numVars();
    List<int[]> extraClauses = new ArrayList<>();
    List<long[]> soft = new ArrayList<>();
    List<Expr> wishes = objective.preferences().stream().map(Preference::condition).toList();
    List<Expr> encoded = new ArrayList<>(wishes);
    encoded.addAll(objective.avoid());
    int[] extLits = new int[0];
    if (!encoded.isEmpty()) {
      Result<Extension> ext = model.encode(encoded);
      if (!ext.isOk()) {
        return Result.failed(ext.failureOrNull());
      }
      numVars = ext.orThrow().numVars();
      extraClauses.addAll(List.of(ext.orThrow().clauses()));
      extLits = ext.orThrow().literals();
    }
    long avoidWeight = 1;
    if (objective.isCheapest()) {
      for (PriceTerm t : model.priceTerms()) {
        avoidWeight += Math.abs(t.amount());
        soft.add(
            t.amount() > 0
                ? new long[] {-t.literal(), t.amount()}
                : new long[] {t.literal(), -t.amount()});
      }
    } else {
      for (int k = 0; k < wishes.size(); k++) {
        soft.add(new long[] {extLits[k], objective.preferences().get(k).weight()});
      }
    }
    // Avoided conditions outweigh every price difference (a soft preference, never a rule).
    for (int k = wishes.size(); k < extLits.length; k++) {
      soft.add(new long[] {-extLits[k], avoidWeight});
    }
    if (soft.stream().noneMatch(s -> s[1] != 0)) {
      // Nothing to optimize (no prices, as in feature models): any completion is optimal.
      return anyCompletion(decisionLits, objective, deadline);
    }
    vars = new Variable[numVars + 1];
    for (int v = 1; v <= numVars; v++) {
      vars[v] = f.variable("v" + v);
    }
    MaxSATSolver solver = MaxSATSolver.oll(f);
    for (int[] clause : model.cnf().clauses()) {
      solver.addHardFormula(clause(clause));
    }
    for (int[] clause : extraClauses) {
      solver.addHardFormula(clause(clause));
    }
    for (int lit : decisionLits) {
      solver.addHardFormula(literal(lit));
    }
    boolean anySoft = false;
    for (long[] s : soft) {
      if (s[1] > Integer.MAX_VALUE) {
        return Result.failed(
            Failure.Kind.TOO_LARGE, "a price or weight exceeds " + Integer.MAX_VALUE);
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
    TimeoutMaxSATHandler handler =
        new TimeoutMaxSATHandler(deadline.epochMillis(), TimeoutHandler.TimerType.FIXED_END);
    if (deadline.expired()) {
      return Result.failed(Failure.timedOut("completing the configuration"));
    }
    MaxSAT.MaxSATResult r = solver.solve(handler);
    if (r == MaxSAT.MaxSATResult.UNDEF || handler.aborted()) {
      return Result.failed(Failure.timedOut("completing the configuration"));
    }
    if (r == MaxSAT.MaxSATResult.UNSATISFIABLE) {
      return Result.failed(
          Failure.Kind.REFUSED, "no complete configuration extends the current decisions");
    }
    Configuration configuration = configurationOf(solver.model());
    PriceBreakdown price = model.price(configuration);
    long penalty = objective.isCheapest() ? price.total() : unmet(objective, configuration);
    return Result.ok(new Completion(configuration, price, penalty));
  }

  private Result<Completion> anyCompletion(
      int[] decisionLits, Objective objective, Deadline deadline) {
    Tristate t = sat.solve(decisionLits, deadline);
    if (t == Tristate.UNDEF) {
      return Result.failed(Failure.timedOut("completing the configuration"));
    }
    if (t == Tristate.FALSE) {
      return Result.failed(
          Failure.Kind.REFUSED, "no complete configuration extends the current decisions");
    }
    VariableMap map = model.variables();
    Map<String, String> values = new LinkedHashMap<>();
    List<Attribute> attributes = map.attributes();
    for (int i = 0; i < attributes.size(); i++) {
      List<String> ids = attributes.get(i).valueIds();
      for (int j = 0; j < ids.size(); j++) {
        if (sat.isTrue(map.valueLiteral(i, j))) {
          values.put(attributes.get(i).id(), ids.get(j));
          break;
        }
      }
    }
    Configuration configuration = new Configuration(values);
    PriceBreakdown price = model.price(configuration);
    long penalty = objective.isCheapest() ? price.total() : unmet(objective, configuration);
    return Result.ok(new Completion(configuration, price, penalty));
  }

  private long unmet(Objective objective, Configuration configuration) {
    Evaluator evaluator = new Evaluator(model.model());
    long penalty = 0;
    for (Preference p : objective.preferences()) {
      if (!evaluator.holds(p.condition(), configuration)) {
        penalty += p.weight();
      }
    }
    return penalty;
  }

  private Configuration configurationOf(Assignment assignment) {
    VariableMap map = model.variables();
    Map<String, String> values = new LinkedHashMap<>();
    List<Attribute> attributes = map.attributes();
    java.util.Set<Variable> positive = new java.util.HashSet<>(assignment.positiveVariables());
    for (int i = 0; i < attributes.size(); i++) {
      List<String> ids = attributes.get(i).valueIds();
      for (int j = 0; j < ids.size(); j++) {
        int lit = map.valueLiteral(i, j);
        boolean pos = positive.contains(vars[Math.abs(lit)]);
        if (lit > 0 == pos) {
          values.put(attributes.get(i).id(), ids.get(j));
          break;
        }
      }
    }
    return new Configuration(values);
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
