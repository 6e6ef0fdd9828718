package dev.atelier.formats.featureide;

import dev.atelier.engine.model.Expr;
import dev.atelier.formats.featuremodel.Feature;
import dev.atelier.formats.featuremodel.FeatureConstraint;
import dev.atelier.formats.featuremodel.FeatureModelMapper;
import dev.atelier.formats.featuremodel.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads the {@code <rule>} elements of a FeatureIDE document's {@code <constraints>} as formulas
 * over its features, reporting every problem. Not thread-safe: one per read.
 */
final class FeatureIdeRules {

  /** Elements beside a feature's children or a rule's formula that carry nothing for the model. */
  static final Set<String> IGNORED =
      Set.of("description", "attribute", "graphics", "property", "comment", "tags");

  private final Set<String> features;
  private final BiConsumer<XmlElement, String> report;

  /** Rules over {@code features} (their names), reporting problems to {@code report}. */
  FeatureIdeRules(Set<String> features, BiConsumer<XmlElement, String> report) {
    this.features = features;
    this.report = report;
  }

  /** The constraint {@code rule} states, or null when it is wrong (reported). */
  FeatureConstraint rule(XmlElement rule) {
    if (!rule.name().equals("rule")) {
      report(rule, "unknown element <" + rule.name() + "> in <constraints>, expected <rule>");
      return null;
    }
    List<XmlElement> formulas =
        rule.children().stream().filter(e -> !IGNORED.contains(e.name())).toList();
    if (formulas.size() != 1) {
      report(rule, "<rule> must contain exactly one formula, found " + formulas.size());
      return null;
    }
    Expr expr = formula(formulas.get(0));
    return expr == null ? null : FeatureConstraint.of(expr);
  }

  private Expr formula(XmlElement e) {
    List<Expr> operands = new ArrayList<>();
    if (!e.name().equals("var")) {
      for (XmlElement child : e.children()) {
        operands.add(formula(child));
      }
      if (operands.contains(null)) {
        return null;
      }
    }
    switch (e.name()) {
      case "var":
        return variable(e);
      case "not":
        return arity(e, operands, 1) ? new Expr.Not(operands.get(0)) : null;
      case "imp":
        return arity(e, operands, 2) ? new Expr.Implies(operands.get(0), operands.get(1)) : null;
      case "eq":
        return arity(e, operands, 2) ? new Expr.Iff(operands.get(0), operands.get(1)) : null;
      case "conj":
        return new Expr.And(operands);
      case "disj":
        return new Expr.Or(operands);
      case "atmost1":
        return new Expr.Count(operands, Expr.Op.LE, 1);
      default:
        report(e, "unknown element <" + e.name() + "> in a constraint");
        return null;
    }
  }

  private Expr variable(XmlElement var) {
    String name = var.text().strip();
    if (!features.contains(name)) {
      report(var, "unknown feature '" + name + "'");
      return null;
    }
    return FeatureModelMapper.selected(name, Feature.FeatureType.BOOLEAN);
  }

  private boolean arity(XmlElement e, List<Expr> operands, int expected) {
    if (operands.size() != expected) {
      report(
          e,
          "<"
              + e.name()
              + "> needs "
              + expected
              + " operand"
              + (expected == 1 ? "" : "s")
              + ", found "
              + operands.size());
      return false;
    }
    return true;
  }

  private void report(XmlElement at, String message) {
    report.accept(at, message);
  }
}
