package dev.atelier.engine.count;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a component into connected components by a search over its variables: binary clauses are
 * links between two variables (flat neighbour arrays, no clause to visit), only the other clauses
 * are visited as clauses. Under unit propagation a binary clause over two unassigned variables is
 * open, and every open clause touching a component's variable belongs to that component, so a
 * component is its variables and its open clauses of other lengths ({@code Part.clauses()} holds
 * only those, which is also all the cache key needs). On product documentation (96 % binary
 * clauses) this visits each binary clause once per side with two array reads, where {@link
 * ComponentSplitter} reads the clause, its literals and each literal's clause list. Parts keep the
 * parent's sorted order; the branching pick is the same as {@link ComponentSplitter}'s when ranks
 * are given (the highest rank). Not thread-safe; one per compilation, sharing the compiler's
 * assignment arrays; its stamp arrays are allocated once.
 */
final class LinkSplitter {
  private final int[][] clauses;
  private final byte[] value;
  private final int[] satCount;
  private final int[] rank;
  // -Datelier.count.cliques=off: every binary clause a link (session 14), for measuring.
  static final boolean CLIQUES = !"off".equals(System.getProperty("atelier.count.cliques"));

  private final int[][] links; // by variable: the other variable of each binary clause
  // Cliques of links (LinkCliques), or null.
  private final int[][] cliquesOf;
  private final int[][] members;
  private final int[] cliqueMark;
  private final int[] cliqueAlive;
  private final int[][] others; // by variable: the other clauses mentioning it, per occurrence
  private final int[] clauseMark;
  private final int[] clausePart;
  private final int[] varMark;
  private final int[] varPart;
  private final int[] queue;
  private int[] partVarCount = new int[16];
  private int[] partClauseCount = new int[16];
  private int[] partBest = new int[16];
  private int mark;
  private int tail; // the queue's end after visitCliques

  /**
   * A splitter over the assignment arrays {@code value} and {@code satCount}, picking the highest
   * {@code rank} (the most open links and clauses when null); with {@code cliques} (needs ranks:
   * the pick without them counts links), cliques of links are visited as one ({@link LinkCliques}).
   */
  LinkSplitter(int[][] clauses, byte[] value, int[] satCount, int[] rank, boolean cliques) {
    this.clauses = clauses;
    this.value = value;
    this.satCount = satCount;
    this.rank = rank;
    int n = value.length;
    int[] linkCount = new int[n];
    int[] otherCount = new int[n];
    for (int[] c : clauses) {
      if (isLink(c)) {
        linkCount[Math.abs(c[0])]++;
        linkCount[Math.abs(c[1])]++;
      } else {
        for (int lit : c) {
          otherCount[Math.abs(lit)]++;
        }
      }
    }
    LinkCliques cover = cliques && rank != null ? new LinkCliques(n - 1, clauses) : null;
    links = cover != null ? cover.links : new int[n][];
    cliquesOf = cover != null ? cover.cliquesOf : null;
    members = cover != null ? cover.members : new int[0][];
    cliqueMark = new int[members.length];
    cliqueAlive = new int[members.length];
    others = new int[n][];
    for (int v = 0; v < n; v++) {
      if (cover == null) {
        links[v] = new int[linkCount[v]];
      }
      others[v] = new int[otherCount[v]];
    }
    Arrays.fill(linkCount, 0);
    Arrays.fill(otherCount, 0);
    for (int k = 0; k < clauses.length; k++) {
      int[] c = clauses[k];
      if (isLink(c)) {
        if (cover == null) {
          int a = Math.abs(c[0]);
          int b = Math.abs(c[1]);
          links[a][linkCount[a]++] = b;
          links[b][linkCount[b]++] = a;
        }
      } else {
        for (int lit : c) {
          int v = Math.abs(lit);
          others[v][otherCount[v]++] = k;
        }
      }
    }
    clauseMark = new int[clauses.length];
    clausePart = new int[clauses.length];
    varMark = new int[n];
    varPart = new int[n];
    queue = new int[n];
  }

  /** A binary clause over two distinct variables (others, such as {@code x | x}, are clauses). */
  static boolean isLink(int[] clause) {
    return clause.length == 2 && Math.abs(clause[0]) != Math.abs(clause[1]);
  }

