package dev.atelier.bench.gen;

import java.util.ArrayList;
import java.util.List;

/**
 * A CNF under construction with a planted satisfying assignment: a clause the assignment does not
 * satisfy is refused, so every generated formula is satisfiable. Variables are 1-based as in
 * DIMACS. Not thread-safe.
 */
final class Cnf {

  private final boolean[][] planted;
  private final List<int[]> clauses = new ArrayList<>();

  Cnf(boolean[] planted) {
    this(new boolean[][] {planted});
  }

  /** A CNF whose every clause satisfies all of {@code planted} (at least one). */
  Cnf(boolean[][] planted) {
    this.planted = planted;
  }

  int vars() {
    return planted[0].length - 1;
  }

  boolean value(int variable) {
    return planted[0][variable];
  }

  /** Adds the clause when every planted assignment satisfies it; answers whether it did. */
  boolean add(int... literals) {
    for (boolean[] p : planted) {
      if (!satisfies(p, literals)) {
        return false;
      }
    }
    clauses.add(literals.clone());
    return true;
  }

  private static boolean satisfies(boolean[] assignment, int[] literals) {
    for (int lit : literals) {
      if (assignment[Math.abs(lit)] == lit > 0) {
        return true;
      }
    }
    return false;
  }

  /** Exactly one of {@code group} when {@code parent} holds (parent 0: always), none otherwise. */
  void exactlyOneUnder(int parent, int[] group) {
    int[] alo = new int[group.length + (parent == 0 ? 0 : 1)];
    for (int i = 0; i < group.length; i++) {
      alo[i] = group[i];
      for (int j = i + 1; j < group.length; j++) {
        require(add(-group[i], -group[j]));
      }
    }
    if (parent != 0) {
      alo[group.length] = -parent;
    }
    require(add(alo));
  }

  void require(boolean added) {
    if (!added) {
      throw new IllegalStateException("a structural clause contradicts the planted assignment");
    }
  }

  String dimacs(String comment) {
    StringBuilder out = new StringBuilder(clauses.size() * 12 + 64);
    out.append("c ").append(comment).append('\n');
    out.append("p cnf ").append(vars()).append(' ').append(clauses.size()).append('\n');
    for (int[] clause : clauses) {
      for (int lit : clause) {
        out.append(lit).append(' ');
      }
      out.append("0\n");
    }
    return out.toString();
  }
}
