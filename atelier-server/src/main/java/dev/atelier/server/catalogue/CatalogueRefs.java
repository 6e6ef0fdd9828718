package dev.atelier.server.catalogue;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Constraint;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import java.util.Optional;

/**
 * Checks that what a client reports names a known product version, attribute, value and rule: 400
 * when a required field is missing, 422 naming the field when something is unknown. Immutable and
 * thread-safe.
 *
 * @param catalogue the catalogue checked against
 */
public record CatalogueRefs(Catalogue catalogue) {

  /** {@code product} in {@code version} (request fields {@code <prefix>product}, ...version). */
  public Outcome<ProductVersion> product(String product, String version, String prefix) {
    Optional<Problem> p =
        required(product, prefix + "product").or(() -> required(version, prefix + "version"));
    if (p.isPresent()) {
      return Outcome.rejected(p.get());
    }
    return catalogue
        .find(product, version)
        .<Outcome<ProductVersion>>map(Outcome::ok)
        .orElseGet(
            () ->
                Outcome.rejected(
                    unknown(
                        catalogue.family(product).isEmpty() ? "product" : "version",
                        "product '" + product + "' in version '" + version + "'",
                        prefix + (catalogue.family(product).isEmpty() ? "product" : "version"))));
  }

  /** A problem when {@code attribute} is not null and not an attribute of {@code product}. */
  public Optional<Problem> attribute(
      ProductVersion product, @Nullable String attribute, String field) {
    if (attribute == null || product.model().attribute(attribute).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(unknown("attribute", "attribute '" + attribute + "'", field));
  }

  /** A problem when {@code value} is not null and not a value of the known {@code attribute}. */
  public Optional<Problem> value(
      ProductVersion product, @Nullable String attribute, @Nullable String value, String field) {
    if (value == null) {
      return Optional.empty();
    }
    Optional<Attribute> a =
        attribute == null ? Optional.empty() : product.model().attribute(attribute);
    if (a.isPresent() && a.get().canonical(value).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        unknown("value", "value '" + value + "' of attribute '" + attribute + "'", field)
            .about(attribute, value));
  }

  /** A problem when {@code rule} is not null and not a rule of {@code product}. */
  public Optional<Problem> rule(ProductVersion product, @Nullable String rule, String field) {
    if (rule == null
        || product.model().constraints().stream().map(Constraint::id).anyMatch(rule::equals)) {
      return Optional.empty();
    }
    return Optional.of(unknown("rule", "rule '" + rule + "'", field));
  }

  /** A 400 problem when {@code value} is null. */
  public static Optional<Problem> required(@Nullable Object value, String field) {
    return value == null
        ? Optional.of(Problem.badRequest(field, "'" + field + "' is required"))
        : Optional.empty();
  }

  private static Problem unknown(String what, String detail, String field) {
    return Problem.of(422, "unknown-" + what, "Unknown " + what, "no " + detail, field);
  }
}
