package dev.atelier.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.cnf.Cnf;
import dev.atelier.engine.compile.ClauseIndex;
import dev.atelier.engine.result.Deadline;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.logicng.datastructures.Tristate;

/**
 * {@link ChunkedRounds} on seeded random small CNFs (binary-rich, some unplanted, some with
 * at-most-one groups), under random consistent decisions, with every literal of every undecided
 * variable open: the rounds settle every literal, and each answer (witnessed or refused) equals
 * enumeration of all assignments; every other run chooses chunks through unit propagation of the
 * decisions (literals refused by it, the rest compatible). One incremental solver per CNF, reused
 * across decision sets, so learned clauses and refusals of earlier computations are exercised too.
 */
class ChunkedRoundsBruteForceTest {

  @Test
  void everyAnswerEqualsEnumerationOnRandomSmallCnfs() {
    int compared = 0;
    int refused = 0;
    for (int seed = 1; seed <= 300; seed++) {
      Random random = new Random(seed);
      int n = 5 + random.nextInt(8);
      int[][] clauses = randomCnf(n, random);
      Cnf cnf = new Cnf(n, 1, clauses, new int[clauses.length], 0);
      SatSolver solver = new SatSolver(cnf, false);
      UnitPropagation up = new UnitPropagation(ClauseIndex.of(cnf), n);
      ChunkedRounds rounds = new ChunkedRounds(solver);
      for (int run = 0; run < 6; run++) {
        int[] decisions = randomDecisions(n, random);
        boolean[] possible = enumerate(clauses, decisions, n);
        if (!possible[0]) {
          continue;
        }
        Answers answers = new Answers(solver, openLiterals(n, decisions, random), decisions);
        // Odd runs choose chunks through the decisions' unit propagation.
        boolean propagated = run % 2 == 1 && up.propagate(decisions);
        rounds.begin();
        int calls = 0;
        while (!answers.literals().isEmpty() && calls++ <= 2 * n) {
          Deadline deadline = Deadline.inMillis(60_000);
          assertThat(rounds.round(decisions, answers, propagated ? up : null, deadline))
              .isEqualTo(Tristate.TRUE);
        }
        assertThat(answers.literals()).as("seed %d: every literal settled", seed).isEmpty();
        for (int lit : answers.witnessed) {
          assertThat(possible[index(lit)]).as("seed %d witnessed %d", seed, lit).isTrue();
        }
        for (int lit : answers.refused) {
          assertThat(possible[index(lit)]).as("seed %d refused %d", seed, lit).isFalse();
        }
        compared += answers.witnessed.size() + answers.refused.size();
        refused += answers.refused.size();
      }
    }
    assertThat(compared).isGreaterThan(10_000);
    assertThat(refused).isGreaterThan(1_000);
  }

  /** The open literals and the answers given so far. */
  private static final class Answers implements ChunkedRounds.Open {
    private final SatSolver solver;
    private final List<Integer> open;
    private final int[] decisions;
    final List<Integer> witnessed = new ArrayList<>();
    final List<Integer> refused = new ArrayList<>();

    Answers(SatSolver solver, List<Integer> open, int[] decisions) {
      this.solver = solver;
      this.open = open;
      this.decisions = decisions;
    }

    @Override
    public List<Integer> literals() {
      return List.copyOf(open);
    }

    @Override
    public void witness() {
      boolean[] model = solver.modelCopy();
      assertThat(DomainState.satisfies(model, decisions)).isTrue();
      for (int lit : List.copyOf(open)) {
        if (DomainState.holds(model, lit)) {
          witnessed.add(lit);
          open.remove(Integer.valueOf(lit));
        }
      }
    }

    @Override
    public void refuse(int literal) {
      assertThat(open).contains(literal);
      refused.add(literal);
      open.remove(Integer.valueOf(literal));
    }
  }

  private static List<Integer> openLiterals(int n, int[] decisions, Random random) {
    boolean[] decided = new boolean[n + 1];
    for (int lit : decisions) {
      decided[Math.abs(lit)] = true;
    }
    List<Integer> open = new ArrayList<>();
    for (int v = 1; v <= n; v++) {
      if (!decided[v]) {
        open.add(v);
        open.add(-v);
      }
    }
    Collections.shuffle(open, random);
    return open;
  }

  private static int[] randomDecisions(int n, Random random) {
    int count = random.nextInt(4);
    List<Integer> vars = new ArrayList<>();
    for (int v = 1; v <= n; v++) {
      vars.add(v);
    }
    Collections.shuffle(vars, random);
    int[] out = new int[count];
    for (int k = 0; k < count; k++) {
      out[k] = random.nextBoolean() ? vars.get(k) : -vars.get(k);
    }
    return out;
  }

  /** Binary clauses, longer clauses and at-most-one groups; mostly true in a planted assignment. */
  private static int[][] randomCnf(int n, Random random) {
    boolean[] planted = new boolean[n + 1];
    for (int v = 1; v <= n; v++) {
      planted[v] = random.nextBoolean();
    }
    boolean plant = random.nextInt(10) != 0;
    List<int[]> out = new ArrayList<>();
    int m = n + random.nextInt(2 * n);
    while (out.size() < m) {
      int length = random.nextInt(10) < 6 ? 2 : 3 + random.nextInt(2);
      int[] clause = new int[length];
      boolean holds = false;
      for (int k = 0; k < length; k++) {
        int v = 1 + random.nextInt(n);
        clause[k] = random.nextBoolean() ? v : -v;
        holds |= clause[k] > 0 == planted[v];
      }
      if (holds || !plant) {
        out.add(clause);
      }
    }
    if (random.nextBoolean()) {
      // At most one of three variables.
      int a = 1 + random.nextInt(n);
      int b = 1 + random.nextInt(n);
      int c = 1 + random.nextInt(n);
      out.add(new int[] {-a, -b});
      out.add(new int[] {-a, -c});
      out.add(new int[] {-b, -c});
    }
    return out.toArray(new int[0][]);
  }

  /**
   * Index 0: whether any assignment satisfies the clauses and decisions; {@code index(lit)}:
   * whether one of them holds {@code lit}.
   */
  private static boolean[] enumerate(int[][] clauses, int[] decisions, int n) {
    boolean[] possible = new boolean[2 * n + 2];
    for (long bits = 0; bits < 1L << n; bits++) {
      if (!allHold(clauses, bits) || !allTrue(decisions, bits)) {
        continue;
      }
      possible[0] = true;
      for (int v = 1; v <= n; v++) {
        possible[index(holds(v, bits) ? v : -v)] = true;
      }
    }
    return possible;
  }

  private static int index(int lit) {
    return lit > 0 ? 2 * lit : 2 * -lit + 1;
  }

  private static boolean allTrue(int[] lits, long bits) {
    for (int lit : lits) {
      if (!holds(lit, bits)) {
        return false;
      }
    }
    return true;
  }

  private static boolean allHold(int[][] clauses, long bits) {
    for (int[] clause : clauses) {
      boolean sat = false;
      for (int lit : clause) {
        sat |= holds(lit, bits);
      }
      if (!sat) {
        return false;
      }
    }
    return true;
  }

  private static boolean holds(int lit, long bits) {
    return ((bits >> (Math.abs(lit) - 1) & 1) == 1) == lit > 0;
  }
}
