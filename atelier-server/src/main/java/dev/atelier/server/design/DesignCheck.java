package dev.atelier.server.design;

import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.design.DesignJson.Price;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.shared.Design;
import java.util.List;
import java.util.Map;

/**
 * Checks a design for features outside the design routes (saving, ordering): known product,
 * version, attributes and values, decisions that fit together; answers the normalized design and
 * its price. Immutable and thread-safe.
 */
public final class DesignCheck {

  private final DesignIntake intake;
  private final DesignService service;

  /**
   * Checks against {@code catalogue}, with the engine work of {@code service}; artwork references
   * against {@code artwork}'s uploads.
   */
  public DesignCheck(Catalogue catalogue, DesignService service, ArtworkFacts artwork) {
    this.intake = new DesignIntake(catalogue, artwork);
    this.service = service;
  }

  /** Checks without uploads (every artwork reference is refused). */
  public DesignCheck(Catalogue catalogue, DesignService service) {
    this(catalogue, service, ArtworkFacts.NONE);
  }

  /**
   * A checked design (one decision per attribute, in the order made, artwork facts set from the
   * uploads), its price and its checked artwork references (area id to reference).
   */
  public record Checked(Design design, Price price, Map<String, ArtworkRef> artwork) {}

  /**
   * {@code design} (at request field {@code field}) checked and priced, or the problem: 400/422
   * naming the field, 409 when the decisions do not fit together, 503 past the deadline.
   */
  public Outcome<Checked> check(Design design, String field) {
    return check(design, field, Map.of(), List.of());
  }

  /**
   * Like {@link #check(Design, String)}, with the artwork references {@code refs} of a caller
   * owning uploads as {@code owners} checked and the artwork facts set ({@link ArtworkFacts}).
   */
  public Outcome<Checked> check(
      Design design,
      String field,
      @Nullable Map<String, ArtworkRef> refs,
      @Nullable List<String> owners) {
    return intake
        .placed(design, field, refs, owners)
        .then(
            p ->
                EngineProblems.outcome(service.domains(p.design()), "", "design")
                    .map(
                        x ->
                            new Checked(
                                p.design().json(), DesignPrices.price(p.design()), p.artwork())));
  }
}
