package dev.atelier.formats.featuremodel;

import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.ExprNames;
import dev.atelier.engine.model.ExprVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Rewrites the feature reads of a cross-tree constraint for the place it holds in: a cloned feature
 * "is selected" becomes "its count is at least 1"; a feature inside clones deeper than that place
 * reads "some instance has it" (a disjunction over the instances' addresses {@code F[i].g}); in
 * arithmetic it is the sum over the instances. Stateless and thread-safe.
 */
final class CloneReads implements ExprVisitor<Expr> {

  /** A clone between the place of a rule and a feature it names, with its most instances. */
  record Level(String feature, int max) {}

  private final Function<String, List<Level>> levels;
  private final Function<String, Integer> cloneMax;

  private CloneReads(Function<String, List<Level>> levels, Function<String, Integer> cloneMax) {
    this.levels = levels;
    this.cloneMax = cloneMax;
  }

  /**
   * {@code expr} read at the place where {@code levels} gives the clones down to each name; {@code
   * cloneMax} gives a cloned feature's most instances (null for other features).
   */
  static Expr rewrite(
      Expr expr, Function<String, List<Level>> levels, Function<String, Integer> cloneMax) {
    return expr.accept(new CloneReads(levels, cloneMax));
  }

  /** The count attribute {@code clone} is at least {@code n} (of at most {@code max}). */
  static Expr atLeast(String clone, int n, int max) {
    List<Expr> counts = new ArrayList<>();
    for (int k = n; k <= max; k++) {
      counts.add(new Expr.Is(clone, String.valueOf(k)));
    }
    return new Expr.Or(counts);
  }

  /** "Some instance has it": {@code read} over every instance of the levels, innermost first. */
  private Expr some(String name, Expr read) {
    List<Level> path = levels.apply(name);
    Expr result = read;
    for (int j = path.size() - 1; j >= 0; j--) {
      Level level = path.get(j);
      List<Expr> each = new ArrayList<>();
      for (int i = 1; i <= level.max(); i++) {
        String prefix = level.feature() + "[" + i + "].";
        each.add(ExprNames.rename(result, n -> prefix + n));
      }
      result = new Expr.Or(each);
    }
    return result;
  }

  private List<String> addresses(String name) {
    List<String> names = List.of(name);
    List<Level> path = levels.apply(name);
    for (int j = path.size() - 1; j >= 0; j--) {
      List<String> outer = new ArrayList<>();
      for (int i = 1; i <= path.get(j).max(); i++) {
        for (String n : names) {
          outer.add(path.get(j).feature() + "[" + i + "]." + n);
        }
      }
      names = outer;
    }
    return names;
  }

  private List<Expr> all(List<Expr> operands) {
    return operands.stream().map(e -> e.accept(this)).toList();
  }

  @Override
  public Expr visitConst(Expr.Const c) {
    return c;
  }

  @Override
  public Expr visitIs(Expr.Is is) {
    String name = is.attribute();
    Integer max = cloneMax.apply(name);
    if (max != null && BooleanAttribute.TRUE.equals(is.value())) {
      return some(name, atLeast(name, 1, max));
    }
    return some(name, is);
  }

  @Override
  public Expr visitIsSet(Expr.IsSet set) {
    return some(set.attribute(), set);
  }

  @Override
  public Expr visitNot(Expr.Not not) {
    return new Expr.Not(not.operand().accept(this));
  }

  @Override
  public Expr visitAnd(Expr.And and) {
    return new Expr.And(all(and.operands()));
  }

  @Override
  public Expr visitOr(Expr.Or or) {
    return new Expr.Or(all(or.operands()));
  }

  @Override
  public Expr visitImplies(Expr.Implies imp) {
    return new Expr.Implies(imp.condition().accept(this), imp.consequence().accept(this));
  }

  @Override
  public Expr visitIff(Expr.Iff iff) {
    return new Expr.Iff(iff.left().accept(this), iff.right().accept(this));
  }

  @Override
  public Expr visitCompare(Expr.Compare cmp) {
    List<Expr.Term> terms = new ArrayList<>();
    for (Expr.Term t : cmp.terms()) {
      for (String address : addresses(t.attribute())) {
        terms.add(new Expr.Term(t.coefficient(), address));
      }
    }
    return new Expr.Compare(terms, cmp.op(), cmp.bound());
  }

  @Override
  public Expr visitCount(Expr.Count count) {
    return new Expr.Count(all(count.operands()), count.op(), count.k());
  }
}
