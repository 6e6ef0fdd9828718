package dev.atelier.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.engine.model.Attribute;
import dev.atelier.formats.product.Department;
import dev.atelier.server.analytics.DesignEvent;
import dev.atelier.server.analytics.DesignEventRecorder;
import dev.atelier.server.analytics.DesignEventStore;
import dev.atelier.server.analytics.EventKind;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every analytics figure and two department inboxes, computed by the server from a seeded stream of
 * design events and wishes (2,000 and 100 in the default suite, 10,000 and 300 in the slow one;
 * client-reported events and wishes sent through the real routes, the rest through the recorder),
 * equal a count of the same stream made here with plain loops; the CSV exports parse back to the
 * same numbers. On H2 and on PostgreSQL.
 */
class AnalyticsFiguresTest {

  private static final int MIN_SESSIONS = 10;

  /** The topic each wish text counts under. */
  private static final Map<String, String> TOPICS =
      Map.of(
          "Titanium", "titanium",
          "titanium ", "titanium",
          "  TITANIUM!", "titanium",
          "A pink option", "a pink option",
          "pink option", "pink option",
          "Bamboo", "bamboo");

  /** 2,000 events and 100 wishes: quick enough for the default suite. */
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void figuresEqualAnIndependentCountOfASeededStream(TestDatabases.Kind kind) {
    figuresEqualAnIndependentCount(
        kind, new EventStream(AnalyticsFixture.PRODUCTS, 7L, 2_000, 100), 3);
  }

  /** 10,000 events and 300 wishes (slow suite). */
  @Tag("slow")
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void figuresEqualAnIndependentCountOfALargeSeededStream(TestDatabases.Kind kind) {
    figuresEqualAnIndependentCount(
        kind, new EventStream(AnalyticsFixture.PRODUCTS, 20_261_122L, 10_000, 300), 5);
  }

  private static void figuresEqualAnIndependentCount(
      TestDatabases.Kind kind, EventStream stream, int minCount) {
    Database db = TestDatabases.fresh(kind);
    try (DesignEventRecorder recorder = new DesignEventRecorder(new DesignEventStore(db), 20_000);
        TestServer server =
            new TestServer(AnalyticsFixture.CATALOGUE, db, HeaderAccounts.BY_HEADER, recorder)) {
      feed(server, recorder, stream);
      for (ProductVersion pv : AnalyticsFixture.PRODUCTS) {
        ExpectedFigures x = new ExpectedFigures(pv, stream);
        String base = "/api/analytics/" + pv.product() + "/" + pv.version() + "/";
        demand(pv, x, get(server, base + "demand"));
        rules(pv, x, get(server, base + "rules"));
        repairs(x, get(server, base + "repairs"));
        funnel(x, get(server, base + "funnel"));
        wishes(x, get(server, base + "wishes"));
        heterogeneity(pv, x, get(server, base + "heterogeneity"));
        String query = "?minSessions=" + MIN_SESSIONS + "&minCount=" + minCount;
        suggestions(pv, x, get(server, base + "suggestions" + query), minCount);
        for (String figure :
            List.of(
                "demand", "rules", "repairs", "funnel", "wishes", "heterogeneity", "suggestions")) {
          String q = figure.equals("suggestions") ? query : "";
          FigureCsvCheck.sameNumbers(
              figure, get(server, base + figure + q), csv(server, base + figure + ".csv" + q));
        }
      }
      inbox(server, stream, "frames");
      inbox(server, stream, "kitchen");
    }
  }

