package dev.atelier.engine.compile;

import dev.atelier.engine.model.Expr;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Converts a small propositional expression to CNF by distribution, without auxiliary variables, as
 * long as the result stays within a clause limit. Cross-tree constraints of feature models are
 * usually tiny; writing them directly keeps the CNF as small as the DIMACS version and model
 * counting fast. Stateless and thread-safe.
 */
final class DirectCnf {

  private DirectCnf() {}

  /**
   * The clauses of {@code expr}, or null when it contains an operator other than and/or/not/
   * implies/iff over atoms, or needs more than {@code limit} clauses.
   *
   * @param atom literal of an atom, 0 when the expression is not an atom
   */
  static List<List<Integer>> of(Expr expr, ToIntFunction<Expr> atom, int limit) {
    return cnf(expr, true, atom, limit);
  }

  private static List<List<Integer>> cnf(
      Expr e, boolean positive, ToIntFunction<Expr> atom, int limit) {
    if (e instanceof Expr.Not not) {
      return cnf(not.operand(), !positive, atom, limit);
    }
    if (e instanceof Expr.And and) {
      return positive
          ? conj(and.operands(), true, atom, limit)
          : disj(and.operands(), false, atom, limit);
    }
    if (e instanceof Expr.Or or) {
      return positive
          ? disj(or.operands(), true, atom, limit)
          : conj(or.operands(), false, atom, limit);
    }
    if (e instanceof Expr.Implies imp) {
      Expr asOr = new Expr.Or(List.of(new Expr.Not(imp.condition()), imp.consequence()));
      return cnf(asOr, positive, atom, limit);
    }
    if (e instanceof Expr.Iff iff) {
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
      return cnf(positive ? both : differ, true, atom, limit);
    }
    int lit = atom.applyAsInt(e);
    if (lit == 0) {
      return null;
    }
    List<List<Integer>> unit = new ArrayList<>();
    unit.add(List.of(positive ? lit : -lit));
    return unit;
  }

  private static List<List<Integer>> conj(
      List<Expr> parts, boolean positive, ToIntFunction<Expr> atom, int limit) {
    List<List<Integer>> out = new ArrayList<>();
    for (Expr p : parts) {
      List<List<Integer>> c = cnf(p, positive, atom, limit);
      if (c == null || out.size() + c.size() > limit) {
        return null;
      }
      out.addAll(c);
    }
    return out;
  }

  private static List<List<Integer>> disj(
      List<Expr> parts, boolean positive, ToIntFunction<Expr> atom, int limit) {
    List<List<Integer>> out = new ArrayList<>();
    out.add(List.of());
    for (Expr p : parts) {
      List<List<Integer>> c = cnf(p, positive, atom, limit);
      if (c == null || (long) out.size() * c.size() > limit) {
        return null;
      }
      List<List<Integer>> next = new ArrayList<>();
      for (List<Integer> a : out) {
        for (List<Integer> b : c) {
          Set<Integer> merged = new LinkedHashSet<>(a);
          merged.addAll(b);
          if (merged.stream().noneMatch(l -> merged.contains(-l))) {
            next.add(new ArrayList<>(merged));
          }
        }
      }
      out = next;
    }
    return out;
  }
}
