package dev.atelier.server.design;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.design.DesignJson.Completion;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Route;
import dev.atelier.server.shared.Design;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The transparent face: for a design, the next value of each open attribute and a whole completion
 * that past orders and designs of its product version suggest, only ever among the values still
 * offered. Immutable and thread-safe.
 */
public final class RecommendRoute {

  /**
   * The answer: what past orders and designs suggest, and how many orders and designs (saved
   * designs, design sessions and undone decisions seen in the design events) there were. Customer
   * facts are never recommended; the completion is null while a fact is missing.
   */
  public record Recommendations(
      long basedOnOrders, long basedOnDesigns, List<Next> next, @Nullable Completion completion) {}

  /** The suggested value of an open attribute and the share of the votes it got (0 to 1). */
  public record Next(String attribute, String value, double confidence) {}

  private final DesignResolver resolver;
  private final Function<ProductVersion, Suggestions> suggestions;
  private final Duration budget;

  /**
   * Recommends on {@code catalogue}'s versions what {@code suggestions} suggests for each version,
   * within {@code budget}.
   */
  public RecommendRoute(
      Catalogue catalogue, Function<ProductVersion, Suggestions> suggestions, Duration budget) {
    this.resolver = new DesignResolver(catalogue);
    this.suggestions = suggestions;
    this.budget = budget;
  }

  /** The route. */
  public Route route() {
    return Route.post(
        "/api/designs/recommend",
        "designRecommend",
        "Values and a completion suggested by past orders and designs, among the values still offered",
        Design.class,
        Recommendations.class,
        List.of(409, 422),
        this::recommend);
  }

  private Outcome<Recommendations> recommend(Context ctx) {
    return JsonBodies.read(ctx.bodyAsBytes(), Design.class)
        .then(d -> resolver.resolve(d, ""))
        .then(this::recommend);
  }

  private Outcome<Recommendations> recommend(ResolvedDesign design) {
    Deadline deadline = Deadline.in(budget);
    Suggestions recommender = suggestions.apply(design.product());
    EngineCall call = new EngineCall(design, deadline);
    return EngineProblems.outcome(call.session(), "", "design")
        .then(s -> engine(s.validDomains(deadline)))
        .then(
            domains -> {
              List<Next> next = new ArrayList<>();
              for (Attribute a : design.product().model().attributes()) {
                if (design.decided(a.id()).isEmpty() && !design.product().model().isFact(a.id())) {
                  recommender.next(a.id(), domains).ifPresent(next::add);
                }
              }
              if (factsMissing(design)) {
                return Outcome.ok(
                    new Recommendations(
                        recommender.orderCount(), recommender.designCount(), next, null));
              }
              return completion(design, recommender, deadline)
                  .map(
                      c ->
                          new Recommendations(
                              recommender.orderCount(), recommender.designCount(), next, c));
            });
  }

  private static boolean factsMissing(ResolvedDesign design) {
    // A fact that may be absent (artwork never uploaded) is never missing.
    return design.product().model().facts().stream()
        .filter(f -> !f.mayBeAbsent())
        .anyMatch(f -> design.decided(f.attribute()).isEmpty());
  }

  private Outcome<Completion> completion(
      ResolvedDesign design, Suggestions recommender, Deadline deadline) {
    return EngineProblems.outcome(new EngineCall(design, deadline).session(), "", "design")
        .then(
            (ConfigurationSession s) ->
                engine(recommender.decide(s, deadline))
                    .then(
                        ignored ->
                            engine(s.complete(CheapestPrices.cheapest(design.product()), deadline)))
                    .map(c -> DesignPrices.completion(design, "recommended", c)));
  }

  private static <T> Outcome<T> engine(Result<T> result) {
    return result.isOk()
        ? Outcome.ok(result.orThrow())
        : Outcome.rejected(EngineProblems.of(result.failureOrNull(), "design"));
  }
}
