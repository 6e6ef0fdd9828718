package dev.atelier.server.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.server.ServerOptions;
import dev.atelier.server.testing.TestServer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * A configurator client's seeded random walk over the design API: decisions on offered and refused
 * values, explanations, repairs, undos (back to an earlier design of the client's history),
 * retractions, prices and cheapest completions. Each request goes to {@code send}; the walk follows
 * its answers and keeps every exchange. Not thread-safe: one per client.
 */
final class ConfiguratorWalk {

  /** One request and its answer. */
  record Exchange(String path, String body, int status, String text) {}

  private final BiFunction<String, String, TestServer.Answer> send;
  private final Random random;
  private final Deque<JsonNode> history = new ArrayDeque<>();
  private final List<Exchange> exchanges = new ArrayList<>();
  private JsonNode domains;

  /** A walk on the current version of {@code product}, seeded with {@code seed}. */
  ConfiguratorWalk(String product, long seed, BiFunction<String, String, TestServer.Answer> send) {
    this.send = send;
    this.random = new Random(seed);
    String version = TestServer.CATALOGUE.current(product).orElseThrow().version();
    ObjectNode design = TestServer.JSON.createObjectNode();
    design.put("product", product).put("version", version).putArray("decisions");
    domains = moveTo(design);
  }

  /**
   * Server options answering independently of time (budgets far beyond any demo's need, so no
   * reason is cut short) and caching no design (every request works the engine), with {@code pool}.
   */
  static ServerOptions options(PoolSettings pool) {
    ServerOptions d = ServerOptions.defaults(0);
    return d.toBuilder()
        .engineBudget(Duration.ofSeconds(120))
        .reasonsBudget(Duration.ofSeconds(120))
        .cacheSize(0)
        .limits(d.limits().withConnectionsPerAddress(1_000))
        .sessionPool(pool)
        .build();
  }

  /** The exchanges so far. */
  List<Exchange> exchanges() {
    return exchanges;
  }

  /** One step of the walk. */
  void step() {
    int roll = random.nextInt(100);
    JsonNode design = domains.get("design");
    if (roll < 45) {
      JsonNode a = pick(domains.get("attributes"), "offered");
      if (a != null) {
        decide(design, a.get("attribute").asText(), pickText(a.get("offered")));
      }
    } else if (roll < 55) {
      JsonNode a = pick(domains.get("attributes"), "refused");
      if (a != null) {
        decide(design, a.get("attribute").asText(), pick(a.get("refused")).get("value").asText());
      }
    } else if (roll < 65) {
      explainAndRepair(design, roll < 61);
    } else if (roll < 75) {
      if (!history.isEmpty()) {
        domains = moveTo(history.pop());
      }
    } else if (roll < 82) {
      JsonNode decisions = design.get("decisions");
      if (!decisions.isEmpty()) {
        ObjectNode r = request(design);
        r.put("attribute", pick(decisions).get("attribute").asText());
        follow(post("/api/designs/retract", r.toString()), design);
      }
    } else if (roll < 91) {
      post("/api/designs/price", request(design).toString());
    } else {
      post("/api/designs/complete", request(design).put("objective", "cheapest").toString());
    }
  }

  private void explainAndRepair(JsonNode design, boolean repair) {
    JsonNode a = pick(domains.get("attributes"), "refused");
    if (a == null) {
      return;
    }
    ObjectNode r = request(design);
    r.put("attribute", a.get("attribute").asText());
    r.put("value", pick(a.get("refused")).get("value").asText());
    TestServer.Answer why = post("/api/designs/explain", r.toString());
    if (repair && why.status() == 200 && !why.body().get("repair").isEmpty()) {
      ObjectNode fix = request(design);
      fix.set("repair", why.body().get("repair"));
      follow(post("/api/designs/repair", fix.toString()), design);
    }
  }

  private void decide(JsonNode design, String attribute, String value) {
    ObjectNode r = request(design);
    r.put("attribute", attribute).put("value", value);
    follow(post("/api/designs/decide", r.toString()), design);
  }

  /** Moves to the answer's design when it is one (200), remembering {@code from} for undo. */
  private void follow(TestServer.Answer answer, JsonNode from) {
    if (answer.status() == 200) {
      history.push(from);
      domains = answer.body();
    }
  }

  private JsonNode moveTo(JsonNode design) {
    TestServer.Answer answer = post("/api/designs/domains", design.toString());
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    return answer.body();
  }

  private TestServer.Answer post(String path, String body) {
    TestServer.Answer answer = send.apply(path, body);
    exchanges.add(new Exchange(path, body, answer.status(), answer.text()));
    return answer;
  }

  private static ObjectNode request(JsonNode design) {
    ObjectNode r = TestServer.JSON.createObjectNode();
    r.set("design", design);
    return r;
  }

  /** A random element of {@code array} whose {@code field} is a non-empty array; null if none. */
  private JsonNode pick(JsonNode array, String field) {
    List<JsonNode> with = new ArrayList<>();
    array.forEach(
        n -> {
          if (n.has(field) && !n.get(field).isEmpty()) {
            with.add(n);
          }
        });
    return with.isEmpty() ? null : with.get(random.nextInt(with.size()));
  }

  private JsonNode pick(JsonNode array) {
    return array.get(random.nextInt(array.size()));
  }

  private String pickText(JsonNode array) {
    return pick(array).asText();
  }
}
