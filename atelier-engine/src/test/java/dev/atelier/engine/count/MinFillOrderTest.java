package dev.atelier.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.cnf.Cnf;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.logicng.formulas.Formula;
import org.logicng.formulas.FormulaFactory;
import org.logicng.formulas.Literal;
import org.logicng.formulas.Variable;
import org.logicng.modelcounting.ModelCounter;

/**
 * LogicNG's count over the cooperative min-fill decomposition equals LogicNG's own count, and gives
 * no answer once stopped.
 */
class MinFillOrderTest {

  private static final int VARS = 14;

  @Test
  void countsAsLogicNgOnRandomCnfs() {
    Random random = new Random(7);
    for (int round = 0; round < 20; round++) {
      int[][] clauses = new int[12 + round][];
      for (int c = 0; c < clauses.length; c++) {
        clauses[c] = new int[3];
        for (int k = 0; k < 3; k++) {
          int v = 1 + random.nextInt(VARS);
          clauses[c][k] = random.nextBoolean() ? v : -v;
        }
      }
      int[] units = round % 3 == 0 ? new int[] {1 + random.nextInt(VARS)} : new int[0];
      Cnf cnf = new Cnf(VARS, 0, clauses, new int[0], 0);
      assertThat(ModelCounting.countWithLogicNg(cnf, units, () -> false))
          .as("round " + round)
          .isEqualTo(logicNg(VARS, clauses, units));
    }
  }

  @Test
  void givesNoAnswerOnceStopped() {
    int[][] clauses = {{1, 2}, {2, 3}, {-1, 3}, {3, 4, -5}};
    Cnf cnf = new Cnf(5, 0, clauses, new int[0], 0);
    assertThat(ModelCounting.countWithLogicNg(cnf, new int[0], () -> false))
        .isEqualTo(logicNg(5, clauses, new int[0]));
    assertThat(ModelCounting.countWithLogicNg(cnf, new int[0], () -> true)).isNull();
  }

  private static BigInteger logicNg(int numVars, int[][] clauses, int[] units) {
    FormulaFactory f = new FormulaFactory();
    SortedSet<Variable> vars = new TreeSet<>();
    for (int v = 1; v <= numVars; v++) {
      vars.add(f.variable("v" + v));
    }
    List<Formula> formulas = new ArrayList<>();
    for (int[] clause : clauses) {
      List<Literal> lits = new ArrayList<>();
      for (int lit : clause) {
        lits.add(f.literal("v" + Math.abs(lit), lit > 0));
      }
      formulas.add(f.or(lits));
    }
    for (int lit : units) {
      formulas.add(f.literal("v" + Math.abs(lit), lit > 0));
    }
    return ModelCounter.count(formulas, vars);
  }
}