  private static void feed(TestServer server, DesignEventRecorder recorder, EventStream stream) {
    List<DesignEvent> direct =
        stream.events.stream().filter(e -> !e.kind().clientReported()).toList();
    assertThat(recorder.recordAll(direct)).isEqualTo(direct.size());
    List<DesignEvent> batch = new ArrayList<>();
    for (DesignEvent e : stream.events) {
      if (!e.kind().clientReported()) {
        continue;
      }
      if (!batch.isEmpty()
          && (batch.size() == 100 || !batch.get(0).sessionKey().equals(e.sessionKey()))) {
        send(server, batch);
        batch.clear();
      }
      batch.add(e);
    }
    send(server, batch);
    for (EventStream.WishSpec w : stream.wishes) {
      ObjectNode body = TestServer.JSON.createObjectNode();
      body.put("session", w.session())
          .put("product", w.product().product())
          .put("version", w.product().version())
          .put("text", w.text());
      if (w.attribute() != null) {
        body.put("attribute", w.attribute());
      }
      TestServer.Answer a = server.post("/api/wishes", body);
      assertThat(a.status()).as(a.text()).isEqualTo(201);
      assertThat(a.body().get("department").asText())
          .isEqualTo(ExpectedFigures.department(w.product(), w.attribute()));
    }
    recorder.flush();
    assertThat(recorder.dropped()).isZero();
    assertThat(recorder.failed()).isZero();
  }

