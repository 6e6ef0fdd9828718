package dev.atelier.server.design;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.session.Decision;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.design.DesignJson.Choice;
import dev.atelier.server.design.DesignJson.Design;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Checks request fields against the catalogue: required fields present, product and version known,
 * attributes and values known and in range. Every problem names the request field. Immutable and
 * thread-safe.
 */
final class DesignResolver {

  private final Catalogue catalogue;

  DesignResolver(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** A 400 problem when {@code value} is null. */
  static Optional<Problem> missing(Object value, String field) {
    return value == null
        ? Optional.of(Problem.badRequest(field, "'" + field + "' is required"))
        : Optional.empty();
  }

  /** {@code <field>.<name>}, or {@code name} when {@code field} is the body (empty). */
  static String sub(String field, String name) {
    return field.isEmpty() ? name : field + "." + name;
  }

  /** {@code design} (at request field {@code field}, empty for the whole body) checked. */
  Outcome<ResolvedDesign> resolve(Design design, String field) {
    Optional<Problem> missing =
        missing(design, field.isEmpty() ? "body" : field)
            .or(() -> missing(design.product(), sub(field, "product")))
            .or(() -> missing(design.version(), sub(field, "version")))
            .or(() -> missing(design.decisions(), sub(field, "decisions")));
    if (missing.isPresent()) {
      return Outcome.rejected(missing.get());
    }
    return product(design.product(), design.version(), field)
        .then(product -> decisions(product, design.decisions(), sub(field, "decisions")));
  }

  /** The product version named by request fields {@code <field>.product/.version}. */
  Outcome<ProductVersion> product(String product, String version, String field) {
    Optional<ProductVersion> found = catalogue.find(product, version);
    if (found.isPresent()) {
      return Outcome.ok(found.get());
    }
    if (catalogue.family(product).isEmpty()) {
      return Outcome.rejected(
          Problem.of(
              422,
              "unknown-product",
              "Unknown product",
              "no product '" + product + "'; products: " + catalogue.productIds(),
              sub(field, "product")));
    }
    return Outcome.rejected(
        Problem.of(
            422,
            "unknown-version",
            "Unknown product version",
            "product '" + product + "' has no version '" + version + "'",
            sub(field, "version")));
  }

  private Outcome<ResolvedDesign> decisions(
      ProductVersion product, List<Choice> choices, String f) {
    ResolvedDesign design = new ResolvedDesign(product, List.of());
    for (int i = 0; i < choices.size(); i++) {
      Choice c = choices.get(i);
      String field = f + "[" + i + "]";
      Optional<Problem> problem =
          missing(c, field)
              .or(() -> missing(c.attribute(), field + ".attribute"))
              .or(() -> missing(c.value(), field + ".value"));
      if (problem.isEmpty()) {
        problem = check(product.model(), c.attribute(), c.value(), field);
      }
      if (problem.isPresent()) {
        return Outcome.rejected(problem.get());
      }
      design = design.with(new Decision(c.attribute(), canonical(product.model(), c)));
    }
    return Outcome.ok(design);
  }

  /**
   * A problem when {@code attribute} (request field {@code <field>.attribute}) is unknown or {@code
   * value} ({@code <field>.value}) is not one of its values; both must be non-null.
   */
  static Optional<Problem> check(ProductModel model, String attribute, String value, String field) {
    Optional<Attribute> found = model.attribute(attribute);
    String prefix = field.isEmpty() ? "" : field + ".";
    if (found.isEmpty()) {
      return Optional.of(
          Problem.of(
                  422,
                  "unknown-attribute",
                  "Unknown attribute",
                  "product '" + model.id() + "' has no attribute '" + attribute + "'",
                  prefix + "attribute")
              .about(attribute, null));
    }
    Attribute a = found.get();
    if (Decision.UNSET.equals(value)) {
      return a.optional()
          ? Optional.empty()
          : Optional.of(
              unknownValue(
                  a, value, prefix, "'" + attribute + "' is required and cannot be unset"));
    }
    if (a instanceof IntegerAttribute i) {
      OptionalLong parsed = IntegerAttribute.parse(value);
      if (parsed.isEmpty()) {
        return Optional.of(
            unknownValue(a, value, prefix, "'" + attribute + "' takes whole numbers (as strings)"));
      }
      long n = parsed.getAsLong();
      if (!i.contains(n)) {
        return Optional.of(
            Problem.of(
                    422,
                    "out-of-range",
                    "Value out of range",
                    "'"
                        + attribute
                        + "' takes "
                        + i.min()
                        + " to "
                        + i.max()
                        + " in steps of "
                        + i.step()
                        + "; got "
                        + n,
                    prefix + "value")
                .about(attribute, value));
      }
      return Optional.empty();
    }
    if (!a.valueIds().contains(value)) {
      List<String> ids = new ArrayList<>(a.valueIds());
      if (a.optional()) {
        ids.add(Decision.UNSET);
      }
      return Optional.of(
          unknownValue(
              a,
              value,
              prefix,
              "'" + attribute + "' has no value '" + value + "'; values: " + ids));
    }
    return Optional.empty();
  }

  /** The canonical form of a checked choice's value ("0060" is stored as "60"). */
  static String canonical(ProductModel model, Choice c) {
    return model.attribute(c.attribute()).flatMap(a -> a.canonical(c.value())).orElse(c.value());
  }

  private static Problem unknownValue(Attribute a, String value, String prefix, String detail) {
    return Problem.of(422, "unknown-value", "Unknown value", detail, prefix + "value")
        .about(a.id(), value);
  }
}
