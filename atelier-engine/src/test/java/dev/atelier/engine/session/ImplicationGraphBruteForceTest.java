package dev.atelier.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.cnf.Cnf;
import dev.atelier.engine.compile.ClauseIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The atomic sets of {@link ImplicationGraph} on seeded random CNFs rich in binary clauses (with
 * planted implication cycles), against enumeration of every assignment: literals with one
 * representative take the same value in every model, negated literals have negated representatives,
 * and a CNF is reported contradictory only when it has no model. Also: literals the graph merges
 * are exactly those that a cycle of binary clauses joins (checked by binary reachability computed
 * from scratch), and each literal's height is the longest chain of atomic sets its binary
 * implications reach (from the same closure).
 */
class ImplicationGraphBruteForceTest {

  @Test
  void atomicSetsAgreeWithEveryModelOnRandomCnfs() {
    int merged = 0;
    int satisfiable = 0;
    for (int seed = 1; seed <= 200; seed++) {
      Random random = new Random(seed);
      int n = 4 + random.nextInt(9);
      int[][] clauses = randomCnf(n, random);
      ClauseIndex index = ClauseIndex.of(new Cnf(n, 1, clauses, new int[clauses.length], 0));
      ImplicationGraph graph = ImplicationGraph.of(index, n);
      boolean[][] reach = binaryReachability(n, clauses);
      List<boolean[]> models = models(n, clauses);
      satisfiable += models.isEmpty() ? 0 : 1;
      if (graph.contradictory()) {
        assertThat(models).as("seed %d", seed).isEmpty();
      }
      for (int a = -n; a <= n; a++) {
        if (a == 0) {
          continue;
        }
        if (!graph.contradictory()) {
          assertThat(graph.representative(-a)).isEqualTo(-graph.representative(a));
        }
        for (int b = -n; b <= n; b++) {
          if (b == 0 || a == b) {
            continue;
          }
          boolean same = graph.representative(a) == graph.representative(b);
          boolean cycle = reach[node(a)][node(b)] && reach[node(b)][node(a)];
          assertThat(same).as("seed %d: %d ~ %d", seed, a, b).isEqualTo(cycle);
          if (same) {
            merged++;
            for (boolean[] m : models) {
              assertThat(DomainState.holds(m, a)).isEqualTo(DomainState.holds(m, b));
            }
          }
        }
      }
    }
    assertThat(merged).isGreaterThan(100);
    assertThat(satisfiable).isGreaterThan(100);
  }

  // 5.3 s at load 60 (not measured idle), so in the slow group.
  @Test
  @Tag("slow")
  void heightIsTheLongestChainOfAtomicSetsAndReachCountsEveryImpliedLiteralOnRandomCnfs() {
    int chains = 0;
    int wide = 0;
    for (int seed = 1; seed <= 200; seed++) {
      Random random = new Random(seed);
      int n = 4 + random.nextInt(9);
      int[][] clauses = randomCnf(n, random);
      ImplicationGraph graph =
          ImplicationGraph.of(
              ClauseIndex.of(new Cnf(n, 1, clauses, new int[clauses.length], 0)), n);
      boolean[][] reach = binaryReachability(n, clauses);
      int[] memo = new int[2 * n + 2];
      for (int a = -n; a <= n; a++) {
        if (a != 0) {
          int expected = longestChain(node(a), reach, memo);
          assertThat(graph.height(a)).as("seed %d: height of %d", seed, a).isEqualTo(expected);
          chains += expected > 2 ? 1 : 0;
          int implied = 0;
          for (int w = 2; w < reach.length; w++) {
            implied += reach[node(a)][w] ? 1 : 0;
          }
          assertThat(graph.reach(a))
              .as("seed %d: reach of %d", seed, a)
              .isGreaterThanOrEqualTo(Math.max(implied, expected));
          wide += implied > 3 ? 1 : 0;
        }
      }
    }
    assertThat(chains).isGreaterThan(200);
    assertThat(wide).isGreaterThan(200);
  }

