package dev.atelier.server.design;

import dev.atelier.engine.answer.PriceBreakdown;
import dev.atelier.engine.answer.RuleRef;
import dev.atelier.engine.answer.Validation;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.UntickedAsNo;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.session.Decision;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.ProblemType;
import dev.atelier.server.http.Require;
import dev.atelier.server.shared.Design;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks that a design is a complete, valid product and prices it from its version's price list,
 * for features that turn designs into something binding (orders). Nothing the client says about
 * validity or price is consulted. Immutable and thread-safe.
 */
public final class CompleteDesignCheck {

  private final DesignIntake intake;
  private final Duration engineBudget;

  /**
   * Checks against {@code catalogue}; engine work gets {@code engineBudget} per call; artwork
   * references are checked against {@code artwork}'s uploads.
   */
  public CompleteDesignCheck(Catalogue catalogue, Duration engineBudget, ArtworkFacts artwork) {
    this.intake = new DesignIntake(catalogue, artwork);
    this.engineBudget = Objects.requireNonNull(engineBudget, "engineBudget");
  }

  /** Checks without uploads (every artwork reference is refused). */
  public CompleteDesignCheck(Catalogue catalogue, Duration engineBudget) {
    this(catalogue, engineBudget, ArtworkFacts.NONE);
  }

  /**
   * A design checked complete and valid, with its configuration (attribute to value, unset ones
   * absent) and the price of one unit. Immutable and thread-safe.
   *
   * @param design the design, one decision per attribute
   * @param configuration the complete configuration it stands for
   * @param price the price of one unit from the version's price list
   * @param artwork the checked artwork references (print area id to upload), by area id
   */
  public record Complete(
      ResolvedDesign design,
      Configuration configuration,
      PriceBreakdown price,
      Map<String, ArtworkRef> artwork) {
    public Complete {
      Require.nonNull("design configuration price artwork", design, configuration, price, artwork);
      artwork = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(artwork));
    }

    /** A complete design without artwork. */
    public Complete(ResolvedDesign design, Configuration configuration, PriceBreakdown price) {
      this(design, configuration, price, Map.of());
    }
  }

  /**
   * {@code design} (at request field {@code field}) checked, or the problem: 400/422 naming the
   * field for unknown products, versions, attributes or values; 409 when the decisions do not fit
   * together (with an explanation); 422 {@code incomplete-design} naming what is missing or
   * violated; 503 past the deadline.
   */
  public Outcome<Complete> check(Design design, String field) {
    return intake.resolver().resolve(design, field).then(d -> complete(d, field, Map.of()));
  }

  /**
   * Like {@link #check(Design, String)}, with the artwork references {@code refs} (null for none)
   * of a caller owning uploads as {@code owners} checked first and the artwork facts set from the
   * uploads ({@link ArtworkFacts}): validity and price count the server's facts. An image or a text
   * on an area without a technique is refused (422 {@code incomplete-design} naming {@code
   * artwork.<area>} or {@code texts.<attribute>}, {@link UnprintedArtwork}).
   */
  public Outcome<Complete> check(
      Design design,
      String field,
      @Nullable Map<String, ArtworkRef> refs,
      @Nullable List<String> owners) {
    return intake
        .placed(design, field, refs, owners)
        .then(p -> complete(p.design(), field, p.artwork()));
  }

  private Outcome<Complete> complete(
      ResolvedDesign design, String field, Map<String, ArtworkRef> refs) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Decision d : design.decisions()) {
      if (!d.isUnset()) {
        values.put(d.attribute(), d.value());
      }
    }
    // A yes/no box the customer left unticked is a "no", recorded as such in the design.
    Configuration configuration =
        UntickedAsNo.apply(design.product().model(), new Configuration(values));
    Validation validation = design.product().compiled().validate(configuration);
    if (validation.valid()) {
      Optional<Problem> unprinted =
          UnprintedArtwork.check(design.product().definition().printAreas(), configuration, refs);
      if (unprinted.isPresent()) {
        return Outcome.rejected(unprinted.get());
      }
      ResolvedDesign full = design;
      for (var v : configuration.values().entrySet()) {
        if (design.decided(v.getKey()).isEmpty()) {
          full = full.with(new Decision(v.getKey(), v.getValue()));
        }
      }
      return Outcome.ok(
          new Complete(
              full, configuration, design.product().compiled().price(configuration), refs));
    }
    // Invalid: ask the engine whether the decisions conflict (409 with an explanation) or merely
    // leave something open (422 naming it).
    EngineCall call = new EngineCall(design, Deadline.in(engineBudget));
    if (call.session() instanceof DesignResult.Failed<?> failed) {
      return Outcome.rejected(EngineProblems.problem(failed.failure(), field, field));
    }
    List<RuleRef> violations = validation.violations();
    return Outcome.rejected(
        Problem.of(
            422,
            ProblemType.INCOMPLETE_DESIGN,
            "The design is not complete",
            "decide every attribute before ordering: "
                + violations.stream().map(RuleRef::label).collect(Collectors.joining("; ")),
            DesignResolver.sub(field, "decisions")));
  }
}
