package dev.atelier.engine.compile;

import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.ExprVisitor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Converts a small propositional expression to CNF by distribution, without auxiliary variables, as
 * long as the result stays within a clause limit and a work limit. Cross-tree constraints of
 * feature models are usually tiny; writing them directly keeps the CNF as small as the DIMACS
 * version and model counting fast. Not thread-safe (it shares the compiler's gate literals).
 */
final class DirectCnf {
  private final GateLiterals atoms;
  private final int limit;
  private final Polarity positive = new Polarity(true);
  private final Polarity negative = new Polarity(false);

  /**
   * Literals one expression may copy or add before it falls back to the gate encoding: nested or
   * tautology-dropping disjunctions could otherwise copy a wide clause once per part.
   */
  static final long WORK_LIMIT = 1 << 20;

  private long work;

  /**
   * Direct CNF with the literals of atoms from {@code atoms}, giving up beyond {@code limit}
   * clauses.
   */
  DirectCnf(GateLiterals atoms, int limit) {
    this.atoms = atoms;
    this.limit = limit;
  }

  /**
   * The clauses of {@code expr}, or null when it contains an operator other than and/or/not/
   * implies/iff over atoms, or needs more than the limit of clauses.
   */
  List<List<Integer>> clauses(Expr expr) {
    work = 0;
    return cnf(expr, true);
  }

  /**
   * Literals copied or added by the last {@link #clauses} call (bounded by {@link #WORK_LIMIT}).
   */
  long work() {
    return work;
  }

  private List<List<Integer>> cnf(Expr e, boolean positive) {
    return e.accept(positive ? this.positive : this.negative);
  }

  private static List<List<Integer>> unit(int lit) {
    List<List<Integer>> unit = new ArrayList<>();
    unit.add(List.of(lit));
    return unit;
  }

  private List<List<Integer>> conj(List<Expr> parts, boolean positive) {
    List<List<Integer>> out = new ArrayList<>();
    for (Expr p : parts) {
      List<List<Integer>> c = cnf(p, positive);
      if (c == null || out.size() + c.size() > limit) {
        return null;
      }
      out.addAll(c);
    }
    return out;
  }

  /**
   * The product of the parts' clauses. Each clause of {@code out} is extended in place by its last
   * partner and copied only for the others, so a wide clause costs its length, not its length
   * squared; copies and additions are charged to {@link #work}.
   */
  private List<List<Integer>> disj(List<Expr> parts, boolean positive) {
    List<Set<Integer>> out = new ArrayList<>();
    out.add(new LinkedHashSet<>());
    for (Expr p : parts) {
      List<List<Integer>> c = cnf(p, positive);
      if (c == null || (long) out.size() * c.size() > limit) {
        return null;
      }
      List<Set<Integer>> next = new ArrayList<>();
      for (Set<Integer> a : out) {
        for (int k = 0; k < c.size(); k++) {
          Set<Integer> merged = k == c.size() - 1 ? a : copy(a);
          if (merged == null || !extend(merged, c.get(k))) {
            if (work > WORK_LIMIT) {
              return null;
            }
            continue;
          }
          next.add(merged);
        }
      }
      out = next;
    }
    List<List<Integer>> clauses = new ArrayList<>(out.size());
    for (Set<Integer> clause : out) {
      clauses.add(new ArrayList<>(clause));
    }
    return clauses;
  }

  /** A copy of {@code clause}, or null when the work limit is reached. */
  private Set<Integer> copy(Set<Integer> clause) {
    work += clause.size();
    return work > WORK_LIMIT ? null : new LinkedHashSet<>(clause);
  }

  /**
   * Adds {@code lits} to {@code clause}; false when that makes it a tautology (it is then dropped)
   * or the work limit is reached.
   */
  private boolean extend(Set<Integer> clause, List<Integer> lits) {
    work += lits.size();
    if (work > WORK_LIMIT) {
      return false;
    }
    for (int l : lits) {
      if (clause.contains(-l)) {
        return false;
      }
      clause.add(l);
    }
    return true;
  }

  /** The clauses of an expression ({@code positive}) or of its negation; null when not direct. */
  private final class Polarity implements ExprVisitor<List<List<Integer>>> {
    private final boolean positive;

    Polarity(boolean positive) {
      this.positive = positive;
    }

    private List<List<Integer>> atom(Expr e) {
      int lit = atoms.literal(e);
      return unit(positive ? lit : -lit);
    }

    @Override
    public List<List<Integer>> visitConst(Expr.Const c) {
      return atom(c);
    }

    @Override
    public List<List<Integer>> visitIs(Expr.Is is) {
      return atom(is);
    }

    @Override
    public List<List<Integer>> visitIsSet(Expr.IsSet set) {
      return atom(set);
    }

    @Override
    public List<List<Integer>> visitNot(Expr.Not not) {
      return cnf(not.operand(), !positive);
    }

    @Override
    public List<List<Integer>> visitAnd(Expr.And and) {
      return positive ? conj(and.operands(), true) : disj(and.operands(), false);
    }

    @Override
    public List<List<Integer>> visitOr(Expr.Or or) {
      return positive ? disj(or.operands(), true) : conj(or.operands(), false);
    }

    @Override
    public List<List<Integer>> visitImplies(Expr.Implies imp) {
      return cnf(new Expr.Or(List.of(new Expr.Not(imp.condition()), imp.consequence())), positive);
    }

    @Override
    public List<List<Integer>> visitIff(Expr.Iff iff) {
      Expr both =
          new Expr.And(
              List.of(
                  new Expr.Implies(iff.left(), iff.right()),
                  new Expr.Implies(iff.right(), iff.left())));
      Expr differ =
          new Expr.And(
              List.of(
                  new Expr.Or(List.of(iff.left(), iff.right())),
                  new Expr.Or(List.of(new Expr.Not(iff.left()), new Expr.Not(iff.right())))));
      return cnf(positive ? both : differ, true);
    }

    @Override
    public List<List<Integer>> visitCompare(Expr.Compare compare) {
      return null;
    }

    @Override
    public List<List<Integer>> visitCount(Expr.Count count) {
      return null;
    }
  }
}
