package dev.atelier.server.design;

import dev.atelier.engine.answer.PriceBreakdown;
import dev.atelier.engine.answer.RuleRef;
import dev.atelier.engine.answer.Validation;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.UntickedAsNo;
import dev.atelier.engine.session.Decision;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.design.DesignJson.Completion;
import dev.atelier.server.design.DesignJson.Price;
import dev.atelier.server.design.DesignJson.PriceLine;
import dev.atelier.server.shared.ComponentLabels;
import dev.atelier.server.shared.PriceInstances;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prices in the design routes' terms: of a design's decisions, of a configuration, and of the
 * completions the engine finds. Stateless and thread-safe.
 */
final class DesignPrices {

  private DesignPrices() {}

  /** {@code c} as the completion of {@code design} for {@code objective}, priced. */
  static Completion completion(
      ResolvedDesign design, String objective, dev.atelier.engine.session.Completion c) {
    ResolvedDesign full = design;
    Map<String, String> values = new LinkedHashMap<>();
    for (Attribute a : design.product().model().attributes()) {
      String value = c.configuration().get(a.id()).orElse(Decision.UNSET);
      if (!value.equals(Decision.UNSET)) {
        values.put(a.id(), value);
      }
      if (design.decided(a.id()).isEmpty()) {
        full = full.with(new Decision(a.id(), value));
      }
    }
    return new Completion(
        objective,
        full.json(),
        values,
        price(full.product(), c.price(), true, new Configuration(values)),
        c.penalty());
  }

  /**
   * The price of a design's decisions so far ({@code complete} when they form a valid product, an
   * unticked yes/no box counting as no).
   */
  static Price price(ResolvedDesign design) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Decision d : design.decisions()) {
      if (!d.isUnset()) {
        values.put(d.attribute(), d.value());
      }
    }
    return price(design.product(), new Configuration(values));
  }

  /**
   * The price of {@code configuration} and whether it is complete and valid, reading a yes/no box
   * left open as "no" (an unticked extra is not a choice left).
   */
  static Price price(ProductVersion product, Configuration configuration) {
    Configuration read = UntickedAsNo.apply(product.model(), configuration);
    Validation v = product.compiled().validate(read);
    List<String> unmet =
        v.violations().stream()
            .map(RuleRef::id)
            .filter(id -> !id.startsWith("domain:"))
            .distinct()
            .toList();
    return price(product, product.compiled().price(read), v.valid(), unmet, read);
  }

  private static Price price(
      ProductVersion product, PriceBreakdown b, boolean complete, Configuration configuration) {
    return price(product, b, complete, List.of(), configuration);
  }

  private static Price price(
      ProductVersion product,
      PriceBreakdown b,
      boolean complete,
      List<String> unmet,
      Configuration configuration) {
    PriceInstances instances = PriceInstances.of(product.model());
    // A component line per language with the page's "×" ("1 × Komforteinlegesohle"), as orders.
    ComponentLabels components = ComponentLabels.of(product.model());
    IncludedWith reasons = IncludedWith.of(product.model());
    long base = b.lines().isEmpty() ? 0 : b.lines().get(0).amount();
    return new Price(
        b.currency(),
        base,
        b.total(),
        complete,
        b.lines().stream()
            .map(
                l ->
                    instances
                        .line(l.kind(), l.reference(), l.label(), l.amount(), PriceLine::new)
                        .withLabels(components.of(l.kind(), l.reference(), l.label()).orElse(null))
                        .withIncludedWith(reasons.of(l.kind(), l.reference(), configuration)))
            .toList(),
        unmet);
  }
}
