package dev.atelier.engine.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The order that lists the instances of an interchangeable slot once per multiset: each instance is
 * at most the next in lexicographic order of its attributes. Stateless and thread-safe.
 */
final class SlotOrder {

  private SlotOrder() {}

  /**
   * The instance at {@code x} is at most the one at {@code y} in lexicographic order of their
   * attributes (unset before every value, values in model order): for each attribute, when all
   * before it are equal, its value at {@code x} is at most the one at {@code y}.
   */
  static Expr lexLeq(List<Attribute> attributes, String x, String y) {
    List<Expr> rules = new ArrayList<>();
    List<Expr> equalBefore = new ArrayList<>();
    for (Attribute a : attributes) {
      String ax = x + a.id();
      String ay = y + a.id();
      Expr atMost = atMost(a, ax, ay);
      rules.add(equalBefore.isEmpty() ? atMost : new Expr.Implies(Slots.all(equalBefore), atMost));
      equalBefore.add(equal(a, ax, ay));
    }
    return Slots.all(rules);
  }

  private static Expr atMost(Attribute a, String x, String y) {
    Expr xUnset = new Expr.Not(new Expr.IsSet(x));
    List<Expr> cases = new ArrayList<>();
    cases.add(new Expr.And(List.of(xUnset, new Expr.Not(new Expr.IsSet(y)))));
    List<Expr> upTo = new ArrayList<>(List.of(xUnset));
    for (String v : a.valueIds()) {
      upTo.add(new Expr.Is(x, v));
      cases.add(new Expr.And(List.of(new Expr.Is(y, v), new Expr.Or(List.copyOf(upTo)))));
    }
    return new Expr.Or(cases);
  }

  private static Expr equal(Attribute a, String x, String y) {
    List<Expr> cases = new ArrayList<>();
    cases.add(
        new Expr.And(List.of(new Expr.Not(new Expr.IsSet(x)), new Expr.Not(new Expr.IsSet(y)))));
    for (String v : a.valueIds()) {
      cases.add(new Expr.And(List.of(new Expr.Is(x, v), new Expr.Is(y, v))));
    }
    return new Expr.Or(cases);
  }
}
