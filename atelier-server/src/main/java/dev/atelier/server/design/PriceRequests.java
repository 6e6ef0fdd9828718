package dev.atelier.server.design;

import static dev.atelier.server.design.DesignResolver.missing;

import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.session.Decision;
import dev.atelier.server.design.DesignJson.ConfigurationIn;
import dev.atelier.server.design.DesignJson.Price;
import dev.atelier.server.design.DesignJson.PriceRequest;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answers {@code POST /api/designs/price}: the price of exactly one of a design's decisions or a
 * configuration's values, each checked against the product. Thread-safe.
 */
final class PriceRequests {

  private PriceRequests() {}

  /** The price the request asks for, or the problem with it. */
  static Outcome<Price> answer(DesignResolver resolver, Context ctx) {
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
                return resolver.resolve(r.design(), "design").map(DesignPrices::price);
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
                        return Outcome.ok(DesignPrices.price(pv, new Configuration(values)));
                      });
            });
  }
}
