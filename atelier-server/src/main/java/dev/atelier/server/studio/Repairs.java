package dev.atelier.server.studio;

import dev.atelier.engine.answer.RuleRef;
import dev.atelier.engine.answer.Validation;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.TextAttribute;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.Completion;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.Objective;
import dev.atelier.engine.session.Preference;
import dev.atelier.server.studio.ImpactJson.Broken;
import dev.atelier.server.studio.ImpactJson.Cause;
import dev.atelier.server.studio.ImpactJson.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a new version admits a pinned item (an order's or owned product's complete configuration,
 * or a saved design's decisions) and, when not, the nearest configuration the engine finds: the one
 * keeping the most of the item's values (customer facts weigh 100 times more). Stateless.
 */
final class Repairs {

  private static final long ITEM_MILLIS = 3_000;
  private static final int FACT_WEIGHT = 100;

  private Repairs() {}

  /** {@code p} checked against {@code model}: empty when admitted. */
  static Optional<Broken> check(CompiledModel model, StudioStore.Pinned p) {
    ProductModel m = model.model();
    boolean complete = !p.kind().equals("design");
    List<String> reasons = new ArrayList<>();
    List<Cause> causes = new ArrayList<>();
    List<Preference> keep = new ArrayList<>();
    List<Decision> decisions = new ArrayList<>();
    for (Map.Entry<String, String> e : p.values().entrySet()) {
      String id = e.getKey();
      String value = e.getValue();
      Optional<Attribute> a = m.attribute(id);
      if (a.isEmpty()) {
        reasons.add("no attribute '" + id + "' any more");
        causes.add(new Cause("attribute-gone", id, null, null));
        continue;
      }
      if (a.get() instanceof TextAttribute) {
        continue;
      }
      int weight = m.isFact(id) ? FACT_WEIGHT : 1;
      if (value.equals(Decision.UNSET)) {
        keep.add(new Preference(Expr.not(new Expr.IsSet(id)), weight));
      } else if (a.get().valueIds().contains(value)) {
        keep.add(new Preference(Expr.is(id, value), weight));
      } else {
        reasons.add("'" + id + "' has no value '" + value + "' any more");
        causes.add(new Cause("value-gone", id, value, null));
        continue;
      }
      decisions.add(new Decision(id, value));
    }
    Deadline deadline = Deadline.inMillis(ITEM_MILLIS);
    if (reasons.isEmpty()) {
      if (complete) {
        Validation v = model.validate(new Configuration(p.values()));
        v.violations().stream().map(RuleRef::label).forEach(reasons::add);
        v.violations().forEach(r -> causes.add(new Cause("rule", null, null, r.id())));
        if (v.valid()) {
          return Optional.empty();
        }
      } else {
        ConfigurationSession s = ConfigurationSession.start(model);
        for (Decision d : decisions) {
          Result<Decision> r = s.decide(d.attribute(), d.value(), deadline);
          if (!r.isOk()) {
            reasons.add(d.attribute() + " = " + d.value() + ": " + r.failureOrNull().message());
            causes.add(new Cause("refused", d.attribute(), d.value(), null));
            break;
          }
        }
        if (reasons.isEmpty()) {
          return Optional.empty();
        }
      }
    }
    ConfigurationSession s = ConfigurationSession.start(model);
    Result<Completion> nearest =
        s.optimumOverAllFacts(
            keep.isEmpty() ? Objective.cheapest() : Objective.preferred(keep), deadline);
    if (!nearest.isOk()) {
      return Optional.of(
          new Broken(p.kind(), p.id(), p.version(), reasons, List.of(), false, causes));
    }
    Map<String, String> to = nearest.orThrow().configuration().values();
    List<Change> changes = new ArrayList<>();
    for (Map.Entry<String, String> e : p.values().entrySet()) {
      String after =
          to.getOrDefault(e.getKey(), m.attribute(e.getKey()).isPresent() ? Decision.UNSET : null);
      if (!e.getValue().equals(after)
          && !(m.attribute(e.getKey()).orElse(null) instanceof TextAttribute)) {
        changes.add(new Change(e.getKey(), e.getValue(), after));
      }
    }
    if (complete) {
      to.forEach(
          (k, v) -> {
            if (!p.values().containsKey(k) && !v.equals(Decision.UNSET)) {
              changes.add(new Change(k, null, v));
            }
          });
    }
    return Optional.of(new Broken(p.kind(), p.id(), p.version(), reasons, changes, true, causes));
  }
}
