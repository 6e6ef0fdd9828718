package dev.atelier.server.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.analytics.DesignEventFlowTest;
import dev.atelier.server.analytics.DesignEventRecorder;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.design.DesignOrigin;
import dev.atelier.server.designevents.DesignEventStore;
import dev.atelier.server.http.AtelierServer;
import dev.atelier.server.production.ProductionRoutesTest;
import dev.atelier.server.testing.BicycleRider;
import dev.atelier.server.testing.HeaderAccounts;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Recommendations learn from design events as well as orders, through the API: a usage chosen only
 * in completed design sessions (never ordered) becomes the suggestion once enough sessions chose
 * it, while one session does not outweigh one order; and a value the rules refused in those
 * sessions is never proposed. Each phase runs on a fresh server (a fresh recommender cache) on the
 * same database.
 */
class RecommendFromDesignEventsTest {

  private static final String[] CUSTOMER = {HeaderAccounts.HEADER, "42:CUSTOMER"};

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void designSessionsChangeTheSuggestionButOrdersWeighMore(TestDatabases.Kind kind) {
    ProductVersion bike = TestServer.CATALOGUE.current("bicycle").orElseThrow();
    try (Database db = TestDatabases.fresh(kind)) {
      JsonNode ordered;
      String frame;
      String usage;
      try (Phase p = new Phase(db)) {
        ordered = p.answer("/api/designs/complete", complete(design(bike)), null).get("design");
        frame = valueOf(ordered, "frame");
        usage = valueOf(ordered, "usage");
        TestServer.Answer order =
            p.server.postWith(
                "/api/orders",
                OrderServer.orderBody(ordered, 1),
                CUSTOMER[0],
                CUSTOMER[1],
                "Idempotency-Key",
                "events-1");
        assertThat(order.status()).as(order.text()).isEqualTo(201);
        assertThat(p.suggested(design(bike, "frame", frame), "usage")).isEqualTo(usage);
      }
      String other =
          bike.model().attribute("usage").orElseThrow().valueIds().stream()
              .filter(u -> !u.equals(usage))
              .findFirst()
              .orElseThrow();

      try (Phase p = new Phase(db)) {
        p.completedSession("one-session-0", bike, frame, other);
        p.recorder.flush();
        JsonNode answer = p.recommend(design(bike, "frame", frame));
        assertThat(answer.get("basedOnOrders").asLong()).isEqualTo(1);
        assertThat(answer.get("basedOnDesigns").asLong()).isEqualTo(1);
        // One completed design weighs half an order: the order still wins.
        assertThat(nextOf(answer, "usage")).isEqualTo(usage);
      }

      try (Phase p = new Phase(db)) {
        // Signed-in customers' sessions: anonymous ones together weigh at most a quarter.
        for (int i = 1; i < 3; i++) {
          p.signedIn = new String[] {HeaderAccounts.HEADER, (100 + i) + ":CUSTOMER"};
          p.completedSession("more-sessions-" + i, bike, frame, other);
        }
        p.signedIn = new String[0];
        // A carbon session refused the 3-speed hub: refusals teach nothing, and with a carbon
        // frame the ordered hub (if it was the 3-speed) is not offered, so never proposed.
        String session = "refused-session";
        p.decide(session, design(bike), "frame", "carbon", 200);
        p.decide(session, design(bike, "frame", "carbon"), "gears", "3", 409);
        p.recorder.flush();
        assertThat(p.suggested(design(bike, "frame", frame), "usage")).isEqualTo(other);

        String carbon = design(bike, "frame", "carbon");
        JsonNode answer = p.recommend(carbon);
        assertThat(nextOf(answer, "gears")).isNotEqualTo("3");
        JsonNode domains = p.answer("/api/designs/domains", carbon, null);
        RecommendRouteTest.assertOffered(answer, domains);
      }
    }
  }

