package dev.atelier.engine.session;

import dev.atelier.engine.compile.ClauseIndex;

/**
 * The connected components of the residual CNF under some decisions: the clauses unit propagation
 * of the decisions leaves unsatisfied, over their unassigned variables. Components do not share a
 * clause, so a satisfiable residual is satisfiable with a value in one component iff that component
 * is. When a decision is added, a component the new decision's propagation does not reach keeps its
 * residual clauses unchanged, so every value in it keeps its status: only the values of the
 * components the decision touches need checking again. Immutable after {@link #of}, so the
 * components with nothing decided are computed once per compiled model and shared by its sessions
 * (published as the model's memo under this type); thread-safe once published.
 */
public final class ResidualComponents {
  private final byte[] assigned;
  private final int[] root;

  private ResidualComponents(byte[] assigned, int[] root) {
    this.assigned = assigned;
    this.root = root;
  }

  /** The components under the propagation {@code up} last ran (it must not have conflicted). */
  static ResidualComponents of(ClauseIndex index, UnitPropagation up, int numVars) {
    byte[] assigned = new byte[numVars + 1];
    int[] parent = new int[numVars + 1];
    for (int v = 1; v <= numVars; v++) {
      parent[v] = v;
      assigned[v] = up.valueOf(v);
    }
    for (int k = 0; k < index.clauseCount(); k++) {
      int[] clause = index.clause(k);
      if (satisfied(clause, assigned)) {
        continue;
      }
      int first = 0;
      for (int lit : clause) {
        int v = Math.abs(lit);
        if (assigned[v] != 0) {
          continue;
        }
        if (first == 0) {
          first = find(parent, v);
        } else {
          int r = find(parent, v);
          if (r != first) {
            parent[r] = first;
          }
        }
      }
    }
    for (int v = 1; v <= numVars; v++) {
      parent[v] = find(parent, v);
    }
    return new ResidualComponents(assigned, parent);
  }

  private static boolean satisfied(int[] clause, byte[] assigned) {
    for (int lit : clause) {
      int a = assigned[Math.abs(lit)];
      if (a != 0 && (a > 0) == (lit > 0)) {
        return true;
      }
    }
    return false;
  }

  private static int find(int[] parent, int v) {
    int r = v;
    while (parent[r] != r) {
      r = parent[r];
    }
    while (parent[v] != r) {
      int next = parent[v];
      parent[v] = r;
      v = next;
    }
    return r;
  }

  /**
   * The variables whose values may change status when the decisions behind these components grow to
   * those behind {@code later} (a superset): {@code dirty[v]} for every variable in a component
   * holding a variable {@code later} assigns and these do not.
   */
  boolean[] dirtyUnder(ResidualComponents later) {
    boolean[] dirtyRoot = new boolean[root.length];
    for (int v = 1; v < root.length; v++) {
      if (assigned[v] == 0 && later.assigned[v] != 0) {
        dirtyRoot[root[v]] = true;
      }
    }
    boolean[] dirty = new boolean[root.length];
    for (int v = 1; v < root.length; v++) {
      dirty[v] = assigned[v] == 0 && dirtyRoot[root[v]];
    }
    return dirty;
  }
}
