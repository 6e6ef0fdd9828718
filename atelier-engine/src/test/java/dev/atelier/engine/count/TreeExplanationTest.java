package dev.atelier.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Explanation;
import dev.atelier.engine.session.ValidDomains;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Explanations of refused values on table models whose clique tree is ready (the consistency checks
 * of decision subsets answered by {@link CliqueConsistency}) equal the SAT path's on the same
 * session: the same decisions to retract (the same minimal correction set, grown oldest first), the
 * same facts and rules, the same reachability; along seeded random sessions of random table models.
 */
class TreeExplanationTest {

  @Test
  void explanationsFromTheTreeEqualTheSatPath() {
    Random random = new Random(1914);
    int compared = 0;
    int retracting = 0;
    for (int m = 0; m < 60; m++) {
      ProductModel model =
          RandomTableModels.generate(random, 4 + random.nextInt(7), 2 + random.nextInt(8));
      TreeAndSat both = TreeAndSat.of(model);
      assertThat(both.tree().tables().now()).isPresent();
      ConfigurationSession a = both.onTree();
      ConfigurationSession b = both.onSat();
      for (int step = 0; step < 5; step++) {
        Result<ValidDomains> domains = a.validDomains(Deadline.none());
        if (!domains.isOk()) {
          break;
        }
        List<AttributeDomain> open = new ArrayList<>();
        for (AttributeDomain d : domains.orThrow().domains().values()) {
          for (String refused : d.refused()) {
            Result<Explanation> ea = a.explain(d.attribute(), refused, Deadline.none());
            Result<Explanation> eb = b.explain(d.attribute(), refused, Deadline.none());
            String what = "model " + m + " step " + step + " " + d.attribute() + "=" + refused;
            assertThat(ea.isOk()).as(what).isEqualTo(eb.isOk());
            if (ea.isOk()) {
              Explanation x = ea.orThrow();
              Explanation y = eb.orThrow();
              assertThat(x.reachable()).as(what).isEqualTo(y.reachable());
              assertThat(x.retract()).as(what).isEqualTo(y.retract());
              assertThat(x.facts()).as(what).isEqualTo(y.facts());
              assertThat(x.rules()).as(what).isEqualTo(y.rules());
              compared++;
              retracting += x.retract().isEmpty() ? 0 : 1;
            }
          }
          if (d.decided().isEmpty()) {
            open.add(d);
          }
        }
        if (!SessionSteps.decideAlike(random, open, a, b)) {
          break;
        }
      }
    }
    assertThat(compared).isGreaterThan(200);
    assertThat(retracting).isGreaterThan(50);
  }
}
