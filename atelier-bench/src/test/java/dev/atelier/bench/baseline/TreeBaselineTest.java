package dev.atelier.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.bench.gen.GeneratedModels;
import dev.atelier.bench.run.DomainLayout;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.ValidDomains;
import dev.atelier.formats.ReadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Valid domains of sessions answered by the clique tree (the decision-DNNF cancelled, so the tree
 * is the only compiled form) against the stock LogicNG backbone on the CNF encoding, over random
 * decision sequences with retractions on small generated table models of widths 2 to 6: what {@code
 * atelier bench SPEC --baseline} does on the large ones.
 */
class TreeBaselineTest {

  @Tag("slow")
  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4, 5, 6})
  void treeDomainsEqualTheBackboneOnRandomDecisions(int width) {
    String spec =
        "gen:tables:vars=14,width=" + width + ",domain=4,arity=4,tightness=0.5,seed=" + width;
    ProductModel model = ((ReadResult.Loaded) GeneratedModels.read(spec)).model();
    CompiledModel compiled = CompiledModel.compile(model, Deadline.none()).orThrow();
    compiled.knowledge().cancel();
    assertThat(compiled.tables().await(Deadline.inMillis(60_000))).isPresent();
    DomainLayout layout = new DomainLayout(compiled.variables());
    BackboneBaseline baseline = new BackboneBaseline(compiled, layout);
    Random random = new Random(width);
    int compared = 0;
    for (int s = 0; s < 4; s++) {
      ConfigurationSession session = ConfigurationSession.start(compiled);
      for (int step = 0; step < 12; step++) {
        ValidDomains domains = session.validDomains(Deadline.inMillis(10_000)).orThrow();
        assertThat(layout.fingerprint(domains))
            .as("%s after %s", spec, session.decisions())
            .isEqualTo(baseline.answer(session.decisions()));
        compared++;
        if (!session.decisions().isEmpty() && random.nextInt(4) == 0) {
          List<String> decided = new ArrayList<>();
          session.decisions().forEach(d -> decided.add(d.attribute()));
          session.retract(decided.get(random.nextInt(decided.size()))).orThrow();
          continue;
        }
        List<String[]> offered = new ArrayList<>();
        for (Map.Entry<String, AttributeDomain> e : domains.domains().entrySet()) {
          for (String value : e.getValue().offered()) {
            offered.add(new String[] {e.getKey(), value});
          }
        }
        if (offered.isEmpty()) {
          break;
        }
        String[] pick = offered.get(random.nextInt(offered.size()));
        session.decide(pick[0], pick[1], Deadline.inMillis(10_000)).orThrow();
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(20);
  }
}
