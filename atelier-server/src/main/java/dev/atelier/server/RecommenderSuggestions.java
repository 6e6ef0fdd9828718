package dev.atelier.server;

import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.ValidDomains;
import dev.atelier.server.design.RecommendRoute;
import dev.atelier.server.design.Suggestions;
import dev.atelier.server.recommend.Recommender;
import java.util.Optional;

/**
 * A learned {@link Recommender} as the design feature's {@link Suggestions}: the join of design and
 * recommend lives here, in the wiring, so that neither feature depends on the other. Thread-safe as
 * the recommender is.
 */
record RecommenderSuggestions(Recommender recommender) implements Suggestions {

  @Override
  public long orderCount() {
    return recommender.orderCount();
  }

  @Override
  public long designCount() {
    return recommender.designCount();
  }

  @Override
  public Optional<RecommendRoute.Next> next(String attribute, ValidDomains domains) {
    return recommender
        .next(attribute, domains)
        .map(r -> new RecommendRoute.Next(r.attribute(), r.value(), r.confidence()));
  }

  @Override
  public Result<?> decide(ConfigurationSession session, Deadline deadline) {
    return recommender.complete(session, deadline);
  }
}
