package dev.atelier.server.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.result.Deadline;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.design.PriceJson.OptionPrices;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.shared.Design;
import dev.atelier.server.testing.TestServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The first-visit warm-up at serve start: every demo's empty design priced ahead. */
@Tag("slow")
class FirstVisitWarmupTest {

  private static final Catalogue CATALOGUE = TestServer.CATALOGUE;

  @Test
  void pricesEveryProductsEmptyDesignAheadWithTheRoutesAnswers() throws InterruptedException {
    CheapestPrices prices = new CheapestPrices();
    FirstVisitWarmup warmup = FirstVisitWarmup.start(CATALOGUE, prices, Duration.ofSeconds(30));
    long waited = 0;
    while (!warmup.finished() && waited < FirstVisitWarmup.BUDGET.toMillis() + 30_000) {
      Thread.sleep(100);
      waited += 100;
    }
    assertThat(warmup.finished()).isTrue();

    for (String product : CATALOGUE.productIds()) {
      ResolvedDesign empty = emptyDesign(product);
      // An expired deadline: only a kept answer can come back.
      Outcome<OptionPrices> kept = prices.options(empty, Deadline.inMillis(-1));
      Outcome<OptionPrices> fresh =
          new CheapestPrices().options(empty, Deadline.in(Duration.ofSeconds(60)));
      assertThat(kept).as(product).isInstanceOf(Outcome.Ok.class);
      assertThat(kept).as(product).isEqualTo(fresh);
    }
  }

  private static ResolvedDesign emptyDesign(String product) {
    String version = CATALOGUE.current(product).orElseThrow().version();
    Outcome<ResolvedDesign> resolved =
        new DesignResolver(CATALOGUE).resolve(new Design(product, version, List.of()), "design");
    return ((Outcome.Ok<ResolvedDesign>) resolved).value();
  }
}
