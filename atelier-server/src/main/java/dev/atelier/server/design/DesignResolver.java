package dev.atelier.server.design;

import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.DecisionResolver;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.http.Echo;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.ProblemType;
import dev.atelier.server.shared.Choice;
import dev.atelier.server.shared.Design;
import java.util.List;
import java.util.Optional;

/**
 * Checks request fields against the catalogue: required fields present, product and version known;
 * attributes and values are checked (and made canonical) by the engine's {@link DecisionResolver}.
 * Every problem names the request field. Immutable and thread-safe. Checks against {@code
 * catalogue}.
 */
public record DesignResolver(Catalogue catalogue) {

  /** A 400 problem when {@code value} is null. */
  static Optional<Problem> missing(@dev.atelier.server.http.Nullable Object value, String field) {
    return value == null
        ? Optional.of(Problem.badRequest(field, "'" + field + "' is required"))
        : Optional.empty();
  }

  /** The problem of an outcome, if it is one. */
  static Optional<Problem> rejected(Outcome<?> outcome) {
    return outcome instanceof Outcome.Rejected<?> r ? Optional.of(r.problem()) : Optional.empty();
  }

  /** {@code <field>.<name>}, or {@code name} when {@code field} is the body (empty). */
  static String sub(String field, String name) {
    return field.isEmpty() ? name : field + "." + name;
  }

  /** {@code design} (at request field {@code field}, empty for the whole body) checked. */
  public Outcome<ResolvedDesign> resolve(Design design, String field) {
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
              ProblemType.UNKNOWN_PRODUCT,
              "Unknown product",
              "no product '" + Echo.of(product) + "'; products: " + catalogue.productIds(),
              sub(field, "product")));
    }
    return Outcome.rejected(
        Problem.of(
            422,
            ProblemType.UNKNOWN_VERSION,
            "Unknown product version",
            "product '" + Echo.of(product) + "' has no version '" + Echo.of(version) + "'",
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
      if (problem.isPresent()) {
        return Outcome.rejected(problem.get());
      }
      Outcome<Decision> decision = decision(product, c.attribute(), c.value(), field);
      if (decision instanceof Outcome.Rejected<Decision> r) {
        return Outcome.rejected(r.problem());
      }
      design = design.with(((Outcome.Ok<Decision>) decision).value());
    }
    return Outcome.ok(design);
  }

  /**
   * The canonical decision {@code attribute = value} as the engine checks it (both non-null), or a
   * problem naming request field {@code <field>.attribute} or {@code <field>.value}.
   */
  static Outcome<Decision> decision(
      ProductVersion product, String attribute, String value, String field) {
    Result<Decision> resolved = DecisionResolver.of(product.compiled()).resolve(attribute, value);
    if (resolved.isOk()) {
      return Outcome.ok(resolved.orThrow());
    }
    Failure failure = resolved.failureOrNull();
    String prefix = field.isEmpty() ? "" : field + ".";
    return Outcome.rejected(
        failure.kind() == Failure.Kind.UNKNOWN_ATTRIBUTE
            ? EngineProblems.of(failure, prefix + "attribute").about(attribute, null)
            : EngineProblems.of(failure, prefix + "value").about(attribute, value));
  }
}
