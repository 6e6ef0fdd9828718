package dev.atelier.server.design;

import dev.atelier.engine.answer.PriceBreakdown;
import dev.atelier.engine.answer.RuleRef;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.Explanation;
import dev.atelier.engine.session.RepairStep;
import dev.atelier.server.design.DesignJson.Change;
import dev.atelier.server.design.DesignJson.PricedRepair;
import dev.atelier.server.design.DesignJson.Refused;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.shared.Choice;
import java.util.List;
import java.util.Optional;

/**
 * Turns engine explanations into the short reasons and JSON explanations customers read. Uses only
 * the retracted decisions and the rules (not the repair), which are the same on every node.
 * Stateless and thread-safe.
 */
final class Reasons {

  private Reasons() {}

  /** The short reason for a refused value. */
  static Refused refused(ProductModel model, Explanation e) {
    Optional<RuleRef> rule = firstModelRule(e);
    return new Refused(
        e.value(),
        text(model, e, rule),
        rule.map(RuleRef::id).orElse(null),
        e.retract().stream().map(Decision::attribute).toList(),
        e.reachable());
  }

  /**
   * Another value of a decided attribute ({@code e} explains it with the attribute's own decision
   * in place): the other decisions choosing it would change, its own left out, and the rule in the
   * way; the reason only when nothing reaches it.
   */
  static Refused alternative(ProductModel model, Explanation e) {
    Optional<RuleRef> rule = firstModelRule(e);
    List<String> others =
        e.retract().stream()
            .map(Decision::attribute)
            .filter(a -> !a.equals(e.attribute()))
            .toList();
    boolean reachable = e.reachable() && e.facts().isEmpty();
    return new Refused(
        e.value(),
        reachable ? null : text(model, e, rule),
        rule.map(RuleRef::id).orElse(null),
        others,
        reachable);
  }

  /**
   * The JSON explanation of {@code e}, found on {@code design} (possibly without a decision on the
   * wanted attribute): a repair step on a decided attribute names its decided value as old value.
   */
  static DesignJson.Explanation json(ResolvedDesign design, Explanation e, boolean offered) {
    return json(design, e, offered, null);
  }

  /**
   * As above; with the cheapest complete total {@code before} (null: unknown) the engine's priced
   * repair options are listed, the cheapest first.
   */
  static DesignJson.Explanation json(
      ResolvedDesign design, Explanation e, boolean offered, @Nullable PriceBreakdown before) {
    ProductModel model = design.product().model();
    return new DesignJson.Explanation(
        e.attribute(),
        e.value(),
        offered,
        e.reachable(),
        offered ? "offered" : text(model, e, firstModelRule(e)),
        e.retract().stream().map(d -> new Choice(d.attribute(), d.value())).toList(),
        e.rules().stream().map(r -> new DesignJson.RuleRef(r.id(), r.label())).toList(),
        changes(design, e.repair()),
        e.facts().stream().map(d -> new Choice(d.attribute(), d.value())).toList(),
        before == null
            ? List.of()
            : e.options().stream()
                .map(
                    o ->
                        new PricedRepair(
                            changes(design, o.repair()),
                            before.currency(),
                            before.total(),
                            o.total(),
                            o.total() - before.total()))
                .toList());
  }

  private static List<Change> changes(ResolvedDesign design, List<RepairStep> steps) {
    return steps.stream()
        .map(
            s ->
                new Change(
                    s.attribute(),
                    s.oldValue().isEmpty()
                        ? design.decided(s.attribute()).orElse(null)
                        : s.oldValue(),
                    s.newValue()))
        .toList();
  }

  private static Optional<RuleRef> firstModelRule(Explanation e) {
    return e.rules().stream().filter(r -> !r.id().startsWith("domain:")).findFirst();
  }

  private static String text(ProductModel model, Explanation e, Optional<RuleRef> rule) {
    if (!e.facts().isEmpty()) {
      List<String> facts =
          e.facts().stream()
              .map(
                  d ->
                      model
                          .attribute(d.attribute())
                          .map(a -> a.label() + " " + a.valueLabel(d.value(), "en"))
                          .orElse(d.attribute()))
              .toList();
      return "not possible with your " + String.join(", ", facts);
    }
    // A rule without a label of its own carries its id as label: an id is never a reason.
    if (rule.isPresent() && !rule.get().label().equals(rule.get().id())) {
      return rule.get().label();
    }
    if (!e.reachable() || e.retract().isEmpty()) {
      return "not available in any configuration";
    }
    List<String> labels =
        e.retract().stream()
            .map(d -> model.attribute(d.attribute()).map(Attribute::label).map(Object::toString))
            .map(o -> o.orElse("?"))
            .toList();
    return "conflicts with your choice of " + String.join(", ", labels);
  }
}