  /**
   * The components of the unassigned variables of {@code vars} (sorted), whose open non-binary
   * clauses are among {@code comp} (sorted; other clause ids in it are skipped).
   */
  ComponentSplitter.Split split(int[] comp, int[] vars) {
    int done = ++mark;
    int partCount = 0;
    int freeCount = 0;
    int[] free = null;
    for (int start : vars) {
      if (value[start] != 0 || varMark[start] == done) {
        continue;
      }
      if (partCount == partVarCount.length) {
        partVarCount = Arrays.copyOf(partVarCount, 2 * partCount);
        partClauseCount = Arrays.copyOf(partClauseCount, 2 * partCount);
        partBest = Arrays.copyOf(partBest, 2 * partCount);
      }
      int p = partCount;
      int clauseCount = 0;
      int bestVar = 0;
      long bestScore = 0;
      int head = 0;
      int tail = 0;
      queue[tail++] = start;
      varMark[start] = done;
      while (head < tail) {
        int v = queue[head++];
        varPart[v] = p;
        int occurrences = 0;
        for (int u : links[v]) {
          if (value[u] == 0) {
            occurrences++;
            if (varMark[u] != done) {
              varMark[u] = done;
              queue[tail++] = u;
            }
          }
        }
        if (cliquesOf != null) {
          occurrences += visitCliques(v, done, tail);
          tail = this.tail;
        }
        for (int k : others[v]) {
          if (satCount[k] != 0) {
            continue;
          }
          occurrences++;
          if (clauseMark[k] == done) {
            continue;
          }
          clauseMark[k] = done;
          clausePart[k] = p;
          clauseCount++;
          for (int lit : clauses[k]) {
            int u = Math.abs(lit);
            if (value[u] == 0 && varMark[u] != done) {
              varMark[u] = done;
              queue[tail++] = u;
            }
          }
        }
        // Rank first, equal ranks (TreeRanks' depths) by open links and clauses.
        long score = rank == null ? occurrences : ((long) rank[v] << 32) + occurrences;
        if (occurrences > 0 && (bestVar == 0 || score > bestScore)) {
          bestScore = score;
          bestVar = v;
        }
      }
      if (bestVar == 0) {
        // In no open clause: the variable is free.
        if (free == null) {
          free = new int[vars.length];
        }
        free[freeCount++] = start;
        varPart[start] = -1;
        continue;
      }
      partVarCount[p] = tail;
      partClauseCount[p] = clauseCount;
      partBest[p] = bestVar;
      partCount++;
    }
    return new ComponentSplitter.Split(
        parts(comp, vars, partCount), free == null ? new int[0] : Arrays.copyOf(free, freeCount));
  }

  /**
   * Enqueues the unassigned members of {@code v}'s cliques not visited in this split (from queue
   * position {@code tail}, the new end left in {@link #tail}); the number of its cliques with
   * another unassigned member (a var in none and without other open links or clauses is free).
   */
  private int visitCliques(int v, int done, int tail) {
    int open = 0;
    for (int g : cliquesOf[v]) {
      if (cliqueMark[g] != done) {
        cliqueMark[g] = done;
        int alive = 0;
        for (int u : members[g]) {
          if (value[u] == 0) {
            alive++;
            if (varMark[u] != done) {
              varMark[u] = done;
              queue[tail++] = u;
            }
          }
        }
        cliqueAlive[g] = alive;
      }
      open += cliqueAlive[g] > 1 ? 1 : 0;
    }
    this.tail = tail;
    return open;
  }

  /** Whether no open binary link (nor clique of links) joins two of the unassigned {@code vars}. */
  boolean linkFree(int[] vars) {
    for (int v : vars) {
      for (int u : links[v]) {
        if (value[u] == 0) {
          return false;
        }
      }
      if (cliquesOf != null) {
        for (int g : cliquesOf[v]) {
          int alive = 0;
          for (int u : members[g]) {
            alive += value[u] == 0 ? 1 : 0;
          }
          if (alive > 1) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private List<ComponentSplitter.Part> parts(int[] comp, int[] vars, int partCount) {
    int[][] partClauses = new int[partCount][];
    int[][] partVars = new int[partCount][];
    for (int p = 0; p < partCount; p++) {
      partClauses[p] = new int[partClauseCount[p]];
      partVars[p] = new int[partVarCount[p]];
    }
    int[] fill = new int[partCount];
    for (int k : comp) {
      if (clauseMark[k] == mark) {
        int p = clausePart[k];
        partClauses[p][fill[p]++] = k;
      }
    }
    Arrays.fill(fill, 0);
    for (int v : vars) {
      if (value[v] == 0 && varPart[v] >= 0) {
        int p = varPart[v];
        partVars[p][fill[p]++] = v;
      }
    }
    List<ComponentSplitter.Part> parts = new ArrayList<>(partCount);
    for (int p = 0; p < partCount; p++) {
      parts.add(new ComponentSplitter.Part(partClauses[p], partVars[p], partBest[p]));
    }
    return parts;
  }
}
