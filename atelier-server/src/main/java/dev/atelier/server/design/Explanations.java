package dev.atelier.server.design;

import dev.atelier.engine.answer.PriceBreakdown;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Explanation;
import dev.atelier.engine.session.Objective;
import dev.atelier.server.design.DesignFailure.Place;
import dev.atelier.server.design.DesignJson.Refused;
import dev.atelier.server.http.Nullable;
import java.util.function.BiFunction;

/**
 * Why a value is refused, in the design routes' terms: the short reason shown with a domain and the
 * full explanation with a repair and the price before it. Stateless and thread-safe.
 */
final class Explanations {

  private Explanations() {}

  /** Why {@code attribute = value} is refused, or null when it cannot be said by {@code until}. */
  static @Nullable Refused reason(EngineCall call, String attribute, String value, Deadline until) {
    return said(call, attribute, value, until, Reasons::refused);
  }

  /**
   * What choosing {@code value} of the decided {@code attribute} would change, or null when it
   * cannot be said by {@code until}.
   */
  static @Nullable Refused alternative(
      EngineCall call, String attribute, String value, Deadline until) {
    return said(call, attribute, value, until, Reasons::alternative);
  }

  private static @Nullable Refused said(
      EngineCall call,
      String attribute,
      String value,
      Deadline until,
      BiFunction<ProductModel, Explanation, Refused> say) {
    if (until.expired()) {
      return null;
    }
    DesignResult<ConfigurationSession> session = call.session();
    if (!(session instanceof DesignResult.Ok<ConfigurationSession> ok)) {
      return null;
    }
    Result<Explanation> e = ok.value().explain(attribute, value, until);
    return e.isOk() ? say.apply(call.design().product().model(), e.orThrow()) : null;
  }

  /** The explanation with {@code session} (the design's other decisions resumed). */
  static DesignResult<DesignJson.Explanation> explained(
      ResolvedDesign design,
      ConfigurationSession session,
      String attribute,
      String value,
      Deadline deadline) {
    Objective cheapest = CheapestPrices.cheapest(design.product());
    return DesignFailure.of(session.explain(attribute, value, cheapest, deadline), Place.REQUEST)
        .map(
            e ->
                Reasons.json(
                    design,
                    e,
                    e.reachable() && e.retract().isEmpty(),
                    e.options().isEmpty()
                        ? null
                        : before(design, session, attribute, cheapest, deadline)));
  }

  /**
   * The cheapest complete total of {@code design} ({@code session}: its decisions without the one
   * on {@code attribute}), missing facts at their cheapest; null when it cannot be had in time.
   */
  private static @Nullable PriceBreakdown before(
      ResolvedDesign design,
      ConfigurationSession session,
      String attribute,
      Objective cheapest,
      Deadline deadline) {
    Result<dev.atelier.engine.session.Completion> c =
        design
            .decided(attribute)
            .map(v -> session.completeWith(attribute, v, cheapest, deadline))
            .orElseGet(() -> session.optimumOverAllFacts(cheapest, deadline));
    return c.isOk() ? c.orThrow().price() : null;
  }
}
