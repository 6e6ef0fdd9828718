package dev.atelier.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.result.Deadline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The bitset states ({@link CliqueMessages}) give the valid values brute force gives, along random
 * sequences of decisions and retractions on seeded random table models: each step either decides a
 * variable (or refuses a value) on a copy of the last state, or retracts back to an earlier state
 * of the trail (the undo a session does); the support counters ({@link CliqueSupport}) started
 * fresh under the same evidence agree too.
 */
class CliqueMessagesTest {

  @Test
  void decisionsAndRetractionsMatchBruteForce() {
    Random random = new Random(1414);
    CliqueMessages.Refilter[] ways = CliqueMessages.Refilter.values();
    int checked = 0;
    for (int m = 0; m < 200; m++) {
      TableCsp csp =
          TableCsp.of(
                  RandomTableModels.generate(random, 3 + random.nextInt(7), 1 + random.nextInt(9)))
              .orElseThrow();
      CliqueTree tree =
          CliqueTree.build(csp, Deadline.none(), Long.MAX_VALUE, () -> false).orThrow();
      if (!tree.satisfiable()) {
        continue;
      }
      List<boolean[][]> evidence = new ArrayList<>();
      List<List<TreeEvidence>> trails = new ArrayList<>();
      evidence.add(all(csp.domains()));
      for (CliqueMessages.Refilter how : ways) {
        trails.add(new ArrayList<>(List.of(tree.newMessages(how))));
      }
      for (int step = 0; step < 8; step++) {
        if (evidence.size() > 1 && random.nextInt(4) == 0) {
          int back = 1 + random.nextInt(evidence.size() - 1);
          evidence.subList(back, evidence.size()).clear();
          trails.forEach(trail -> trail.subList(back, trail.size()).clear());
        }
        boolean[][] next = narrowed(random, evidence.get(evidence.size() - 1));
        boolean[][] truth = truth(csp, next);
        for (int w = 0; w < ways.length; w++) {
          List<TreeEvidence> trail = trails.get(w);
          TreeEvidence state = trail.get(trail.size() - 1).copy();
          assertThat(state.narrows(next)).isTrue();
          assertThat(state.restrict(next, Deadline.none()).orThrow())
              .as("model %d step %d, %s", m, step, ways[w])
              .isDeepEqualTo(truth);
          trail.add(state);
        }
        assertThat(tree.newSupport(false).restrict(next, Deadline.none()).orThrow())
            .as("model %d step %d, counters", m, step)
            .isDeepEqualTo(truth);
        evidence.add(next);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(900);
  }

  private static boolean[][] truth(TableCsp csp, boolean[][] allowed) {
    BruteForce.Counts expected = BruteForce.count(csp, allowed);
    boolean[][] truth = new boolean[allowed.length][];
    for (int x = 0; x < allowed.length; x++) {
      truth[x] = new boolean[allowed[x].length];
      for (int j = 0; j < allowed[x].length; j++) {
        truth[x][j] = expected.perValue()[x][j].signum() > 0;
      }
    }
    return truth;
  }

  private static boolean[][] all(int[] domains) {
    boolean[][] a = new boolean[domains.length][];
    for (int x = 0; x < domains.length; x++) {
      a[x] = new boolean[domains[x]];
      Arrays.fill(a[x], true);
    }
    return a;
  }

  /** Decides one variable (one of its allowed values) or refuses one value of it. */
  private static boolean[][] narrowed(Random random, boolean[][] allowed) {
    boolean[][] a = new boolean[allowed.length][];
    for (int x = 0; x < a.length; x++) {
      a[x] = allowed[x].clone();
    }
    int x = random.nextInt(a.length);
    int j = random.nextInt(a[x].length);
    if (random.nextBoolean()) {
      Arrays.fill(a[x], false);
      a[x][j] = allowed[x][j];
    } else {
      a[x][j] = false;
    }
    return a;
  }
}
