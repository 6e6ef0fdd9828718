package dev.atelier.engine.compile;

import dev.atelier.engine.answer.PriceBreakdown;
import dev.atelier.engine.answer.PriceLine;
import dev.atelier.engine.answer.RuleRef;
import dev.atelier.engine.answer.Validation;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Component;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.Evaluator;
import dev.atelier.engine.model.ProductModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates and prices complete configurations directly against the model's rules (no solver), as
 * the server does for every order. Immutable and thread-safe.
 */
final class ConfigurationChecker {
  private final ProductModel model;
  private final Evaluator evaluator;

  ConfigurationChecker(ProductModel model) {
    this.model = model;
    this.evaluator = new Evaluator(model);
  }

  Validation validate(Configuration configuration) {
    List<RuleRef> violations = new ArrayList<>();
    Map<String, String> normalized = new LinkedHashMap<>();
    for (String key : configuration.values().keySet()) {
      if (model.attribute(key).isEmpty()) {
        violations.add(new RuleRef("domain:" + key, "unknown attribute '" + key + "'"));
      }
    }
    for (Attribute a : model.attributes()) {
      String value = configuration.values().get(a.id());
      String domain = "domain:" + a.id();
      if (value == null) {
        if (!a.optional()) {
          violations.add(new RuleRef(domain, a.label().text() + " has no value"));
        }
        continue;
      }
      String canonical = canonical(a, value);
      if (canonical == null) {
        violations.add(new RuleRef(domain, a.label().text() + " has no value '" + value + "'"));
      } else {
        normalized.put(a.id(), canonical);
      }
    }
    if (!violations.isEmpty()) {
      return new Validation(violations);
    }
    Configuration c = new Configuration(normalized);
    for (Constraint rule : model.constraints()) {
      if (!evaluator.holds(rule.formula(), c)) {
        violations.add(new RuleRef(rule.id(), rule.label().text()));
      }
    }
    return new Validation(violations);
  }

  PriceBreakdown price(Configuration configuration) {
    List<PriceLine> lines = new ArrayList<>();
    long total = model.basePrice();
    lines.add(new PriceLine("base", "", model.label().text(), model.basePrice()));
    for (Attribute a : model.attributes()) {
      String value = configuration.values().get(a.id());
      String canonical = value == null ? null : canonical(a, value);
      if (canonical != null && a.priceOf(canonical) != 0) {
        long amount = a.priceOf(canonical);
        total += amount;
        lines.add(
            new PriceLine(
                "value",
                a.id() + "=" + canonical,
                a.label().text() + ": " + a.valueLabel(canonical, "en"),
                amount));
      }
    }
    for (Component component : model.components()) {
      if (component.linePrice() != 0 && evaluator.holds(component.condition(), configuration)) {
        total += component.linePrice();
        lines.add(
            new PriceLine(
                "component",
                component.partNumber(),
                component.quantity() + " x " + component.label().text(),
                component.linePrice()));
      }
    }
    return new PriceBreakdown(model.currency(), lines, total);
  }

  private static String canonical(Attribute a, String value) {
    return a.canonical(value).orElse(null);
  }
}
