package dev.atelier.engine.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.cnf.VariableMap;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Direct CNF of wide clauses costs their length (work counted, no timing). */
class DirectCnfTest {

  private static final int WIDE = 5_000;

  private final List<Attribute> attributes = new ArrayList<>();
  private final DirectCnf direct = direct(WIDE + 1);

  @Test
  void aGuardedWideClauseIsOneClauseAtLinearCost() {
    List<Expr> lits = new ArrayList<>();
    List<Integer> expected = new ArrayList<>(List.of(-literal(WIDE + 1)));
    for (int i = 1; i <= WIDE; i++) {
      lits.add(on(i));
      expected.add(literal(i));
    }
    Expr guarded = Expr.implies(on(WIDE + 1), new Expr.Or(lits));

    assertThat(direct.clauses(guarded)).containsExactly(expected);
    assertThat(direct.work()).isLessThanOrEqualTo(2L * WIDE + 2);
  }

  @Test
  void aGuardedNegatedWideClauseIsLeftToTheGatesCheaply() {
    List<Expr> lits = new ArrayList<>();
    for (int i = 1; i <= WIDE; i++) {
      lits.add(on(i));
    }
    Expr guarded = Expr.implies(on(WIDE + 1), Expr.not(new Expr.Or(lits)));

    // more clauses than the clause limit: left to the gate encoding
    assertThat(direct.clauses(guarded)).isNull();
    assertThat(direct.work()).isLessThanOrEqualTo(2L * WIDE + 2);
  }

  @Test
  void tautologiesAreDroppedAndRepeatsMerged() {
    Expr e = new Expr.Or(List.of(on(1), new Expr.And(List.of(on(2), Expr.not(on(1)))), on(1)));

    assertThat(direct.clauses(e)).containsExactly(List.of(literal(1), literal(2)));
  }

  @Test
  void copyingAWideClauseOncePerPartStopsAtTheWorkLimit() {
    // (x or not x) parts make every step copy the growing clause and drop one copy
    List<Expr> parts = new ArrayList<>();
    parts.add(on(WIDE + 1));
    for (int i = 1; i <= WIDE; i++) {
      parts.add(on(i));
      parts.add(new Expr.And(List.of(on(WIDE + 1), Expr.not(on(WIDE + 1)))));
    }

    assertThat(direct.clauses(new Expr.Or(parts))).isNull();
    assertThat(direct.work()).isLessThanOrEqualTo(DirectCnf.WORK_LIMIT + 2L * WIDE + 2);
  }

  @Test
  void aWideGateDropsRepeatsAndSeesComplements() {
    CnfBuilder cnf = new CnfBuilder(WIDE);
    List<Integer> lits = new ArrayList<>();
    for (int i = 1; i <= WIDE; i++) {
      lits.add(i);
      lits.add(i);
    }
    int gate = cnf.and(lits);
    lits.add(-WIDE);

    assertThat(cnf.and(lits)).isEqualTo(-cnf.trueLit());
    assertThat(cnf.and(lits.subList(0, 2 * WIDE))).isEqualTo(gate);
    int[][] clauses = cnf.clauses();
    assertThat(clauses[clauses.length - 1]).hasSize(WIDE + 1);
  }

  /** The CNF variable of attribute {@code x<variable>} (variable 1 is the builder's true). */
  private static int literal(int variable) {
    return variable + 1;
  }

  private Expr on(int variable) {
    return Expr.is(attributes.get(variable - 1).id(), BooleanAttribute.TRUE);
  }

  private DirectCnf direct(int variables) {
    CnfBuilder cnf = new CnfBuilder(0);
    int[][] valueLits = new int[variables][];
    int[] setLits = new int[variables];
    for (int i = 0; i < variables; i++) {
      attributes.add(new BooleanAttribute("x" + (i + 1), LocalizedText.of("x"), false, 0));
      int v = cnf.newVar();
      valueLits[i] = new int[] {v, -v};
      setLits[i] = cnf.trueLit();
    }
    return new DirectCnf(
        new GateLiterals(cnf, new VariableMap(attributes, valueLits, setLits)), 32);
  }
}
