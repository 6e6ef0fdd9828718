package dev.atelier.engine.count;

import dev.atelier.engine.result.Deadline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * The structure of a CNF as it matters for counting product-documentation formulas: size, clause
 * lengths, equivalent literals, at-most-one groups (cliques of {@code -a | -b} clauses, found
 * greedily) and the min-fill width of the primal graph after the counter's simplification (units,
 * equivalent literals, gate elimination). Used to fit generated models to real ones. Stateless.
 */
public final class CnfStatistics {

  /**
   * The statistics: {@code lengths[k]} clauses of length k (the last bucket: that length or more),
   * {@code aliased} variables equivalent to a smaller one in {@code classes} classes of two or
   * more, {@code amoGroups} at-most-one groups of three or more codes covering {@code amoVars}
   * variables (largest {@code amoMax}), and after simplification {@code simpleVars} variables in
   * {@code simpleClauses} clauses with min-fill width {@code width}.
   */
  public record Stats(
      int vars,
      int clauses,
      int[] lengths,
      int aliased,
      int classes,
      int amoGroups,
      int amoVars,
      int amoMax,
      int simpleVars,
      int simpleClauses,
      int width) {

    /** The share of binary clauses. */
    public double binaryShare() {
      return clauses == 0 ? 0 : (double) lengths[2] / clauses;
    }
  }

  private static final int LONGEST = 8;

  private CnfStatistics() {}

  /** The statistics of {@code clauses} over 1..numVars. */
  public static Stats of(int numVars, int[][] clauses) {
    int[] lengths = new int[LONGEST + 1];
    for (int[] c : clauses) {
      lengths[Math.min(LONGEST, c.length)]++;
    }
    int[] map = Equivalences.representatives(numVars, Arrays.asList(clauses));
    int aliased = 0;
    int[] classSize = new int[numVars + 1];
    if (map != null) {
      for (int v = 1; v <= numVars; v++) {
        classSize[Math.abs(map[v])]++;
        aliased += map[v] != v ? 1 : 0;
      }
    }
    int classes = (int) Arrays.stream(classSize).filter(s -> s >= 2).count();
    int[] amo = amoGroups(numVars, clauses);
    Optional<CnfSimplifier.Simplified> s = CnfSimplifier.simplify(numVars, clauses, new int[0]);
    int[][] simple = s.map(CnfSimplifier.Simplified::clauses).orElse(new int[0][]);
    if (s.isPresent()) {
      GateElimination.Eliminated e = GateElimination.eliminate(numVars, simple, Deadline.none());
      simple =
          CnfSimplifier.simplify(numVars, e.clauses(), new int[0])
              .map(CnfSimplifier.Simplified::clauses)
              .orElse(new int[0][]);
    }
    boolean[] used = new boolean[numVars + 1];
    for (int[] c : simple) {
      for (int lit : c) {
        used[Math.abs(lit)] = true;
      }
    }
    int simpleVars = 0;
    for (boolean u : used) {
      simpleVars += u ? 1 : 0;
    }
    return new Stats(
        numVars,
        clauses.length,
        lengths,
        aliased,
        classes,
        amo[0],
        amo[1],
        amo[2],
        simpleVars,
        simple.length,
        FillOrder.of(numVars, simple, Deadline.none()).width());
  }

  /**
   * Greedy cover by cliques of the {@code -a | -b} graph: groups of 3+, their vars, the largest.
   */
  private static int[] amoGroups(int numVars, int[][] clauses) {
    BitSet[] excl = new BitSet[numVars + 1];
    for (int v = 0; v <= numVars; v++) {
      excl[v] = new BitSet();
    }
    for (int[] c : clauses) {
      if (c.length == 2 && c[0] < 0 && c[1] < 0) {
        excl[-c[0]].set(-c[1]);
        excl[-c[1]].set(-c[0]);
      }
    }
    Integer[] byDegree = new Integer[numVars];
    for (int v = 1; v <= numVars; v++) {
      byDegree[v - 1] = v;
    }
    Arrays.sort(byDegree, (a, b) -> excl[b].cardinality() - excl[a].cardinality());
    boolean[] covered = new boolean[numVars + 1];
    int groups = 0;
    int vars = 0;
    int largest = 0;
    for (int v : byDegree) {
      if (covered[v] || excl[v].isEmpty()) {
        continue;
      }
      BitSet candidates = (BitSet) excl[v].clone();
      List<Integer> clique = new ArrayList<>(List.of(v));
      for (int u = candidates.nextSetBit(0); u >= 0; u = candidates.nextSetBit(u + 1)) {
        if (!covered[u]) {
          clique.add(u);
          candidates.and(excl[u]);
        }
      }
      if (clique.size() >= 3) {
        clique.forEach(u -> covered[u] = true);
        groups++;
        vars += clique.size();
        largest = Math.max(largest, clique.size());
      }
    }
    return new int[] {groups, vars, largest};
  }
}
