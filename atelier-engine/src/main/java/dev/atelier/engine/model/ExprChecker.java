package dev.atelier.engine.model;

import java.util.List;
import java.util.Map;

/** Finds unknown attributes and values and misused terms in an expression. Not thread-safe. */
final class ExprChecker {
  private final Map<String, Attribute> byId;
  private final String place;
  private final List<ModelProblem> problems;

  ExprChecker(Map<String, Attribute> byId, String place, List<ModelProblem> problems) {
    this.byId = byId;
    this.place = place;
    this.problems = problems;
  }

  void check(Expr expr) {
    if (expr instanceof Expr.Is is) {
      Attribute a = known(is.attribute());
      if (a != null && !hasValue(a, is.value())) {
        problems.add(
            new ModelProblem(
                place, "unknown value '" + is.value() + "' of attribute '" + a.id() + "'"));
      }
    } else if (expr instanceof Expr.IsSet set) {
      known(set.attribute());
    } else if (expr instanceof Expr.Not not) {
      check(not.operand());
    } else if (expr instanceof Expr.And and) {
      and.operands().forEach(this::check);
    } else if (expr instanceof Expr.Or or) {
      or.operands().forEach(this::check);
    } else if (expr instanceof Expr.Implies imp) {
      check(imp.condition());
      check(imp.consequence());
    } else if (expr instanceof Expr.Iff iff) {
      check(iff.left());
      check(iff.right());
    } else if (expr instanceof Expr.Compare cmp) {
      for (Expr.Term t : cmp.terms()) {
        Attribute a = known(t.attribute());
        if (a != null && !(a instanceof IntegerAttribute) && !(a instanceof BooleanAttribute)) {
          problems.add(
              new ModelProblem(
                  place, "attribute '" + a.id() + "' is not numeric and cannot be summed"));
        }
      }
    } else if (expr instanceof Expr.Count count) {
      if (count.k() < 0) {
        problems.add(new ModelProblem(place, "cardinality bound must not be negative"));
      }
      count.operands().forEach(this::check);
    }
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
