package dev.atelier.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.cnf.Cnf;
import dev.atelier.engine.cnf.SmallCnfs;
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
 * across decision sets, so learned clauses and refusals of earlier computations are exercised too;
 * every other CNF fills its chunks highest first in its {@link ImplicationGraph}.
 */
class ChunkedRoundsBruteForceTest {

  @Test
  void everyAnswerEqualsEnumerationOnRandomSmallCnfs() {
    int compared = 0;
    int refused = 0;
    for (int seed = 1; seed <= 300; seed++) {
      Random random = new Random(seed);
      int n = 5 + random.nextInt(8);
      int[][] clauses = SmallCnfs.random(n, random, true);
      Cnf cnf = new Cnf(n, 1, clauses, new int[clauses.length], 0);
      SatSolver solver = new SatSolver(cnf, false);
      UnitPropagation up = new UnitPropagation(ClauseIndex.of(cnf), n);
      // Even seeds fill chunks highest first in the binary implication graph; seeds 1 and 2 mod 4
      // complete chunks from the last model before calling the solver.
      GuidedCompletion completion =
          seed % 4 == 1 || seed % 4 == 2
              ? new GuidedCompletion(ClauseIndex.of(cnf), 1 + random.nextInt(8), n)
              : null;
      ChunkedRounds rounds =
          new ChunkedRounds(
              solver,
              seed % 2 == 0 ? ImplicationGraph.of(ClauseIndex.of(cnf), n) : null,
              completion);
      for (int run = 0; run < 6; run++) {
        int[] decisions = randomDecisions(n, random);
        boolean[] possible = SmallCnfs.possible(clauses, decisions, n);
        if (!possible[0]) {
          continue;
        }
        Answers answers =
            new Answers(solver, openLiterals(n, decisions, random), decisions, clauses);
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
          assertThat(possible[SmallCnfs.index(lit)]).as("seed %d witnessed %d", seed, lit).isTrue();
        }
        for (int lit : answers.refused) {
          assertThat(possible[SmallCnfs.index(lit)]).as("seed %d refused %d", seed, lit).isFalse();
        }
        compared += answers.witnessed.size() + answers.refused.size();
        refused += answers.refused.size();
      }
    }
    assertThat(compared).isGreaterThan(10_000);
    assertThat(refused).isGreaterThan(1_000);
    assertThat(Answers.completedModels).isGreaterThan(100);
  }

  /** The open literals and the answers given so far. */
  private static final class Answers implements OpenValues {
    static int completedModels;
    private final SatSolver solver;
    private final List<Integer> open;
    private final int[] decisions;
    private final int[][] clauses;
    private boolean[] last;
    final List<Integer> witnessed = new ArrayList<>();
    final List<Integer> refused = new ArrayList<>();

    Answers(SatSolver solver, List<Integer> open, int[] decisions, int[][] clauses) {
      this.solver = solver;
      this.open = open;
      this.decisions = decisions;
      this.clauses = clauses;
    }

    @Override
    public boolean[] base() {
      return last;
    }

    @Override
    public void witness(boolean[] model) {
      completedModels++;
      for (int[] clause : clauses) {
        assertThat(anyHolds(model, clause)).as("a completed model satisfies every clause").isTrue();
      }
      settle(model);
    }

    private static boolean anyHolds(boolean[] model, int[] clause) {
      for (int lit : clause) {
        if (DomainState.holds(model, lit)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public List<Integer> literals() {
      return List.copyOf(open);
    }

    @Override
    public void witness() {
      settle(solver.modelCopy());
    }

    private void settle(boolean[] model) {
      last = model;
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
}