  private static void send(TestServer server, List<DesignEvent> batch) {
    if (batch.isEmpty()) {
      return;
    }
    ObjectNode body = TestServer.JSON.createObjectNode();
    body.put("session", batch.get(0).sessionKey().substring(2));
    ArrayNode events = body.putArray("events");
    for (DesignEvent e : batch) {
      ObjectNode n = events.addObject();
      n.put("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
          .put("product", e.product())
          .put("version", e.version());
      if (e.attribute() != null) {
        n.put("attribute", e.attribute());
      }
      if (e.value() != null) {
        n.put("value", e.value());
      }
    }
    TestServer.Answer a = server.post("/api/design-events", body);
    assertThat(a.status()).as(a.text()).isEqualTo(202);
    assertThat(a.body().get("accepted").asInt()).isEqualTo(batch.size());
  }

  /**
   * A department's inbox: its newest wishes (all of them here, fewer than 100 each) and its
   * most-hit refusals, each counted as here.
   */
  private static void inbox(TestServer server, EventStream stream, String department) {
    JsonNode inbox = get(server, "/api/departments/" + department + "/inbox");
    long wishes =
        stream.wishes.stream()
            .filter(w -> ExpectedFigures.department(w.product(), w.attribute()).equals(department))
            .count();
    assertThat(inbox.get("wishes")).hasSize((int) wishes);
    assertThat(inbox.get("refusals")).isNotEmpty();
    long previous = Long.MAX_VALUE;
    for (JsonNode r : inbox.get("refusals")) {
      long expected = 0;
      for (DesignEvent e : stream.events) {
        if (e.kind() == EventKind.REFUSAL
            && e.product().equals(r.get("product").asText())
            && e.version().equals(r.get("version").asText())
            && e.attribute().equals(r.get("attribute").asText())
            && e.value().equals(r.get("value").asText())
            && String.valueOf(e.rule()).equals(r.get("rule").asText("null"))) {
          expected++;
        }
      }
      assertThat(r.get("count").asLong()).isEqualTo(expected).isLessThanOrEqualTo(previous);
      previous = expected;
      ProductVersion pv =
          AnalyticsFixture.CATALOGUE
              .find(r.get("product").asText(), r.get("version").asText())
              .orElseThrow();
      String owner =
          r.get("rule").isNull()
              ? null
              : pv.definition().departments().departments().stream()
                  .filter(d -> d.rules().contains(r.get("rule").asText()))
                  .map(Department::id)
                  .findFirst()
                  .orElse(null);
      assertThat(
              owner == null ? ExpectedFigures.department(pv, r.get("attribute").asText()) : owner)
          .isEqualTo(department);
    }
  }

  static JsonNode get(TestServer server, String path) {
    TestServer.Answer a = server.get(path, HeaderAccounts.MANAGER);
    assertThat(a.status()).as(path + ": " + a.text()).isEqualTo(200);
    return a.body();
  }

  private static String csv(TestServer server, String path) {
    TestServer.Answer a = server.get(path, HeaderAccounts.MANAGER);
    assertThat(a.status()).as(path).isEqualTo(200);
    assertThat(a.contentType()).startsWith("text/csv");
    return a.text();
  }

  private static void demand(ProductVersion pv, ExpectedFigures x, JsonNode json) {
    List<Attribute> attributes = pv.model().attributes();
    assertThat(json.get("attributes")).hasSize(attributes.size());
    for (int i = 0; i < attributes.size(); i++) {
      Attribute a = attributes.get(i);
      JsonNode node = json.get("attributes").get(i);
      assertThat(node.get("attribute").asText()).isEqualTo(a.id());
      long decisions = 0;
      long orders = 0;
      for (String v : a.valueIds()) {
        decisions += x.count(EventKind.DECISION, a.id(), v);
        orders += x.count(EventKind.ORDER, a.id(), v);
      }
      assertThat(node.get("decisions").asLong()).isEqualTo(decisions);
      assertThat(node.get("orders").asLong()).isEqualTo(orders);
      for (JsonNode v : node.get("values")) {
        long d = x.count(EventKind.DECISION, a.id(), v.get("value").asText());
        long o = x.count(EventKind.ORDER, a.id(), v.get("value").asText());
        assertThat(v.get("decisions").asLong()).isEqualTo(d);
        assertThat(v.get("orders").asLong()).isEqualTo(o);
        assertThat(v.get("decisionShare").asDouble())
            .isCloseTo(decisions == 0 ? 0 : d / (double) decisions, within(1e-12));
        assertThat(v.get("orderShare").asDouble())
            .isCloseTo(orders == 0 ? 0 : o / (double) orders, within(1e-12));
      }
    }
  }

  private static void rules(ProductVersion pv, ExpectedFigures x, JsonNode json) {
    Map<String, Long> byRule = new HashMap<>();
    long total = 0;
    for (DesignEvent e : x.events) {
      if (e.kind() == EventKind.REFUSAL) {
        total++;
        if (e.rule() != null) {
          byRule.merge(e.rule(), 1L, Long::sum);
        }
      }
    }
    assertThat(json.get("refusals").asLong()).isEqualTo(total);
    assertThat(json.get("rules")).hasSize(pv.model().constraints().size());
    long previous = Long.MAX_VALUE;
    for (JsonNode r : json.get("rules")) {
      long n = r.get("refusals").asLong();
      assertThat(n).isEqualTo(byRule.getOrDefault(r.get("rule").asText(), 0L));
      assertThat(n).isLessThanOrEqualTo(previous);
      previous = n;
    }
    assertThat(byRule.values().stream().mapToLong(v -> v).sum()).isPositive();
  }

  private static void repairs(ExpectedFigures x, JsonNode json) {
    Map<String, List<Long>> expected = new HashMap<>();
    List<EventKind> kinds =
        List.of(EventKind.REPAIR_SHOWN, EventKind.REPAIR_ACCEPTED, EventKind.REPAIR_REJECTED);
    for (DesignEvent e : x.events) {
      int k = kinds.indexOf(e.kind());
      if (k >= 0) {
        List<Long> counts =
            expected.computeIfAbsent(
                e.attribute() + "=" + e.value(), key -> new ArrayList<>(List.of(0L, 0L, 0L)));
        counts.set(k, counts.get(k) + 1);
      }
    }
    Map<String, List<Long>> actual = new HashMap<>();
    for (JsonNode r : json.get("values")) {
      actual.put(
          r.get("attribute").asText() + "=" + r.get("value").asText(),
          List.of(r.get("shown").asLong(), r.get("accepted").asLong(), r.get("rejected").asLong()));
    }
    assertThat(actual).isEqualTo(expected).isNotEmpty();
  }

  private static void funnel(ExpectedFigures x, JsonNode json) {
    Set<String> started = new HashSet<>();
    Set<String> decided = new HashSet<>();
    Set<String> completed = new HashSet<>();
    Set<String> ordered = new HashSet<>();
    for (DesignEvent e : x.events) {
      started.add(e.sessionKey());
      switch (e.kind()) {
        case ORDER -> {
          ordered.add(e.sessionKey());
          completed.add(e.sessionKey());
          decided.add(e.sessionKey());
        }
        case COMPLETION -> {
          completed.add(e.sessionKey());
          decided.add(e.sessionKey());
        }
        case DECISION -> decided.add(e.sessionKey());
        default -> {}
      }
    }
    assertThat(json.get("started").asLong()).isEqualTo(started.size());
    assertThat(json.get("decided").asLong()).isEqualTo(decided.size());
    assertThat(json.get("completed").asLong()).isEqualTo(completed.size());
    assertThat(json.get("ordered").asLong()).isEqualTo(ordered.size()).isPositive();
  }

  private static void wishes(ExpectedFigures x, JsonNode json) {
    Map<String, Long> expected = new HashMap<>();
    for (Department d : x.pv.definition().departments().departments()) {
      expected.put(d.id(), 0L);
    }
    for (EventStream.WishSpec w : x.wishes) {
      expected.merge(ExpectedFigures.department(x.pv, w.attribute()), 1L, Long::sum);
    }
    Map<String, Long> actual = new HashMap<>();
    json.get("departments")
        .forEach(d -> actual.put(d.get("department").asText(), d.get("wishes").asLong()));
    assertThat(actual).isEqualTo(expected);
  }

  private static void heterogeneity(ProductVersion pv, ExpectedFigures x, JsonNode json) {
    List<Attribute> attributes = pv.model().attributes();
    for (int i = 0; i < attributes.size(); i++) {
      Attribute a = attributes.get(i);
      JsonNode node = json.get("attributes").get(i);
      long total = 0;
      int distinct = 0;
      for (String v : a.valueIds()) {
        long n = x.count(EventKind.DECISION, a.id(), v);
        total += n;
        distinct += n > 0 ? 1 : 0;
      }
      double h = 0;
      for (String v : a.valueIds()) {
        long n = x.count(EventKind.DECISION, a.id(), v);
        if (n > 0) {
          double p = n / (double) total;
          h += -p * Math.log(p) / Math.log(2);
        }
      }
      int size = a.valueIds().size();
      assertThat(node.get("attribute").asText()).isEqualTo(a.id());
      assertThat(node.get("decisions").asLong()).isEqualTo(total);
      assertThat(node.get("distinctValues").asInt()).isEqualTo(distinct);
      assertThat(node.get("domainSize").asInt()).isEqualTo(size);
      assertThat(node.get("entropyBits").asDouble()).isCloseTo(h, within(1e-9));
      assertThat(node.get("normalised").asDouble())
          .isCloseTo(size > 1 ? h / (Math.log(size) / Math.log(2)) : 0.0, within(1e-9));
    }
  }

  private static void suggestions(
      ProductVersion pv, ExpectedFigures x, JsonNode json, int minCount) {
    Set<String> add = new HashSet<>();
    Map<String, Long> topics = new HashMap<>();
    for (EventStream.WishSpec w : x.wishes) {
      topics.merge(w.attribute() + "|" + TOPICS.get(w.text()), 1L, Long::sum);
    }
    topics.forEach(
        (k, n) -> {
          if (n >= minCount) {
            add.add(k + "|wished|" + n);
          }
        });
    Set<String> prune = new HashSet<>();
    Set<String> sessions = new HashSet<>();
    x.events.forEach(e -> sessions.add(e.sessionKey()));
    for (Attribute a : pv.model().attributes()) {
      for (String v : a.valueIds()) {
        long refused = x.count(EventKind.REFUSAL, a.id(), v);
        if (refused >= minCount) {
          add.add(a.id() + "|" + v + "|refused|" + refused);
        }
        if (sessions.size() >= MIN_SESSIONS
            && x.count(EventKind.DECISION, a.id(), v) == 0
            && x.count(EventKind.ORDER, a.id(), v) == 0) {
          prune.add(a.id() + "|" + v);
        }
      }
    }
    Set<String> actualAdd = new HashSet<>();
    json.get("add")
        .forEach(
            s ->
                actualAdd.add(
                    (s.get("attribute").isNull() ? "null" : s.get("attribute").asText())
                        + "|"
                        + s.get("what").asText()
                        + "|"
                        + s.get("reason").asText()
                        + "|"
                        + s.get("count").asLong()));
    Set<String> actualPrune = new HashSet<>();
    json.get("prune")
        .forEach(s -> actualPrune.add(s.get("attribute").asText() + "|" + s.get("value").asText()));
    assertThat(json.get("sessions").asLong()).isEqualTo(sessions.size());
    assertThat(actualAdd).isEqualTo(add).isNotEmpty();
    assertThat(actualPrune).isEqualTo(prune).isNotEmpty();
  }
}
