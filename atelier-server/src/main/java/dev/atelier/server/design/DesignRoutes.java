package dev.atelier.server.design;

import static dev.atelier.server.design.DesignResolver.missing;
import static dev.atelier.server.design.DesignResolver.rejected;
import static dev.atelier.server.design.EngineProblems.outcome;

import dev.atelier.engine.session.Decision;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.design.DesignJson.CompleteRequest;
import dev.atelier.server.design.DesignJson.Completion;
import dev.atelier.server.design.DesignJson.DecideRequest;
import dev.atelier.server.design.DesignJson.Domains;
import dev.atelier.server.design.DesignJson.ExplainRequest;
import dev.atelier.server.design.DesignJson.InstancesRequest;
import dev.atelier.server.design.DesignJson.Price;
import dev.atelier.server.design.DesignJson.PriceRequest;
import dev.atelier.server.design.DesignJson.RepairRequest;
import dev.atelier.server.design.DesignJson.RetractRequest;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.ProblemType;
import dev.atelier.server.http.Route;
import dev.atelier.server.shared.Design;
import java.util.List;
import java.util.Optional;

/**
 * The design routes ({@code /api/designs/...}): read and check the request, call the {@link
 * DesignService}. Immutable and thread-safe.
 */
public final class DesignRoutes {

  private final DesignResolver resolver;
  private final DesignHandlers handlers;
  private final DesignService service;

  /**
   * Routes over {@code catalogue}, answered by {@code service}; artwork references are checked
   * against {@code artwork}'s uploads.
   */
  public DesignRoutes(Catalogue catalogue, DesignService service, ArtworkFacts artwork) {
    this.resolver = new DesignResolver(catalogue);
    this.handlers = new DesignHandlers(resolver, artwork);
    this.service = service;
  }

  /** The route table. */
  public List<Route> routes() {
    List<Integer> engine = List.of(409, 422);
    return List.of(
        Route.post(
            "/api/designs/domains",
            "designDomains",
            "Valid domains of a design, with a reason for each refused value",
            Design.class,
            Domains.class,
            engine,
            handlers.design(d -> outcome(service.domains(d), "", "design"))),
        Route.post(
            "/api/designs/decide",
            "designDecide",
            "Decide attribute = value: the new design and its domains, or 409 with the explanation",
            DecideRequest.class,
            Domains.class,
            engine,
            handlers.artworkRequest(
                DecideRequest.class, DecideRequest::design, DecideRequest::artwork, this::decide)),
        Route.post(
            "/api/designs/retract",
            "designRetract",
            "Withdraw the decision on an attribute (undo is the client's history)",
            RetractRequest.class,
            Domains.class,
            engine,
            handlers.request(RetractRequest.class, RetractRequest::design, this::retract)),
        Route.post(
            "/api/designs/instances",
            "designInstances",
            "Add, remove, duplicate or move an instance of a module slot: the count is decided and"
                + " the instance decisions move with their instance; the new design and its domains",
            InstancesRequest.class,
            Domains.class,
            engine,
            handlers.request(InstancesRequest.class, InstancesRequest::design, this::instances)),
        Route.post(
            "/api/designs/explain",
            "designExplain",
            "Why a value is refused: decisions and rules in the way, and a repair",
            ExplainRequest.class,
            DesignJson.Explanation.class,
            engine,
            handlers.request(ExplainRequest.class, ExplainRequest::design, this::explain)),
        Route.post(
            "/api/designs/repair",
            "designRepair",
            "Apply a repair from an explanation: the repaired design and its domains",
            RepairRequest.class,
            Domains.class,
            engine,
            handlers.request(RepairRequest.class, RepairRequest::design, this::repair)),
        Route.post(
            "/api/designs/complete",
            "designComplete",
            "Complete the design optimally (cheapest, or preferred by weighted wishes)",
            CompleteRequest.class,
            Completion.class,
            engine,
            handlers.artworkRequest(
                CompleteRequest.class,
                CompleteRequest::design,
                CompleteRequest::artwork,
                this::complete)),
        Route.post(
            "/api/designs/price",
            "designPrice",
            "Price breakdown of a design's decisions or of a configuration",
            PriceRequest.class,
            Price.class,
            engine,
            ctx -> PriceRequests.answer(resolver, ctx)));
  }

  private Outcome<Domains> decide(DecideRequest r, ResolvedDesign d, DesignOrigin who) {
    return decision(d, r.attribute(), r.value())
        .then(decision -> outcome(service.decide(d, decision, who), "design", "value"));
  }

  private Outcome<Domains> instances(InstancesRequest r, ResolvedDesign d, DesignOrigin who) {
    return InstanceRequests.check(r, d)
        .then(next -> outcome(service.domains(next), "design", "design"));
  }

  private Outcome<Domains> retract(RetractRequest r, ResolvedDesign d, DesignOrigin who) {
    Optional<Problem> p =
        missing(r.attribute(), "attribute")
            .or(
                () ->
                    rejected(
                            DesignResolver.decision(d.product(), r.attribute(), Decision.UNSET, ""))
                        .filter(x -> x.type() == ProblemType.UNKNOWN_ATTRIBUTE));
    if (p.isEmpty() && d.decided(r.attribute()).isEmpty()) {
      p =
          Optional.of(
              Problem.of(
                      409,
                      ProblemType.NOT_DECIDED,
                      "Nothing to retract",
                      "the design has no decision on '" + r.attribute() + "'",
                      "attribute")
                  .about(r.attribute(), null));
    }
    return p.isPresent()
        ? Outcome.rejected(p.get())
        : outcome(service.retract(d, r.attribute()), "design", "design");
  }

  private Outcome<DesignJson.Explanation> explain(
      ExplainRequest r, ResolvedDesign d, DesignOrigin who) {
    return decision(d, r.attribute(), r.value())
        .then(x -> outcome(service.explain(d, x.attribute(), x.value(), who), "design", "value"));
  }

  private Outcome<Domains> repair(RepairRequest r, ResolvedDesign d, DesignOrigin who) {
    return RepairRequests.steps(d, r.repair())
        .then(steps -> outcome(service.repair(d, steps, who), "design", "design"));
  }

  private Outcome<Completion> complete(CompleteRequest r, ResolvedDesign d, DesignOrigin who) {
    return ObjectiveRequests.check(d, r)
        .then(o -> outcome(service.complete(d, o, r.objective(), who), "design", "design"));
  }

  private static Outcome<Decision> decision(ResolvedDesign d, String attribute, String value) {
    Optional<Problem> p = missing(attribute, "attribute").or(() -> missing(value, "value"));
    return p.isPresent()
        ? Outcome.rejected(p.get())
        : DesignResolver.decision(d.product(), attribute, value, "");
  }
}
