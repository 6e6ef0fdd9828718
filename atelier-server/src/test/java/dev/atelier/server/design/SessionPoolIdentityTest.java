package dev.atelier.server.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.testing.ClassServer;
import dev.atelier.server.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The warm session pool changes no answer: the same requests (random walks with undos on every
 * demo: decisions, refusals with their explanations, repairs, retractions, prices, cheapest
 * completions) through the HTTP API of a server without a pool and of one with a small pool (so
 * that warm sessions pass between products, designs and evictions) give byte-identical JSON.
 */
@Tag("slow")
class SessionPoolIdentityTest {

  @RegisterExtension
  static final ClassServer OFF = new ClassServer(ConfiguratorWalk.options(PoolSettings.OFF));

  @RegisterExtension
  static final ClassServer ON =
      new ClassServer(ConfiguratorWalk.options(new PoolSettings(4, 256L << 20)));

  @Test
  void everyDemoAnswersByteForByteAsWithoutThePool() {
    List<ConfiguratorWalk> walks = new ArrayList<>();
    long seed = 14;
    for (String product : TestServer.CATALOGUE.productIds()) {
      for (int client = 0; client < 2; client++) {
        walks.add(new ConfiguratorWalk(product, seed++, this::both));
      }
    }
    // Round-robin over the walks: each request finds sessions other designs and products left.
    for (int step = 0; step < 30; step++) {
      walks.forEach(ConfiguratorWalk::step);
    }
    int requests = walks.stream().mapToInt(w -> w.exchanges().size()).sum();
    long refused = count(walks, "/api/designs/decide", 409);
    long explained = count(walks, "/api/designs/explain", 200);
    long completed = count(walks, "/api/designs/complete", 200);
    long repaired = count(walks, "/api/designs/repair", 200);
    assertThat(requests).isGreaterThan(walks.size() * 25);
    assertThat(refused).isPositive();
    assertThat(explained).isPositive();
    assertThat(completed).isPositive();
    assertThat(repaired).isPositive();
  }

  /** The answer of the server without a pool, after checking the pooled server's is the same. */
  private TestServer.Answer both(String path, String body) {
    TestServer.Answer off = OFF.server().post(path, body);
    TestServer.Answer on = ON.server().post(path, body);
    assertThat(on.status()).as(path + " " + body).isEqualTo(off.status());
    assertThat(on.contentType()).as(path + " " + body).isEqualTo(off.contentType());
    assertThat(on.text()).as(path + " " + body).isEqualTo(off.text());
    return off;
  }

  private static long count(List<ConfiguratorWalk> walks, String path, int status) {
    return walks.stream()
        .flatMap(w -> w.exchanges().stream())
        .filter(e -> e.path().equals(path) && e.status() == status)
        .count();
  }
}
