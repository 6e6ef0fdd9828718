package dev.atelier.server.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.session.Decision;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.testing.TestServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The warm session pool on the design service: reuse, bounds, eviction on publish. */
class SessionPoolTest {

  private static final ProductVersion PC = TestServer.CATALOGUE.current("pc").orElseThrow();
  private static final ProductVersion BICYCLE =
      TestServer.CATALOGUE.current("bicycle").orElseThrow();

  @Test
  void theNextRequestTakesTheSessionTheLastOneGaveBack() {
    DesignService service = service(new PoolSettings(4, 256L << 20));
    service.domains(new ResolvedDesign(PC, List.of()));
    service.domains(new ResolvedDesign(PC, List.of(new Decision("cpu", "r5-7600"))));

    SessionPool.Figures f = service.poolFigures();
    assertThat(f.cold()).isEqualTo(1);
    assertThat(f.warm()).isEqualTo(1);
    assertThat(f.idle()).isEqualTo(1);
  }

  @Test
  void aRefusedDesignLeavesTheWarmSessionInThePool() {
    DesignService service = service(new PoolSettings(4, 256L << 20));
    service.domains(new ResolvedDesign(PC, List.of()));
    DesignResult<DesignJson.Domains> refused =
        service.domains(
            new ResolvedDesign(
                PC, List.of(new Decision("cpu", "r5-7600"), new Decision("socket", "lga1700"))));

    assertThat(refused).isInstanceOf(DesignResult.Failed.class);
    assertThat(service.poolFigures().idle()).isEqualTo(1);
  }

  @Test
  void theLeastRecentlyUsedGoesFirstWhenTheCountIsReached() {
    DesignService service = service(new PoolSettings(1, 256L << 20));
    service.domains(new ResolvedDesign(PC, List.of()));
    service.domains(new ResolvedDesign(BICYCLE, List.of()));
    service.domains(new ResolvedDesign(PC, List.of()));

    SessionPool.Figures f = service.poolFigures();
    assertThat(f.mostIdle()).isEqualTo(1);
    assertThat(f.evicted()).isEqualTo(2);
    assertThat(f.warm()).isZero();
  }

  @Test
  void theByteBoundHoldsAndASessionLargerThanItIsNotKept() {
    long pc = SessionPool.estimatedBytes(PC.compiled().cnf());
    DesignService service = service(new PoolSettings(10, pc));
    service.domains(new ResolvedDesign(PC, List.of()));
    service.domains(new ResolvedDesign(PC, List.of(new Decision("cpu", "r5-7600"))));
    assertThat(service.poolFigures().mostBytes()).isEqualTo(pc);

    DesignService tiny = service(new PoolSettings(10, pc - 1));
    tiny.domains(new ResolvedDesign(PC, List.of()));
    assertThat(tiny.poolFigures().mostIdle()).isZero();
  }

  @Test
  void publishingDropsTheProductsSessionsOnly() {
    DesignService service = service(new PoolSettings(8, 256L << 20));
    service.domains(new ResolvedDesign(PC, List.of()));
    service.domains(new ResolvedDesign(BICYCLE, List.of()));
    assertThat(service.poolFigures().idle()).isEqualTo(2);

    service.published("pc");

    assertThat(service.poolFigures().idle()).isEqualTo(1);
    service.domains(new ResolvedDesign(BICYCLE, List.of()));
    service.domains(new ResolvedDesign(PC, List.of()));
    SessionPool.Figures f = service.poolFigures();
    assertThat(f.warm()).isEqualTo(1);
    assertThat(f.cold()).isEqualTo(3);
  }

  private static DesignService service(PoolSettings pool) {
    return new DesignService(
        Duration.ofSeconds(60), Duration.ofMillis(100), 0, DesignListener.NONE, pool);
  }
}
