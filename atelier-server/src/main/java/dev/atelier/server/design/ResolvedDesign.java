package dev.atelier.server.design;

import dev.atelier.engine.session.Decision;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.shared.Choice;
import dev.atelier.server.shared.Design;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A design checked against the catalogue: its product version and its decisions, each naming a
 * known attribute and one of its values, one per attribute (a later decision replaces an earlier
 * one, keeping the later position). Immutable and thread-safe.
 *
 * @param product the product version
 * @param decisions the decisions in the order made
 */
public record ResolvedDesign(ProductVersion product, List<Decision> decisions) {

  public ResolvedDesign {
    Objects.requireNonNull(product, "product");
    decisions = List.copyOf(decisions);
  }

  /** The design with {@code decision} made (replacing a decision on the same attribute). */
  public ResolvedDesign with(Decision decision) {
    List<Decision> next = new ArrayList<>(without(decision.attribute()).decisions());
    next.add(decision);
    return new ResolvedDesign(product, next);
  }

  /** The design without a decision on {@code attribute}. */
  public ResolvedDesign without(String attribute) {
    return new ResolvedDesign(
        product, decisions.stream().filter(d -> !d.attribute().equals(attribute)).toList());
  }

  /** The decided value of {@code attribute}, if any. */
  public Optional<String> decided(String attribute) {
    return decisions.stream()
        .filter(d -> d.attribute().equals(attribute))
        .map(Decision::value)
        .findFirst();
  }

  /** The JSON shape. */
  public Design json() {
    return new Design(
        product.product(),
        product.version(),
        decisions.stream().map(d -> new Choice(d.attribute(), d.value())).toList());
  }
}
