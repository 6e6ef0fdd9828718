package dev.atelier.server.design;

import static dev.atelier.server.design.DesignResolver.missing;
import static dev.atelier.server.design.EngineProblems.outcome;

import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.Objective;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.design.DesignJson.Change;
import dev.atelier.server.design.DesignJson.CompleteRequest;
import dev.atelier.server.design.DesignJson.Completion;
import dev.atelier.server.design.DesignJson.ConfigurationIn;
import dev.atelier.server.design.DesignJson.DecideRequest;
import dev.atelier.server.design.DesignJson.Domains;
import dev.atelier.server.design.DesignJson.ExplainRequest;
import dev.atelier.server.design.DesignJson.InstancesRequest;
import dev.atelier.server.design.DesignJson.Price;
import dev.atelier.server.design.DesignJson.PriceRequest;
import dev.atelier.server.design.DesignJson.RepairRequest;
import dev.atelier.server.design.DesignJson.RetractRequest;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.ProblemType;
import dev.atelier.server.http.Route;
import dev.atelier.server.shared.Design;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The design routes ({@code /api/designs/...}): read and check the request, call the {@link
 * DesignService}. Immutable and thread-safe.
 */
public final class DesignRoutes {

  /** Largest preference weight. */
  static final int MAX_WEIGHT = 1_000_000;

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
            this::price));
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
    Optional<Problem> p = missing(r.repair(), "repair");
    if (p.isPresent()) {
      return Outcome.rejected(p.get());
    }
    List<Decision> steps = new ArrayList<>();
    for (int i = 0; i < r.repair().size(); i++) {
      Change c = r.repair().get(i);
      Outcome<Decision> step = repairStep(d, c, "repair[" + i + "]");
      if (step instanceof Outcome.Rejected<Decision> rejected) {
        return Outcome.rejected(rejected.problem());
      }
      steps.add(((Outcome.Ok<Decision>) step).value());
    }
    return outcome(service.repair(d, steps, who), "design", "design");
  }

  /** The problem of an outcome, if it is one. */
  private static Optional<Problem> rejected(Outcome<?> outcome) {
    return outcome instanceof Outcome.Rejected<?> r ? Optional.of(r.problem()) : Optional.empty();
  }

  /** One repair step (request field {@code field}) checked, or its problem. */
  static Outcome<Decision> repairStep(ResolvedDesign d, Change c, String field) {
    Optional<Problem> p =
        missing(c, field)
            .or(() -> missing(c.attribute(), field + ".attribute"))
            .or(() -> missing(c.newValue(), field + ".newValue"));
    if (p.isPresent()) {
      return Outcome.rejected(p.get());
    }
    Outcome<Decision> step =
        DesignResolver.decision(d.product(), c.attribute(), c.newValue(), field);
    p =
        rejected(step)
            .map(x -> x.field() == null ? x : x.at(x.field().replace(".value", ".newValue")));
    if (p.isEmpty() && !d.decided(c.attribute()).equals(Optional.ofNullable(c.oldValue()))) {
      p =
          Optional.of(
              Problem.of(
                      409,
                      ProblemType.STALE_REPAIR,
                      "The repair does not fit the design",
                      "'"
                          + c.attribute()
                          + "' is "
                          + d.decided(c.attribute()).orElse("undecided")
                          + " in the design, the repair expects "
                          + Optional.ofNullable(c.oldValue()).orElse("undecided"),
                      field + ".oldValue")
                  .about(c.attribute(), c.oldValue()));
    }
    return p.isPresent() ? Outcome.rejected(p.get()) : step;
  }

  private Outcome<Completion> complete(CompleteRequest r, ResolvedDesign d, DesignOrigin who) {
    return objective(d, r)
        .then(o -> outcome(service.complete(d, o, r.objective(), who), "design", "design"));
  }

  private Outcome<Price> price(Context ctx) {
    return JsonBodies.read(ctx.bodyAsBytes(), PriceRequest.class)
        .then(
            r -> {
              if ((r.design() == null) == (r.configuration() == null)) {
                return Outcome.rejected(
                    Problem.badRequest(
                        r.design() == null ? "design" : "configuration",
                        "send exactly one of 'design' and 'configuration'"));
              }
              if (r.design() != null) {
                return resolver.resolve(r.design(), "design").map(DesignService::price);
              }
              ConfigurationIn c = r.configuration();
              Optional<Problem> p =
                  missing(c.product(), "configuration.product")
                      .or(() -> missing(c.version(), "configuration.version"))
                      .or(() -> missing(c.values(), "configuration.values"));
              if (p.isPresent()) {
                return Outcome.rejected(p.get());
              }
              return resolver
                  .product(c.product(), c.version(), "configuration")
                  .then(
                      pv -> {
                        Map<String, String> values = new LinkedHashMap<>();
                        for (var e : c.values().entrySet()) {
                          String field = "configuration.values." + e.getKey();
                          Optional<Problem> bad = missing(e.getValue(), field);
                          if (bad.isPresent()) {
                            return Outcome.rejected(bad.get());
                          }
                          Outcome<Decision> value =
                              DesignResolver.decision(pv, e.getKey(), e.getValue(), "");
                          if (value instanceof Outcome.Rejected<Decision> rejected) {
                            return Outcome.rejected(rejected.problem().at(field));
                          }
                          values.put(e.getKey(), ((Outcome.Ok<Decision>) value).value().value());
                        }
                        return Outcome.ok(DesignService.price(pv, new Configuration(values)));
                      });
            });
  }

  private static Outcome<Decision> decision(ResolvedDesign d, String attribute, String value) {
    Optional<Problem> p = missing(attribute, "attribute").or(() -> missing(value, "value"));
    return p.isPresent()
        ? Outcome.rejected(p.get())
        : DesignResolver.decision(d.product(), attribute, value, "");
  }

  private static Outcome<Objective> objective(ResolvedDesign d, CompleteRequest r) {
    Optional<Problem> p = missing(r.objective(), "objective");
    if (p.isPresent()) {
      return Outcome.rejected(p.get());
    }
    if (r.objective().equals("cheapest")) {
      return r.preferences() == null || r.preferences().isEmpty()
          ? Outcome.ok(Objective.cheapest())
          : Outcome.rejected(Problem.badRequest("preferences", "'cheapest' takes no preferences"));
    }
    if (!r.objective().equals("preferred")) {
      return Outcome.rejected(
          Problem.of(
              422,
              ProblemType.UNKNOWN_OBJECTIVE,
              "Unknown objective",
              "objective is 'cheapest' or 'preferred', not '" + r.objective() + "'",
              "objective"));
    }
    if (r.preferences() == null || r.preferences().isEmpty()) {
      return Outcome.rejected(Problem.badRequest("preferences", "'preferred' needs preferences"));
    }
    List<dev.atelier.engine.session.Preference> wishes = new ArrayList<>();
    for (int i = 0; i < r.preferences().size(); i++) {
      DesignJson.Preference w = r.preferences().get(i);
      String field = "preferences[" + i + "]";
      p =
          missing(w, field)
              .or(() -> missing(w.attribute(), field + ".attribute"))
              .or(() -> missing(w.value(), field + ".value"));
      Outcome<Decision> wish =
          p.isPresent()
              ? Outcome.rejected(p.get())
              : DesignResolver.decision(d.product(), w.attribute(), w.value(), field);
      p = rejected(wish);
      if (p.isEmpty() && w.weight() != null && (w.weight() < 1 || w.weight() > MAX_WEIGHT)) {
        p =
            Optional.of(
                Problem.of(
                    422,
                    ProblemType.OUT_OF_RANGE,
                    "Value out of range",
                    "weight must be 1 to " + MAX_WEIGHT + ", got " + w.weight(),
                    field + ".weight"));
      }
      if (p.isPresent()) {
        return Outcome.rejected(p.get());
      }
      Decision wished = ((Outcome.Ok<Decision>) wish).value();
      Expr condition =
          wished.isUnset()
              ? Expr.not(new Expr.IsSet(wished.attribute()))
              : Expr.is(wished.attribute(), wished.value());
      wishes.add(
          new dev.atelier.engine.session.Preference(
              condition, w.weight() == null ? 1 : w.weight()));
    }
    return Outcome.ok(Objective.preferred(wishes));
  }
}
