package dev.atelier.engine.model;

import java.util.List;
import java.util.Map;

/** Finds unknown attributes and values and misused terms in an expression. Not thread-safe. */
final class ExprChecker implements ExprVisitor<Void> {
  private final Map<String, Attribute> byId;
  private final String place;
  private final List<ModelProblem> problems;

  ExprChecker(Map<String, Attribute> byId, String place, List<ModelProblem> problems) {
    this.byId = byId;
    this.place = place;
    this.problems = problems;
  }

  void check(Expr expr) {
    expr.accept(this);
  }

  @Override
  public Void visitConst(Expr.Const c) {
    return null;
  }

  @Override
  public Void visitIs(Expr.Is is) {
    Attribute a = known(is.attribute());
    if (a != null && !hasValue(a, is.value())) {
      problems.add(
          new ModelProblem(
              place, "unknown value '" + is.value() + "' of attribute '" + a.id() + "'"));
    }
    return null;
  }

  @Override
  public Void visitIsSet(Expr.IsSet set) {
    known(set.attribute());
    return null;
  }

  @Override
  public Void visitNot(Expr.Not not) {
    check(not.operand());
    return null;
  }

  @Override
  public Void visitAnd(Expr.And and) {
    and.operands().forEach(this::check);
    return null;
  }

  @Override
  public Void visitOr(Expr.Or or) {
    or.operands().forEach(this::check);
    return null;
  }

  @Override
  public Void visitImplies(Expr.Implies imp) {
    check(imp.condition());
    check(imp.consequence());
    return null;
  }

  @Override
  public Void visitIff(Expr.Iff iff) {
    check(iff.left());
    check(iff.right());
    return null;
  }

  @Override
  public Void visitCompare(Expr.Compare cmp) {
    for (Expr.Term t : cmp.terms()) {
      Attribute a = known(t.attribute());
      if (a != null && !(a instanceof IntegerAttribute) && !(a instanceof BooleanAttribute)) {
        problems.add(
            new ModelProblem(
                place, "attribute '" + a.id() + "' is not numeric and cannot be summed"));
      }
    }
    return null;
  }

  @Override
  public Void visitCount(Expr.Count count) {
    if (count.k() < 0) {
      problems.add(new ModelProblem(place, "cardinality bound must not be negative"));
    }
    count.operands().forEach(this::check);
    return null;
  }

  private Attribute known(String attribute) {
    Attribute a = byId.get(attribute);
    if (a == null) {
      problems.add(new ModelProblem(place, "unknown attribute '" + attribute + "'"));
    }
    return a;
  }

  private static boolean hasValue(Attribute a, String value) {
    if (a instanceof IntegerAttribute i) {
      try {
        return i.contains(Long.parseLong(value));
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return a.valueIds().contains(value);
  }
}
