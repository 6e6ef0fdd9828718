package dev.atelier.engine.compile;

import dev.atelier.engine.cnf.Cnf;
import dev.atelier.engine.result.Deadline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accumulates clauses over DIMACS-style literals (variable n as {@code n} / {@code -n}) and defines
 * gate variables by full equivalence, so that every auxiliary variable is a function of the
 * attribute variables: model counts of the CNF are configuration counts. Each clause belongs to a
 * group (a rule, an attribute's domain) or to the always-on definitions ({@link #DEFINITION}). Not
 * thread-safe; used only while compiling.
 */
final class CnfBuilder {
  static final int DEFINITION = Cnf.DEFINITION;

  /** Gates up to this width find repeated literals by scanning; wider ones by hashing. */
  private static final int SCAN_LIMIT = 16;

  private int numVars;
  private final int trueLit;
  private final List<int[]> clauses = new ArrayList<>();
  private final List<Integer> groups = new ArrayList<>();
  private final Map<List<Integer>, Integer> andGates = new HashMap<>();
  private final Map<List<Integer>, Integer> iffGates = new HashMap<>();
  private int group = DEFINITION;
  private Deadline deadline = Deadline.none();

  /**
   * Most clauses one model may need (the largest benchmark model needs 565,584). Before session 17
   * a 733-byte YAML rule {@code a0 + ... + a7 <= 4000} over eight attributes of 0..999 built
   * clauses until a 1 GB heap ran out (minutes, whatever the deadline said).
   */
  static final int MAX_CLAUSES = 4_000_000;

  /** How many clauses are added between two looks at the deadline. */
  private static final int DEADLINE_EVERY = 4096;

  CnfBuilder(int reservedVars) {
    this.numVars = reservedVars;
    this.trueLit = newVar();
    clauses.add(new int[] {trueLit});
    groups.add(DEFINITION);
  }

  /** Stops adding clauses once {@code until} passes ({@link Compiler.DeadlinePassed}). */
  void deadline(Deadline until) {
    this.deadline = until;
  }

  /** Throws {@link Compiler.DeadlinePassed} when the deadline has passed. */
  void checkDeadline() {
    if (deadline.expired()) {
      throw new Compiler.DeadlinePassed();
    }
  }

  int newVar() {
    return ++numVars;
  }

  int numVars() {
    return numVars;
  }

  int trueLit() {
    return trueLit;
  }

  boolean isTrue(int lit) {
    return lit == trueLit;
  }

  boolean isFalse(int lit) {
    return lit == -trueLit;
  }

  /** Sets the group of clauses added with {@link #addClause}. */
  void group(int newGroup) {
    this.group = newGroup;
  }

  /** Adds a clause to the current group; constants are simplified, an empty clause is kept. */
  void addClause(int... lits) {
    addClauseIn(group, lits);
  }

  /**
   * Adds a clause to the always-on definitions: for a variable the caller defines as a function of
   * others, or for a clause implied by the definitions (either changes no model count).
   */
  void addDefinition(int... lits) {
    addClauseIn(DEFINITION, lits);
  }

  private void addClauseIn(int clauseGroup, int[] lits) {
    int[] kept = new int[lits.length];
    int n = 0;
    for (int lit : lits) {
      if (lit == trueLit) {
        return;
      }
      if (lit != -trueLit) {
        kept[n++] = lit;
      }
    }
    // An empty clause is written as "not true" so that a selector can still switch it off.
    int[] clause = n == 0 ? new int[] {-trueLit} : Arrays.copyOf(kept, n);
    if (clauses.size() % DEADLINE_EVERY == 0) {
      if (clauses.size() >= MAX_CLAUSES) {
        throw new SumEncoder.TooLarge("the model needs more than " + MAX_CLAUSES + " clauses");
      }
      checkDeadline();
    }
    clauses.add(clause);
    groups.add(clauseGroup);
  }

  /** A literal equivalent to the conjunction of {@code lits}. */
  int and(List<Integer> lits) {
    List<Integer> ops = new ArrayList<>();
    // a wide gate (a DIMACS clause of thousands of literals) would make the list's scans quadratic
    Set<Integer> seen = lits.size() > SCAN_LIMIT ? new HashSet<>() : null;
    for (int lit : lits) {
      if (lit == -trueLit) {
        return -trueLit;
      }
      if (lit != trueLit && !(seen == null ? ops.contains(lit) : seen.contains(lit))) {
        if (seen == null ? ops.contains(-lit) : seen.contains(-lit)) {
          return -trueLit;
        }
        ops.add(lit);
        if (seen != null) {
          seen.add(lit);
        }
      }
    }
    if (ops.isEmpty()) {
      return trueLit;
    }
    if (ops.size() == 1) {
      return ops.get(0);
    }
    ops.sort(null);
    Integer cached = andGates.get(ops);
    if (cached != null) {
      return cached;
    }
    int v = newVar();
    int[] back = new int[ops.size() + 1];
    back[0] = v;
    for (int i = 0; i < ops.size(); i++) {
      addClauseIn(DEFINITION, new int[] {-v, ops.get(i)});
      back[i + 1] = -ops.get(i);
    }
    addClauseIn(DEFINITION, back);
    andGates.put(ops, v);
    return v;
  }

  int and(int a, int b) {
    return and(List.of(a, b));
  }

  /** A literal equivalent to the disjunction of {@code lits}. */
  int or(List<Integer> lits) {
    List<Integer> negated = new ArrayList<>(lits.size());
    for (int lit : lits) {
      negated.add(-lit);
    }
    return -and(negated);
  }

  int or(int a, int b) {
    return -and(List.of(-a, -b));
  }

  /** A literal equivalent to {@code a <-> b}. */
  int iff(int a, int b) {
    if (a == b) {
      return trueLit;
    }
    if (a == -b) {
      return -trueLit;
    }
    if (Math.abs(a) == trueLit) {
      return a == trueLit ? b : -b;
    }
    if (Math.abs(b) == trueLit) {
      return b == trueLit ? a : -a;
    }
    List<Integer> key = List.of(Math.min(a, b), Math.max(a, b));
    Integer cached = iffGates.get(key);
    if (cached != null) {
      return cached;
    }
    int v = newVar();
    addClauseIn(DEFINITION, new int[] {-v, -a, b});
    addClauseIn(DEFINITION, new int[] {-v, a, -b});
    addClauseIn(DEFINITION, new int[] {v, a, b});
    addClauseIn(DEFINITION, new int[] {v, -a, -b});
    iffGates.put(key, v);
    return v;
  }

  int[][] clauses() {
    return clauses.toArray(new int[0][]);
  }

  int[] groups() {
    return groups.stream().mapToInt(Integer::intValue).toArray();
  }
}
