package dev.atelier.engine.compile;

import dev.atelier.engine.cnf.VariableMap;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.ExprKind;
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
    if (expr.kind() == ExprKind.OR
        && ((Expr.Or) expr).operands().stream().allMatch(e -> e.kind() == ExprKind.IS)) {
      // The shape of every DIMACS clause: no allocation beyond the clause itself.
      List<Expr> atoms = ((Expr.Or) expr).operands();
      int[] clause = new int[atoms.size()];
      for (int k = 0; k < clause.length; k++) {
        clause[k] = literal(atoms.get(k));
      }
      cnf.addClause(clause);
      return;
    }
    if (requireCount(expr)) {
      return;
    }
    List<List<Integer>> small = direct.clauses(expr);
    if (small != null) {
      for (List<Integer> clause : small) {
        cnf.addClause(clause.stream().mapToInt(Integer::intValue).toArray());
      }
      return;
    }
    boolean split =
        switch (expr.kind()) {
          case AND -> {
            ((Expr.And) expr).operands().forEach(this::require);
            yield true;
          }
          case NOT -> requireNegation(((Expr.Not) expr).operand());
          case CONST, IS, IS_SET, OR, IMPLIES, IFF, COMPARE, COUNT -> false;
        };
    if (!split) {
      List<Integer> clause = new ArrayList<>();
      collectDisjuncts(expr, clause);
      cnf.addClause(clause.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  /** A count, or {@code guard -> count}, as plain clauses; false when that does not apply. */
  private boolean requireCount(Expr expr) {
    return switch (expr.kind()) {
      case COUNT -> requireCount(cnf.trueLit(), (Expr.Count) expr);
      case IMPLIES -> {
        Expr.Implies imp = (Expr.Implies) expr;
        yield imp.consequence().kind() == ExprKind.COUNT
            && requireCount(literal(imp.condition()), (Expr.Count) imp.consequence());
      }
      case CONST, IS, IS_SET, NOT, AND, OR, IFF, COMPARE -> false;
    };
  }

  /** Requires {@code not operand} by parts where it splits; false when it does not. */
  private boolean requireNegation(Expr operand) {
    return switch (operand.kind()) {
      case OR -> {
        ((Expr.Or) operand).operands().forEach(e -> require(new Expr.Not(e)));
        yield true;
      }
      case NOT -> {
        require(((Expr.Not) operand).operand());
        yield true;
      }
      case IMPLIES -> {
        Expr.Implies imp = (Expr.Implies) operand;
        require(imp.condition());
        require(new Expr.Not(imp.consequence()));
        yield true;
      }
      case CONST, IS, IS_SET, AND, IFF, COMPARE, COUNT -> false;
    };
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
    boolean split =
        switch (expr.kind()) {
          case OR -> {
            ((Expr.Or) expr).operands().forEach(e -> collectDisjuncts(e, out));
            yield true;
          }
          case IMPLIES -> {
            Expr.Implies imp = (Expr.Implies) expr;
            collectDisjuncts(new Expr.Not(imp.condition()), out);
            collectDisjuncts(imp.consequence(), out);
            yield true;
          }
          case NOT -> collectNegatedDisjuncts(((Expr.Not) expr).operand(), out);
          case CONST, IS, IS_SET, AND, IFF, COMPARE, COUNT -> false;
        };
    if (!split) {
      out.add(literal(expr));
    }
  }

  /** Adds the disjuncts of {@code not operand} where it splits; false when it does not. */
  private boolean collectNegatedDisjuncts(Expr operand, List<Integer> out) {
    return switch (operand.kind()) {
      case AND -> {
        ((Expr.And) operand).operands().forEach(e -> collectDisjuncts(new Expr.Not(e), out));
        yield true;
      }
      case NOT -> {
        collectDisjuncts(((Expr.Not) operand).operand(), out);
        yield true;
      }
      case CONST, IS, IS_SET, OR, IMPLIES, IFF, COMPARE, COUNT -> false;
    };
  }

  /** A literal equivalent to {@code expr}. */
  int literal(Expr expr) {
    return gates.literal(expr);
  }
}