  @Test
  void reachOfATreeIsExactAndADiamondCountsItsSharedLiteralPerPath() {
    // 1 -> 2, 1 -> 3, 2 -> 4: a tree of implications. 5 -> 6, 5 -> 7, 6 -> 8, 7 -> 8: a diamond.
    int[][] clauses = {{-1, 2}, {-1, 3}, {-2, 4}, {-5, 6}, {-5, 7}, {-6, 8}, {-7, 8}};
    ImplicationGraph graph =
        ImplicationGraph.of(ClauseIndex.of(new Cnf(8, 1, clauses, new int[clauses.length], 0)), 8);
    assertThat(graph.reach(1)).isEqualTo(4);
    assertThat(graph.reach(-4)).isEqualTo(3);
    assertThat(graph.reach(5)).isEqualTo(5);
    assertThat(graph.reach(-8)).isEqualTo(5);
  }

  /**
   * From the closure alone: the size of {@code u}'s atomic set plus the longest chain of a set it
   * reaches and that does not reach it back.
   */
  private static int longestChain(int u, boolean[][] reach, int[] memo) {
    if (memo[u] == 0) {
      int own = 0;
      int below = 0;
      for (int w = 2; w < reach.length; w++) {
        if (reach[u][w] && reach[w][u]) {
          own++;
        } else if (reach[u][w]) {
          below = Math.max(below, longestChain(w, reach, memo));
        }
      }
      memo[u] = own + below;
    }
    return memo[u];
  }

  private static int[][] randomCnf(int n, Random random) {
    List<int[]> out = new ArrayList<>();
    // A planted implication cycle over a few literals, so atomic sets of size > 1 occur.
    int len = 2 + random.nextInt(3);
    int[] cycle = new int[len];
    for (int i = 0; i < len; i++) {
      cycle[i] = (1 + random.nextInt(n)) * (random.nextBoolean() ? 1 : -1);
    }
    for (int i = 0; i < len; i++) {
      int from = cycle[i];
      int to = cycle[(i + 1) % len];
      if (Math.abs(from) != Math.abs(to)) {
        out.add(new int[] {-from, to});
      }
    }
    int m = n + random.nextInt(2 * n);
    for (int k = 0; k < m; k++) {
      int size = random.nextInt(4) == 0 ? 3 : 2;
      int[] c = new int[size];
      for (int i = 0; i < size; i++) {
        c[i] = (1 + random.nextInt(n)) * (random.nextBoolean() ? 1 : -1);
      }
      if (size == 3 || Math.abs(c[0]) != Math.abs(c[1])) {
        out.add(c);
      }
    }
    return out.toArray(new int[0][]);
  }

  private static int node(int lit) {
    return ImplicationGraph.node(lit);
  }

  private static boolean[][] binaryReachability(int n, int[][] clauses) {
    int size = 2 * n + 2;
    boolean[][] reach = new boolean[size][size];
    for (int i = 0; i < size; i++) {
      reach[i][i] = true;
    }
    for (int[] c : clauses) {
      if (c.length == 2) {
        reach[node(-c[0])][node(c[1])] = true;
        reach[node(-c[1])][node(c[0])] = true;
      }
    }
    for (int k = 0; k < size; k++) {
      for (int i = 0; i < size; i++) {
        for (int j = 0; j < size; j++) {
          reach[i][j] |= reach[i][k] && reach[k][j];
        }
      }
    }
    return reach;
  }

  private static List<boolean[]> models(int n, int[][] clauses) {
    List<boolean[]> out = new ArrayList<>();
    for (int bits = 0; bits < 1 << n; bits++) {
      boolean[] m = new boolean[n + 1];
      for (int v = 1; v <= n; v++) {
        m[v] = (bits >> (v - 1) & 1) == 1;
      }
      boolean all = true;
      for (int[] c : clauses) {
        boolean any = false;
        for (int lit : c) {
          any |= DomainState.holds(m, lit);
        }
        all &= any;
      }
      if (all) {
        out.add(m);
      }
    }
    return out;
  }
}
