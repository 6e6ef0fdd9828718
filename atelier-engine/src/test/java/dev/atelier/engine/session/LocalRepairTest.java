package dev.atelier.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.cnf.Cnf;
import dev.atelier.engine.cnf.SmallCnfs;
import dev.atelier.engine.compile.ClauseIndex;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link LocalRepair#walkTo}, which moves an earlier model along with new decisions: on a model of
 * 21,000 clauses it makes more repairs than the budget of before session 15 (40 flips) allowed, and
 * every model it returns, on seeded random small CNFs, satisfies every clause and the forced
 * literal.
 */
class LocalRepairTest {

  @Test
  void onALargeModelAWalkSwitchesOnSixtyFeaturesADecisionSelects() {
    int star = 61;
    // 21,000 more clauses (one feature each, on in the base) raise the budget above 60 flips.
    int padding = 21_000;
    int n = star + padding;
    int[][] clauses = new int[star - 1 + padding][];
    for (int v = 2; v <= star; v++) {
      // Feature 1 selects feature v.
      clauses[v - 2] = new int[] {-1, v};
    }
    boolean[] base = new boolean[n + 1];
    for (int k = 0; k < padding; k++) {
      clauses[star - 1 + k] = new int[] {star + 1 + k};
      base[star + 1 + k] = true;
    }
    ClauseIndex index = ClauseIndex.of(new Cnf(n, 1, clauses, new int[clauses.length], 0));
    boolean[] frozen = new boolean[n + 1];
    frozen[1] = true;

    boolean[] moved = new LocalRepair(index).walkTo(base, frozen, new int[] {1});

    assertThat(moved).isNotNull();
    for (int v = 1; v <= star; v++) {
      assertThat(moved[v]).as("x%d", v).isTrue();
    }
  }

  @Test
  void everyMovedModelSatisfiesTheCnfAndTheForcedLiterals() {
    int moves = 0;
    for (int seed = 1; seed <= 100; seed++) {
      Random random = new Random(seed);
      int n = 6 + random.nextInt(7);
      int[][] clauses = SmallCnfs.random(n, random, seed % 2 == 0);
      boolean[] base = someModel(clauses, n, random);
      if (base == null) {
        continue;
      }
      ClauseIndex index = ClauseIndex.of(new Cnf(n, 1, clauses, new int[clauses.length], 0));
      LocalRepair repair = new LocalRepair(index);
      for (int k = 0; k < 5; k++) {
        int lit = (1 + random.nextInt(n)) * (random.nextBoolean() ? 1 : -1);
        boolean[] frozen = new boolean[n + 1];
        frozen[Math.abs(lit)] = true;
        boolean[] moved = repair.walkTo(base, frozen, new int[] {lit});
        if (moved == null) {
          continue;
        }
        moves++;
        assertThat(DomainState.holds(moved, lit)).as("seed %d forced %d", seed, lit).isTrue();
        assertThat(satisfiesAll(moved, clauses)).as("seed %d forced %d", seed, lit).isTrue();
      }
    }
    assertThat(moves).isGreaterThan(150);
  }

  /** A random satisfying assignment (index 0 unused) by enumeration, or null. */
  private static boolean[] someModel(int[][] clauses, int n, Random random) {
    long start = random.nextLong() & ((1L << n) - 1);
    for (long k = 0; k < 1L << n; k++) {
      long bits = (start + k) & ((1L << n) - 1);
      boolean[] model = new boolean[n + 1];
      for (int v = 1; v <= n; v++) {
        model[v] = (bits >> (v - 1) & 1) == 1;
      }
      if (satisfiesAll(model, clauses)) {
        return model;
      }
    }
    return null;
  }

  private static boolean satisfiesAll(boolean[] model, int[][] clauses) {
    for (int[] clause : clauses) {
      boolean any = false;
      for (int lit : clause) {
        any |= DomainState.holds(model, lit);
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }
}
