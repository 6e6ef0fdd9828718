package dev.atelier.server.design;

import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.design.DesignJson.Price;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.shared.Design;

/**
 * Checks a design for features outside the design routes (saving, ordering): known product,
 * version, attributes and values, decisions that fit together; answers the normalized design and
 * its price. Immutable and thread-safe.
 */
public final class DesignCheck {

  private final DesignResolver resolver;
  private final DesignService service;

  /** Checks against {@code catalogue}, with the engine work of {@code service}. */
  public DesignCheck(Catalogue catalogue, DesignService service) {
    this.resolver = new DesignResolver(catalogue);
    this.service = service;
  }

  /** A checked design (one decision per attribute, in the order made) and its price. */
  public record Checked(Design design, Price price) {}

  /**
   * {@code design} (at request field {@code field}) checked and priced, or the problem: 400/422
   * naming the field, 409 when the decisions do not fit together, 503 past the deadline.
   */
  public Outcome<Checked> check(Design design, String field) {
    return resolver
        .resolve(design, field)
        .then(
            d ->
                EngineProblems.outcome(service.domains(d), "", "design")
                    .map(x -> new Checked(d.json(), DesignService.price(d))));
  }
}
