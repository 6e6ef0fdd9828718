package dev.atelier.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.cnf.Cnf;
import dev.atelier.engine.cnf.SmallCnfs;
import dev.atelier.engine.compile.ClauseIndex;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Probes through {@link BinaryLists} against probes that read every clause, on seeded random small
 * CNFs (binary-rich, with at-most-one groups and some longer clauses), under random decisions: each
 * probe of each literal conflicts in both or in neither, and otherwise assigns the same literals
 * (propagation's fixpoint does not depend on the order the two follow).
 */
class BinaryListsProbeTest {

  @Test
  void probesAgreeWithClauseProbesOnRandomSmallCnfs() {
    int probed = 0;
    int conflicts = 0;
    for (int seed = 1; seed <= 300; seed++) {
      Random random = new Random(seed);
      int n = 5 + random.nextInt(10);
      int[][] clauses = SmallCnfs.random(n, random, seed % 2 == 0);
      Cnf cnf = new Cnf(n, 1, clauses, new int[clauses.length], 0);
      ClauseIndex index = ClauseIndex.of(cnf);
      UnitPropagation lists = new UnitPropagation(index, n, true);
      UnitPropagation plain = new UnitPropagation(index, n, false);
      int[] decisions = SmallCnfs.randomLiterals(n, random.nextInt(3), random);
      boolean consistent = lists.propagate(decisions);
      assertThat(plain.propagate(decisions)).isEqualTo(consistent);
      if (!consistent) {
        continue;
      }
      for (int v = 1; v <= n; v++) {
        for (int lit : new int[] {v, -v}) {
          if (lists.isTrue(lit) || lists.isFalse(lit)) {
            continue;
          }
          int a = lists.probe(lit, Integer.MAX_VALUE);
          int b = plain.probe(lit, Integer.MAX_VALUE);
          assertThat(a == -1).as("seed %d literal %d conflicts", seed, lit).isEqualTo(b == -1);
          probed++;
          if (a == -1) {
            conflicts++;
            continue;
          }
          assertThat(assigned(lists, a))
              .as("seed %d literal %d", seed, lit)
              .isEqualTo(assigned(plain, b));
          lists.undoTo(a);
          plain.undoTo(b);
        }
      }
    }
    assertThat(probed).isGreaterThan(2_000);
    assertThat(conflicts).isGreaterThan(100);
  }

  private static Set<Integer> assigned(UnitPropagation up, int from) {
    Set<Integer> out = new HashSet<>();
    for (int i = from; i < up.trailSize(); i++) {
      out.add(up.trailLiteral(i));
    }
    return out;
  }
}
