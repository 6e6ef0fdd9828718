package dev.atelier.engine.count;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the open clauses of a component into connected components under the current partial
 * assignment, in time linear in the component's size: parts keep the parent's (sorted) order, so
 * nothing is sorted, and each part comes with the variable that occurs in most of its open clauses
 * (the next branching variable). Not thread-safe; one per compilation, sharing the compiler's
 * assignment arrays.
 */
final class ComponentSplitter {
  /** A connected component: its open clauses and unassigned variables (sorted), and a pick. */
  record Part(int[] clauses, int[] vars, int branchVar) {}

  /** The parts of a component and the variables it leaves free (in no open clause). */
  record Split(List<Part> parts, int[] freeVars) {}

  private final int[][] clauses;
  private final int[][] varClauses;
  private final byte[] value;
  private final int[] satCount;
  private final int[] clauseMark;
  private final int[] clausePart;
  private final int[] varMark;
  private final int[] varPart;
  private final int[] occurrences;
  private int mark;
  private int[] queue = new int[16];

  private final int[] rank;

  ComponentSplitter(int[][] clauses, int[][] varClauses, byte[] value, int[] satCount, int[] rank) {
    this.rank = rank;
    this.clauses = clauses;
    this.varClauses = varClauses;
    this.value = value;
    this.satCount = satCount;
    this.clauseMark = new int[clauses.length];
    this.clausePart = new int[clauses.length];
    this.varMark = new int[value.length];
    this.varPart = new int[value.length];
    this.occurrences = new int[value.length];
  }

  /** The components of the open clauses of {@code comp}, whose variables are among {@code vars}. */
  Split split(int[] comp, int[] vars) {
    int open = ++mark;
    int openCount = 0;
    for (int k : comp) {
      if (satCount[k] == 0) {
        clauseMark[k] = open;
        openCount++;
      }
    }
    int done = ++mark;
    if (queue.length < openCount) {
      queue = new int[Math.max(openCount, 2 * queue.length)];
    }
    int[] clauseCounts = new int[4];
    int[] varCounts = new int[4];
    int[] best = new int[4];
    int partCount = 0;
    for (int start : comp) {
      if (clauseMark[start] != open) {
        continue;
      }
      if (partCount == clauseCounts.length) {
        clauseCounts = java.util.Arrays.copyOf(clauseCounts, 2 * partCount);
        varCounts = java.util.Arrays.copyOf(varCounts, 2 * partCount);
        best = java.util.Arrays.copyOf(best, 2 * partCount);
      }
      int p = partCount++;
      int head = 0;
      int tail = 0;
      queue[tail++] = start;
      clauseMark[start] = done;
      int bestVar = 0;
      int bestCount = 0;
      while (head < tail) {
        int k = queue[head++];
        clausePart[k] = p;
        for (int lit : clauses[k]) {
          int v = Math.abs(lit);
          if (value[v] != 0) {
            continue;
          }
          int c = varMark[v] == done ? ++occurrences[v] : first(v, p, done);
          int score = rank == null ? c : rank[v];
          if (score > bestCount) {
            bestCount = score;
            bestVar = v;
          }
          if (c > 1) {
            continue;
          }
          varCounts[p]++;
          for (int other : varClauses[v]) {
            if (clauseMark[other] == open) {
              clauseMark[other] = done;
              queue[tail++] = other;
            }
          }
        }
      }
      clauseCounts[p] = tail;
      best[p] = bestVar;
    }
    int[][] partClauses = new int[partCount][];
    int[][] partVars = new int[partCount][];
    for (int p = 0; p < partCount; p++) {
      partClauses[p] = new int[clauseCounts[p]];
      partVars[p] = new int[varCounts[p]];
    }
    int[] fill = new int[partCount];
    for (int k : comp) {
      if (clauseMark[k] == done) {
        int p = clausePart[k];
        partClauses[p][fill[p]++] = k;
      }
    }
    java.util.Arrays.fill(fill, 0);
    int freeCount = 0;
    int[] free = new int[vars.length];
    for (int v : vars) {
      if (value[v] != 0) {
        continue;
      }
      if (varMark[v] == done) {
        int p = varPart[v];
        partVars[p][fill[p]++] = v;
      } else {
        free[freeCount++] = v;
      }
    }
    List<Part> parts = new ArrayList<>(partCount);
    for (int p = 0; p < partCount; p++) {
      parts.add(new Part(partClauses[p], partVars[p], best[p]));
    }
    return new Split(parts, java.util.Arrays.copyOf(free, freeCount));
  }

  private int first(int v, int p, int done) {
    varMark[v] = done;
    varPart[v] = p;
    occurrences[v] = 1;
    return 1;
  }
}
