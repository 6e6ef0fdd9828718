package dev.atelier.engine.compile;

import dev.atelier.engine.cnf.VariableMap;
import dev.atelier.engine.model.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns expressions into clauses and gate literals over the attribute variables. Top-level
 * disjunctions become plain clauses without auxiliary variables (so a DIMACS clause stays one
 * clause); everything else becomes a gate literal. Not thread-safe; used only while compiling.
 */
final class ExprEncoder {
  private static final int PAIRWISE_LIMIT = 24;
  private static final int DIRECT_CNF_LIMIT = 32;
  private final CnfBuilder cnf;
  private final GateLiterals gates;
  private final DirectCnf direct;

  ExprEncoder(CnfBuilder cnf, VariableMap vars) {
    this.cnf = cnf;
    this.gates = new GateLiterals(cnf, vars);
    this.direct = new DirectCnf(gates, DIRECT_CNF_LIMIT);
  }

  /** Adds clauses, in the builder's current group, requiring {@code expr} to hold. */
  void require(Expr expr) {
    if (expr instanceof Expr.Or or && or.operands().stream().allMatch(e -> e instanceof Expr.Is)) {
      // The shape of every DIMACS clause: no allocation beyond the clause itself.
      int[] clause = new int[or.operands().size()];
      for (int k = 0; k < clause.length; k++) {
        clause[k] = literal(or.operands().get(k));
      }
      cnf.addClause(clause);
      return;
    }
    if (expr instanceof Expr.Implies imp && imp.consequence() instanceof Expr.Count count) {
      if (requireCount(literal(imp.condition()), count)) {
        return;
      }
    } else if (expr instanceof Expr.Count count && requireCount(cnf.trueLit(), count)) {
      return;
    }
    List<List<Integer>> small = direct.clauses(expr);
    if (small != null) {
      for (List<Integer> clause : small) {
        cnf.addClause(clause.stream().mapToInt(Integer::intValue).toArray());
      }
      return;
    }
    if (expr instanceof Expr.And and) {
      and.operands().forEach(this::require);
    } else if (expr instanceof Expr.Not not && not.operand() instanceof Expr.Or or) {
      or.operands().forEach(e -> require(new Expr.Not(e)));
    } else if (expr instanceof Expr.Not not && not.operand() instanceof Expr.Not inner) {
      require(inner.operand());
    } else if (expr instanceof Expr.Not not && not.operand() instanceof Expr.Implies imp) {
      require(imp.condition());
      require(new Expr.Not(imp.consequence()));
    } else {
      List<Integer> clause = new ArrayList<>();
      collectDisjuncts(expr, clause);
      cnf.addClause(clause.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  /**
   * Writes {@code guard -> count} as plain clauses when the count is "at least one", "at most one",
   * "exactly one", "none" or "all" of few operands, as feature-model groups are: no auxiliary
   * variables, which keeps model counting fast. Returns false when it does not apply.
   */
  private boolean requireCount(int guard, Expr.Count count) {
    int n = count.operands().size();
    long k = count.k();
    boolean atLeastOne =
        k == 1 && (count.op() == Expr.Op.GE || count.op() == Expr.Op.EQ)
            || k == 0 && count.op() == Expr.Op.GT;
    boolean atMostOne =
        k == 1 && (count.op() == Expr.Op.LE || count.op() == Expr.Op.EQ)
            || k == 2 && count.op() == Expr.Op.LT;
    boolean none =
        k == 0 && (count.op() == Expr.Op.LE || count.op() == Expr.Op.EQ)
            || k == 1 && count.op() == Expr.Op.LT;
    boolean all =
        k == n && (count.op() == Expr.Op.GE || count.op() == Expr.Op.EQ)
            || k == n - 1 && count.op() == Expr.Op.GT;
    if (atMostOne && n > PAIRWISE_LIMIT || !(atLeastOne || atMostOne || none || all)) {
      return false;
    }
    int[] lits = new int[n];
    for (int i = 0; i < n; i++) {
      lits[i] = literal(count.operands().get(i));
    }
    if (all || none) {
      for (int lit : lits) {
        cnf.addClause(-guard, all ? lit : -lit);
      }
      return true;
    }
    if (atLeastOne) {
      int[] clause = new int[n + 1];
      clause[0] = -guard;
      System.arraycopy(lits, 0, clause, 1, n);
      cnf.addClause(clause);
    }
    if (atMostOne) {
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          cnf.addClause(-guard, -lits[i], -lits[j]);
        }
      }
    }
    return true;
  }

  private void collectDisjuncts(Expr expr, List<Integer> out) {
    if (expr instanceof Expr.Or or) {
      or.operands().forEach(e -> collectDisjuncts(e, out));
    } else if (expr instanceof Expr.Implies imp) {
      collectDisjuncts(new Expr.Not(imp.condition()), out);
      collectDisjuncts(imp.consequence(), out);
    } else if (expr instanceof Expr.Not not && not.operand() instanceof Expr.And and) {
      and.operands().forEach(e -> collectDisjuncts(new Expr.Not(e), out));
    } else if (expr instanceof Expr.Not not && not.operand() instanceof Expr.Not inner) {
      collectDisjuncts(inner.operand(), out);
    } else {
      out.add(literal(expr));
    }
  }

  /** A literal equivalent to {@code expr}. */
  int literal(Expr expr) {
    return gates.literal(expr);
  }
}