  @Tag("slow")
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void fortyAnonymousSessionsDoNotTurnTheJeansRecommendation(TestDatabases.Kind kind) {
    ProductVersion jeans = TestServer.CATALOGUE.current("jeans").orElseThrow();
    try (Database db = TestDatabases.fresh(kind)) {
      try (Phase p = new Phase(db)) {
        TestServer.Answer order =
            p.server.postWith(
                "/api/orders",
                OrderServer.orderBody(ProductionRoutesTest.design(ProductionRoutesTest.JEANS), 1),
                CUSTOMER[0],
                CUSTOMER[1],
                "Idempotency-Key",
                "jeans-1");
        assertThat(order.status()).as(order.text()).isEqualTo(201);
      }
      try (Phase p = new Phase(db)) {
        // The attack of issue 13: 40 made-up anonymous sessions choosing the paid raw selvedge
        // (stone-washed was ordered). Uncapped they would weigh 40 x 0.25 = 10 orders.
        for (int i = 0; i < 40; i++) {
          p.decide("attack-session-" + i, design(jeans, "fit", "slim"), "fabric", "raw", 200);
        }
        p.recorder.flush();
        JsonNode answer = p.recommend(design(jeans, "fit", "slim"));
        assertThat(answer.get("basedOnOrders").asLong()).isEqualTo(1);
        assertThat(answer.get("basedOnDesigns").asLong()).isEqualTo(40);
        assertThat(nextOf(answer, "fabric")).isEqualTo("stonewashed");
      }
    }
  }

  /** A server on {@code db} with its own recorder; closes both, not the database. */
  private static final class Phase implements AutoCloseable {
    final DesignEventRecorder recorder;
    final TestServer server;
    private final AtelierServer http;

    /** The account header of the sessions to come (empty: anonymous). */
    String[] signedIn = new String[0];

    Phase(Database db) {
      recorder = new DesignEventRecorder(new DesignEventStore(db), 1_000);
      server = new TestServer(TestServer.CATALOGUE, db, HeaderAccounts.BY_HEADER, recorder);
      http = server.server;
    }

    /** A design session deciding frame, then usage, then completing. */
    void completedSession(String session, ProductVersion bike, String frame, String usage) {
      decide(session, design(bike), "frame", frame, 200);
      decide(session, design(bike, "frame", frame), "usage", usage, 200);
      String both =
          "{\"product\":\"bicycle\",\"version\":\""
              + bike.version()
              + "\",\"decisions\":[{\"attribute\":\"frame\",\"value\":\""
              + frame
              + "\"},{\"attribute\":\"usage\",\"value\":\""
              + usage
              + "\"}]}";
      answer("/api/designs/complete", complete(both), session);
    }

    void decide(String session, String design, String attribute, String value, int status) {
      TestServer.Answer a =
          server.postWith(
              "/api/designs/decide",
              DesignEventFlowTest.decideBody(design, attribute, value),
              headers(session));
      assertThat(a.status()).as(a.text()).isEqualTo(status);
    }

    JsonNode recommend(String design) {
      return answer("/api/designs/recommend", design, null);
    }

    String suggested(String design, String attribute) {
      return nextOf(recommend(design), attribute);
    }

    JsonNode answer(String path, String body, String session) {
      TestServer.Answer a =
          session == null ? server.post(path, body) : server.postWith(path, body, headers(session));
      assertThat(a.status()).as(path + ": " + a.text()).isEqualTo(200);
      return a.body();
    }

    private String[] headers(String session) {
      List<String> h = new ArrayList<>(List.of(DesignOrigin.HEADER, session));
      h.addAll(List.of(signedIn));
      return h.toArray(String[]::new);
    }

    @Override
    public void close() {
      http.close();
      recorder.close();
    }
  }

  private static String design(ProductVersion pv, String... attributeValues) {
    List<String> decisions = new ArrayList<>();
    for (int i = 0; i < attributeValues.length; i += 2) {
      decisions.add(
          "{\"attribute\":\""
              + attributeValues[i]
              + "\",\"value\":\""
              + attributeValues[i + 1]
              + "\"}");
    }
    return "{\"product\":\""
        + pv.product()
        + "\",\"version\":\""
        + pv.version()
        + "\",\"decisions\":["
        + String.join(",", decisions)
        + "]}";
  }

  private static String complete(String design) {
    return "{\"design\":" + BicycleRider.given(design) + ",\"objective\":\"cheapest\"}";
  }

  private static String valueOf(JsonNode design, String attribute) {
    for (JsonNode d : design.get("decisions")) {
      if (d.get("attribute").asText().equals(attribute)) {
        return d.get("value").asText();
      }
    }
    throw new AssertionError("no " + attribute + " in " + design);
  }

  private static String nextOf(JsonNode answer, String attribute) {
    for (JsonNode n : answer.get("next")) {
      if (n.get("attribute").asText().equals(attribute)) {
        return n.get("value").asText();
      }
    }
    throw new AssertionError("no suggestion for " + attribute + " in " + answer);
  }
}
