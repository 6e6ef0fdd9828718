package dev.atelier.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.Completion;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Objective;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cheapest completion of a priced table model from its clique tree (min-sum) costs exactly what
 * weighted MaxSAT's costs (the oracle: the same session without the tree), is a valid configuration
 * and keeps the decisions, along seeded random sessions (negative prices, optional attributes,
 * wildcard and unset cells, unsatisfiable models).
 */
class TreeCompletionTest {

  @Test
  void cheapestCompletionFromTheTreeCostsWhatMaxSatFinds() {
    Random random = new Random(2714);
    int compared = 0;
    int refused = 0;
    for (int m = 0; m < 80; m++) {
      ProductModel model =
          RandomTableModels.generate(random, 3 + random.nextInt(7), 1 + random.nextInt(8), true);
      TreeAndSat both = TreeAndSat.of(model);
      ConfigurationSession a = both.onTree();
      ConfigurationSession b = both.onSat();
      for (int step = 0; step < 5; step++) {
        Result<Completion> ca = a.complete(Objective.cheapest(), Deadline.none());
        Result<Completion> cb = b.complete(Objective.cheapest(), Deadline.none());
        assertThat(ca.isOk()).as("model %d step %d", m, step).isEqualTo(cb.isOk());
        if (!ca.isOk()) {
          assertThat(ca.failureOrNull().kind()).isEqualTo(cb.failureOrNull().kind());
          refused++;
          break;
        }
        Completion found = ca.orThrow();
        assertThat(found.penalty())
            .as("model %d step %d", m, step)
            .isEqualTo(cb.orThrow().penalty());
        assertThat(found.price().total()).isEqualTo(found.penalty());
        assertThat(both.tree().validate(found.configuration()).violations()).isEmpty();
        for (var d : a.decisions()) {
          assertThat(found.configuration().values().get(d.attribute()))
              .as("model %d step %d decision %s", m, step, d)
              .isEqualTo(d.isUnset() ? null : d.value());
        }
        compared++;
        List<AttributeDomain> open = new ArrayList<>();
        for (AttributeDomain dom : a.validDomains(Deadline.none()).orThrow().domains().values()) {
          if (dom.decided().isEmpty()) {
            open.add(dom);
          }
        }
        if (!SessionSteps.decideAlike(random, open, a, b)) {
          break;
        }
      }
    }
    assertThat(compared).isGreaterThan(150);
    assertThat(refused).isPositive();
  }
}
