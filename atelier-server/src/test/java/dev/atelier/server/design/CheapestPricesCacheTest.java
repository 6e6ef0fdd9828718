package dev.atelier.server.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.result.Deadline;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.design.PriceJson.FromPrice;
import dev.atelier.server.design.PriceJson.OptionPrices;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.shared.Choice;
import dev.atelier.server.shared.Design;
import dev.atelier.server.testing.TestServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Session 18: option prices were kept under the full design JSON (× 1,024 entries), and a "from"
 * price that timed out was not kept, so every call redid up to 20 s of work. Now option prices are
 * kept under a fixed-size hash of the canonical design, and a timed-out "from" price is answered as
 * such for a while. An expired deadline shows what is kept: only a kept answer can come back.
 */
@Tag("slow")
class CheapestPricesCacheTest {

  private static final Catalogue CATALOGUE = TestServer.CATALOGUE;
  private static final Deadline AMPLE = Deadline.in(Duration.ofSeconds(60));

  @Test
  void theKeyIsAFixedSizeHashOfTheDecisionsInAnyOrder() {
    DesignKey one = DesignKey.of(pizza("size", "large", "crust", "thin"));
    DesignKey reordered = DesignKey.of(pizza("crust", "thin", "size", "large"));
    DesignKey other = DesignKey.of(pizza("crust", "thin", "size", "small"));
    DesignKey longer =
        DesignKey.of(pizza("size", "large", "crust", "thin", "sauce", "bbq", "salami", "true"));
    assertThat(one).isEqualTo(reordered).isNotEqualTo(other);
    assertThat(one.value()).hasSize("pizza".length() + 1 + 64).startsWith("pizza\u0000");
    assertThat(longer.value()).hasSameSizeAs(one.value());
  }

  @Test
  void keptOptionPricesAnswerWithTheRequestsDesign() {
    CheapestPrices prices = new CheapestPrices();
    ResolvedDesign asked = pizza("size", "large", "crust", "thin");
    ResolvedDesign reordered = pizza("crust", "thin", "size", "large");
    Outcome<OptionPrices> fresh = prices.options(asked, AMPLE);
    Outcome<OptionPrices> kept = prices.options(reordered, Deadline.inMillis(-1));
    assertThat(fresh).isInstanceOf(Outcome.Ok.class);
    assertThat(kept).isInstanceOf(Outcome.Ok.class);
    OptionPrices a = ((Outcome.Ok<OptionPrices>) fresh).value();
    OptionPrices b = ((Outcome.Ok<OptionPrices>) kept).value();
    assertThat(b.design()).isEqualTo(reordered.json());
    assertThat(b.options()).isEqualTo(a.options());
    assertThat(b.cheapest()).isEqualTo(a.cheapest());
  }

  @Test
  void aTimedOutFromPriceIsAnsweredAsSuchForAWhileThenWorkedOutAgain() {
    MovingClock clock = new MovingClock();
    CheapestPrices prices = new CheapestPrices(clock);
    ProductVersion pv = CATALOGUE.current("pizza").orElseThrow();
    Outcome<FromPrice> timedOut = prices.fromPrice(pv, Deadline.inMillis(-1));
    assertThat(timedOut).isInstanceOf(Outcome.Rejected.class);
    assertThat(((Outcome.Rejected<FromPrice>) timedOut).problem().status()).isEqualTo(503);
    // Within the window the answer is the kept time-out, although this deadline is ample.
    assertThat(prices.fromPrice(pv, AMPLE)).isEqualTo(timedOut);
    clock.now = clock.now.plus(CheapestPrices.TIMED_OUT_KEPT);
    Outcome<FromPrice> worked = prices.fromPrice(pv, AMPLE);
    assertThat(worked).isInstanceOf(Outcome.Ok.class);
    assertThat(prices.fromPrice(pv, Deadline.inMillis(-1))).isEqualTo(worked);
  }

  private static ResolvedDesign pizza(String... decisions) {
    String version = CATALOGUE.current("pizza").orElseThrow().version();
    List<Choice> choices = new java.util.ArrayList<>();
    for (int i = 0; i < decisions.length; i += 2) {
      choices.add(new Choice(decisions[i], decisions[i + 1]));
    }
    Outcome<ResolvedDesign> resolved =
        new DesignResolver(CATALOGUE).resolve(new Design("pizza", version, choices), "design");
    return ((Outcome.Ok<ResolvedDesign>) resolved).value();
  }

  /** A clock the test moves. */
  private static final class MovingClock extends Clock {
    private Instant now = Instant.parse("2026-12-07T12:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
