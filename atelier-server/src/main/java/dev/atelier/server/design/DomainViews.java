package dev.atelier.server.design;

import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.ValidDomains;
import dev.atelier.server.design.DesignFailure.Place;
import dev.atelier.server.design.DesignJson.Domain;
import dev.atelier.server.design.DesignJson.Domains;
import dev.atelier.server.design.DesignJson.Refused;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The valid domains of designs as answered to clients: the engine's domains, cached per design,
 * with the reasons for refused values found within a budget of their own (reasons found once are
 * kept with the design's cache entry). Thread-safe.
 */
final class DomainViews {

  private final Duration reasonsBudget;
  private final DesignCache cache;

  DomainViews(Duration reasonsBudget, int cacheSize) {
    this.reasonsBudget = reasonsBudget;
    this.cache = new DesignCache(cacheSize);
  }

  /** The valid domains of {@code call}'s design, with reasons for refused values. */
  DesignResult<Domains> domains(EngineCall call) {
    DesignCache.Entry entry = cache.get(call.design());
    if (entry == null) {
      DesignResult<ValidDomains> computed =
          call.session().then(s -> DesignFailure.of(s.validDomains(call.deadline()), Place.DESIGN));
      if (computed instanceof DesignResult.Failed<ValidDomains> f) {
        return DesignResult.failed(f.failure());
      }
      entry = new DesignCache.Entry(((DesignResult.Ok<ValidDomains>) computed).value());
      cache.put(call.design(), entry);
    }
    return DesignResult.ok(view(call, entry));
  }

  private Domains view(EngineCall call, DesignCache.Entry entry) {
    long budget = Math.min(reasonsBudget.toNanos(), call.deadline().endNanos() - System.nanoTime());
    Deadline reasonsDeadline = new Deadline(System.nanoTime() + Math.max(0, budget));
    ProductModel model = call.design().product().model();
    boolean complete = true;
    Map<String, Refused> said = new HashMap<>();
    // The undecided attributes' reasons first (they grey values out); then, in the time left, what
    // choosing another value of a decided choice would change.
    for (boolean decided : new boolean[] {false, true}) {
      for (AttributeDomain d : entry.domains().domains().values()) {
        if (d.decided().isPresent() != decided || decided && !isChoice(model, d.attribute())) {
          continue;
        }
        for (String value : d.refused()) {
          String key = d.attribute() + "=" + value;
          Refused reason = entry.reasons().get(key);
          if (reason == null && complete) {
            reason =
                decided
                    ? Explanations.alternative(call, d.attribute(), value, reasonsDeadline)
                    : Explanations.reason(call, d.attribute(), value, reasonsDeadline);
            if (reason == null) {
              complete = false;
            } else {
              entry.reasons().put(key, reason);
            }
          }
          if (reason != null) {
            said.put(key, reason);
          }
        }
      }
    }
    List<Domain> domains = new ArrayList<>();
    for (AttributeDomain d : entry.domains().domains().values()) {
      List<Refused> refused = new ArrayList<>();
      for (String value : d.refused()) {
        refused.add(said.getOrDefault(d.attribute() + "=" + value, Refused.unknown(value)));
      }
      domains.add(
          new Domain(
              d.attribute(), d.decided().orElse(null), d.offered(), d.unsetPossible(), refused));
    }
    return new Domains(call.design().json(), complete, domains);
  }

  /**
   * Whether the page offers {@code attribute}'s values as cards: a choice, not a fact or number.
   */
  private static boolean isChoice(ProductModel model, String attribute) {
    return !model.isFact(attribute)
        && model
            .attribute(attribute)
            .filter(a -> a instanceof EnumAttribute || a instanceof BooleanAttribute)
            .isPresent();
  }
}
