package dev.atelier.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.cnf.SmallCnfs;
import dev.atelier.engine.result.Deadline;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The new counter (its quick stage; simplification, gate elimination, backbone, SAT oracle,
 * separator ranks at any width) against brute-force enumeration on seeded random CNFs rich in
 * equivalences, exactly-one groups and gates (derived codes), with and without units; the backbone
 * and gate elimination on their own.
 */
class CnfCounterTest {
  private static final long SEED = 20261206L;

  @Test
  void countsMatchEnumeration() {
    Random random = new Random(SEED);
    for (int round = 0; round < 1500; round++) {
      int numVars = 1 + random.nextInt(14);
      int[][] clauses = randomClauses(random, numVars);
      int[] units = randomLits(random, numVars, random.nextInt(3));
      BigInteger expected = SmallCnfs.count(clauses, units, numVars);
      String where = "round " + round + " (seed " + SEED + ")";
      assertThat(CnfCounter.count(numVars, clauses, units, Deadline.none()).orThrow())
          .as(where)
          .isEqualTo(expected);
      DecisionDnnf dnnf =
          CnfCounter.compile(numVars, clauses, units, Deadline.none(), 60_000).orElseThrow();
      assertThat(dnnf.count(new int[0])).as(where).isEqualTo(expected);
      DecisionDnnf byDegree =
          CnfCounter.compile(numVars, clauses, units, Deadline.none(), 60_000, false).orElseThrow();
      assertThat(byDegree.count(new int[0])).as(where + ", min-degree").isEqualTo(expected);
      // On CNFs this small the quick stage always finishes; without it (0 ns) the full one counts.
      for (boolean minFill : new boolean[] {true, false}) {
        DecisionDnnf full =
            CnfCounter.compile(
                    numVars, clauses, units, null, Deadline.none(), () -> false, minFill, 0)
                .orElseThrow();
        assertThat(full.count(new int[0]))
            .as(where + ", full stage only, min-fill " + minFill)
            .isEqualTo(expected);
        assertThat(
                CnfCounter.countOnly(
                        numVars, clauses, units, null, Deadline.none(), () -> false, minFill, 0)
                    .orElseThrow())
            .as(where + ", full stage only, count only, min-fill " + minFill)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void theOracleKeepsDecisionDnnfQueriesExact() {
    Random random = new Random(SEED + 1);
    for (int round = 0; round < 400; round++) {
      int numVars = 1 + random.nextInt(30);
      int[][] clauses = randomClauses(random, numVars);
      DecisionDnnf plain =
          DnnfCompiler.compile(numVars, clauses, new int[0], Deadline.none(), 1_000_000)
              .orElseThrow();
      // Asked on every component of 2+ variables (by default only on large ones).
      DecisionDnnf withOracle =
          DnnfCompiler.compileTuned(
                  numVars, clauses, new int[0], 1_000_000, true, DnnfCompiler.oracleFrom(2))
              .dnnf()
              .orElseThrow();
      for (int q = 0; q < 3; q++) {
        int[] units = randomLits(random, numVars, random.nextInt(4));
        String where = "round " + round + " query " + q;
        assertThat(withOracle.count(units)).as(where).isEqualTo(plain.count(units));
        assertThat(withOracle.possibleLiterals(units))
            .as(where)
            .isEqualTo(plain.possibleLiterals(units));
      }
    }
  }

  @Test
  void equivalentLiteralsAndTheirContradictionsAreFound() {
    // 1 <-> 2, 2 <-> -3: representatives 1, 1, -1; 4 free.
    List<int[]> clauses =
        List.of(new int[] {-1, 2}, new int[] {1, -2}, new int[] {2, 3}, new int[] {-2, -3});
    assertThat(Equivalences.representatives(4, clauses)).containsExactly(0, 1, 1, -1, 4);
    List<int[]> contradiction = new ArrayList<>(clauses);
    contradiction.add(new int[] {-1, 3}); // with the next: 1 <-> 3, yet 3 <-> -1
    contradiction.add(new int[] {1, -3});
    assertThat(Equivalences.representatives(4, contradiction)).isNull();
    assertThat(
            CnfCounter.count(4, contradiction.toArray(new int[0][]), new int[0], Deadline.none()))
        .satisfies(r -> assertThat(r.orThrow()).isZero());
  }

  @Test
  void aPassedDeadlineIsNotWithinBudget() {
    int[][] clauses = {{1, 2}};
    assertThat(CnfCounter.count(2, clauses, new int[0], new Deadline(System.nanoTime() - 1)).isOk())
        .isFalse();
  }

  /** Random clauses of length 1 to 3, plus equivalence chains and exactly-one groups. */
  private static int[][] randomClauses(Random random, int numVars) {
    List<int[]> out = new ArrayList<>();
    int n = random.nextInt(numVars + 2);
    for (int k = 0; k < n; k++) {
      out.add(randomLits(random, numVars, 1 + random.nextInt(3)));
    }
    for (int e = random.nextInt(numVars / 2 + 1); e > 0; e--) {
      int a = 1 + random.nextInt(numVars);
      int b = (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(numVars));
      out.add(new int[] {-a, b});
      out.add(new int[] {a, -b});
    }
    if (numVars >= 3 && random.nextBoolean()) {
      int s = 1 + random.nextInt(numVars - 2);
      out.add(new int[] {s, s + 1, s + 2});
      out.add(new int[] {-s, -(s + 1)});
      out.add(new int[] {-s, -(s + 2)});
      out.add(new int[] {-(s + 1), -(s + 2)});
    }
    for (int g = numVars >= 3 ? random.nextInt(3) : 0; g > 0; g--) {
      addGate(random, numVars, out);
    }
    return out.toArray(new int[0][]);
  }

  /**
   * A derived code {@code x <-> l1 & l2 (& l3)} or {@code x <-> l1 | l2 (| l3)} over other vars.
   */
  private static void addGate(Random random, int numVars, List<int[]> out) {
    int x = 1 + random.nextInt(numVars);
    int[] inputs = randomLits(random, numVars, 2 + random.nextInt(2));
    for (int lit : inputs) {
      if (Math.abs(lit) == x) {
        return;
      }
    }
    int g = random.nextBoolean() ? x : -x; // g <-> AND(inputs); g = -x makes x an OR of negations
    int[] big = new int[inputs.length + 1];
    big[0] = g;
    for (int i = 0; i < inputs.length; i++) {
      out.add(new int[] {-g, inputs[i]});
      big[i + 1] = -inputs[i];
    }
    out.add(big);
  }

  @Test
  void definedVariablesAreEliminatedAndTheCountKept() {
    // 3 <-> 1 & 2, 4 <-> 1 | 3, rule 3 | 4 | 5: 3 and 4 are defined, 5 is not.
    int[][] clauses = {{-3, 1}, {-3, 2}, {3, -1, -2}, {4, -1}, {4, -3}, {-4, 1, 3}, {3, 4, 5}};
    GateElimination.Eliminated e = GateElimination.eliminate(5, clauses, Deadline.none());
    assertThat(e.eliminated()).contains(3, 4);
    int[][] reduced = e.clauses();
    assertThat(SmallCnfs.count(reduced, e.eliminated(), 5))
        .isEqualTo(SmallCnfs.count(clauses, new int[0], 5));
  }

  @Test
  void theBackboneIsExactlyTheLiteralsOfEveryModel() {
    Random random = new Random(SEED + 2);
    for (int round = 0; round < 300; round++) {
      int numVars = 1 + random.nextInt(12);
      int[][] clauses = randomClauses(random, numVars);
      int[] backbone = Backbone.of(numVars, clauses, Deadline.none(), () -> false);
      boolean satisfiable = SmallCnfs.count(clauses, new int[0], numVars).signum() > 0;
      String where = "round " + round;
      assertThat(backbone == null).as(where).isEqualTo(!satisfiable);
      if (backbone == null) {
        continue;
      }
      List<Integer> expected = new ArrayList<>();
      for (int v = 1; v <= numVars; v++) {
        if (!mentions(clauses, v)) {
          continue;
        }
        for (int lit : new int[] {v, -v}) {
          if (SmallCnfs.count(clauses, new int[] {-lit}, numVars).signum() == 0) {
            expected.add(lit);
          }
        }
      }
      assertThat(backbone)
          .as(where)
          .containsExactlyInAnyOrder(expected.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  private static boolean mentions(int[][] clauses, int v) {
    for (int[] clause : clauses) {
      for (int lit : clause) {
        if (Math.abs(lit) == v) {
          return true;
        }
      }
    }
    return false;
  }

  private static int[] randomLits(Random random, int numVars, int n) {
    int[] lits = new int[n];
    for (int i = 0; i < n; i++) {
      int v = 1 + random.nextInt(numVars);
      lits[i] = random.nextBoolean() ? v : -v;
    }
    return lits;
  }
}
