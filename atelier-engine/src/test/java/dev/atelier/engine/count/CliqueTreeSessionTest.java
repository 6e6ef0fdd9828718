package dev.atelier.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.ValidDomains;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Sessions of table models answer valid domains from the clique tree exactly as the SAT path does,
 * along seeded random sessions of decisions and retractions (so both the incremental and the
 * start-over branches run).
 */
class CliqueTreeSessionTest {

  @Test
  void validDomainsFromTheCliqueTreeEqualTheSatPath() {
    Random random = new Random(1414);
    int compared = 0;
    for (int m = 0; m < 120; m++) {
      ProductModel model =
          RandomTableModels.generate(random, 3 + random.nextInt(8), 1 + random.nextInt(9));
      TreeAndSat both = TreeAndSat.of(model);
      ConfigurationSession a = both.onTree();
      ConfigurationSession b = both.onSat();
      for (int step = 0; step < 8; step++) {
        Result<ValidDomains> da = a.validDomains(Deadline.none());
        Result<ValidDomains> db = b.validDomains(Deadline.none());
        assertThat(da.isOk()).as("model %d step %d", m, step).isEqualTo(db.isOk());
        if (!da.isOk()) {
          assertThat(da.failureOrNull().kind()).isEqualTo(db.failureOrNull().kind());
          break;
        }
        assertThat(da.orThrow().domains())
            .as("model %d step %d", m, step)
            .isEqualTo(db.orThrow().domains());
        compared++;
        List<AttributeDomain> open = new ArrayList<>();
        List<AttributeDomain> decided = new ArrayList<>();
        for (AttributeDomain d : da.orThrow().domains().values()) {
          (d.decided().isPresent() ? decided : open).add(d);
        }
        if (!decided.isEmpty() && random.nextInt(4) == 0) {
          String attribute = decided.get(random.nextInt(decided.size())).attribute();
          assertThat(a.retract(attribute).isOk()).isEqualTo(b.retract(attribute).isOk());
          continue;
        }
        if (!SessionSteps.decideAlike(random, open, a, b)) {
          break;
        }
      }
    }
    assertThat(compared).isGreaterThan(300);
  }
}
