package dev.atelier.server.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.server.db.Database;
import dev.atelier.server.design.DesignOrigin;
import dev.atelier.server.designevents.DesignEvent;
import dev.atelier.server.designevents.DesignEventStore;
import dev.atelier.server.testing.BicycleRider;
import dev.atelier.server.testing.HeaderAccounts;
import dev.atelier.server.testing.TestServer;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Design events recorded where the server sees them (decide, refused decide, explain, repair,
 * complete) and reported by the client, as the analytics and a department's inbox then show them;
 * nothing is recorded for anonymous requests without a design-session id.
 */
public class DesignEventFlowTest {

  private static final String SESSION = "flow-session-1";
  private static final String[] CUSTOMER = {HeaderAccounts.HEADER, "42:CUSTOMER"};

  private static DesignEventRecorder recorder;
  private static TestServer server;
  private static Database db;

  @BeforeAll
  static void runTheFlow() {
    db = Database.inMemory();
    recorder = new DesignEventRecorder(new DesignEventStore(db), 1_000);
    server = new TestServer(TestServer.CATALOGUE, db, HeaderAccounts.BY_HEADER, recorder);
    String[] session = {DesignOrigin.HEADER, SESSION};
    assertThat(decide(design(), "frame", "carbon", session).status()).isEqualTo(200);
    String carbon = design("frame", "carbon");
    TestServer.Answer refused = decide(carbon, "gears", "3", session);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body().at("/explanation/rules/0/id").asText()).isEqualTo("carbon-gears");
    TestServer.Answer explained =
        server.postWith(
            "/api/designs/explain",
            "{\"design\":" + carbon + ",\"attribute\":\"gears\",\"value\":\"3\"}",
            session);
    assertThat(explained.status()).isEqualTo(200);
    JsonNode repair = explained.body().get("repair");
    assertThat(repair).isNotEmpty();
    ObjectNode repairRequest = TestServer.JSON.createObjectNode();
    repairRequest.set("design", json(carbon));
    repairRequest.set("repair", repair);
    assertThat(server.postWith("/api/designs/repair", repairRequest.toString(), session).status())
        .isEqualTo(200);
    assertThat(
            server
                .postWith(
                    "/api/designs/complete",
                    "{\"design\":" + BicycleRider.given(carbon) + ",\"objective\":\"cheapest\"}",
                    session)
                .status())
        .isEqualTo(200);
    TestServer.Answer reported =
        server.post(
            "/api/design-events",
            "{\"session\":\""
                + SESSION
                + "\",\"events\":[{\"kind\":\"repair-rejected\",\"product\":\"bicycle\","
                + "\"version\":\"2025.1\",\"attribute\":\"gears\",\"value\":\"3\","
                + "\"rule\":\"carbon-gears\"},{\"kind\":\"abandonment\",\"product\":\"bicycle\","
                + "\"version\":\"2025.1\",\"attribute\":\"brakes\"}]}");
    assertThat(reported.status()).as(reported.text()).isEqualTo(202);
    assertThat(reported.body().get("accepted").asInt()).isEqualTo(2);
    // Anonymous without a session: not recorded. Signed in without one: keyed by the account.
    assertThat(decide(design(), "frame", "steel").status()).isEqualTo(200);
    assertThat(decide(design(), "frame", "steel", CUSTOMER).status()).isEqualTo(200);
    wish(
        "{\"product\":\"bicycle\",\"version\":\"2025.1\",\"attribute\":\"gears\","
            + "\"text\":\"A 14-speed hub\",\"session\":\""
            + SESSION
            + "\"}",
        "drivetrain");
    wish(
        "{\"product\":\"bicycle\",\"version\":\"2025.1\",\"text\":\"Make it fold\","
            + "\"session\":\""
            + SESSION
            + "\"}",
        "frames");
    recorder.flush();
  }

  @AfterAll
  static void stop() {
    server.close();
    recorder.close();
  }

  @Test
  void refusalsKeepTheDesignTheyWereRefusedOn() {
    List<DesignEvent> refusals =
        new DesignEventStore(db).refusalsSince("bicycle", Instant.EPOCH, 10);
    assertThat(refusals).hasSize(2);
    assertThat(refusals)
        .allSatisfy(
            e -> {
              assertThat(e.sessionKey()).isEqualTo("s:" + SESSION);
              assertThat(e.attribute() + "=" + e.value()).isEqualTo("gears=3");
              assertThat(e.rule()).isEqualTo("carbon-gears");
              assertThat(e.decisions()).isEqualTo("{\"frame\":\"carbon\"}");
            });
  }

  @Test
  void theAnalyticsCountWhatTheServerSawAndTheClientReported() {
    JsonNode rules = figure("rules");
    assertThat(rules.get("refusals").asLong()).isEqualTo(2);
    assertThat(rules.at("/rules/0/rule").asText()).isEqualTo("carbon-gears");
    assertThat(rules.at("/rules/0/refusals").asLong()).isEqualTo(2);
    assertThat(rules.at("/rules/0/department").asText()).isEqualTo("frames");
    JsonNode repairs = figure("repairs").get("values");
    assertThat(repairs).hasSize(1);
    assertThat(repairs.get(0).toString())
        .isEqualTo(
            "{\"attribute\":\"gears\",\"value\":\"3\",\"shown\":2,\"accepted\":1,\"rejected\":1}");
    JsonNode funnel = figure("funnel");
    assertThat(funnel.get("started").asLong()).isEqualTo(2);
    assertThat(funnel.get("decided").asLong()).isEqualTo(2);
    assertThat(funnel.get("completed").asLong()).isEqualTo(1);
    assertThat(funnel.get("ordered").asLong()).isZero();
    Map<String, Long> frames = new HashMap<>();
    for (JsonNode a : figure("demand").get("attributes")) {
      if (a.path("attribute").asText().equals("frame")) {
        for (JsonNode v : a.get("values")) {
          frames.put(v.get("value").asText(), v.get("decisions").asLong());
        }
      }
    }
    assertThat(frames).isEqualTo(Map.of("steel", 1L, "alu", 0L, "carbon", 1L));
    Map<String, Long> wishes = new HashMap<>();
    figure("wishes")
        .get("departments")
        .forEach(d -> wishes.put(d.get("department").asText(), d.get("wishes").asLong()));
    assertThat(wishes).isEqualTo(Map.of("frames", 1L, "drivetrain", 1L, "accessories", 0L));
  }

  @Test
  void inboxesHoldTheirWishesAndTheRefusalsOfWhatTheyOwn() {
    JsonNode frames = inbox("frames");
    assertThat(frames.get("wishes")).hasSize(1);
    assertThat(frames.at("/wishes/0/text").asText()).isEqualTo("Make it fold");
    assertThat(frames.get("refusals")).hasSize(1);
    assertThat(frames.at("/refusals/0/rule").asText()).isEqualTo("carbon-gears");
    assertThat(frames.at("/refusals/0/count").asLong()).isEqualTo(2);
    JsonNode drivetrain = inbox("drivetrain");
    assertThat(drivetrain.at("/wishes/0/text").asText()).isEqualTo("A 14-speed hub");
    assertThat(drivetrain.at("/wishes/0/attribute").asText()).isEqualTo("gears");
    assertThat(drivetrain.get("refusals")).isEmpty(); // gears is theirs, the rule is not
    JsonNode all = server.get("/api/departments", HeaderAccounts.MANAGER).body();
    assertThat(all.get("departments").findValuesAsText("id")).contains("frames", "kitchen");
  }

  @Test
  void aResolvedWishLeavesTheInboxAndTheUnmetCount() {
    TestServer.Answer created =
        server.post(
            "/api/wishes",
            "{\"session\":\""
                + SESSION
                + "\",\"product\":\"pizza\",\"version\":\"2025.1\",\"attribute\":\"crust\","
                + "\"text\":\"Sourdough crust\"}");
    assertThat(created.status()).isEqualTo(201);
    long id = created.body().get("id").asLong();
    assertThat(inbox("kitchen").findValuesAsText("text")).contains("Sourdough crust");
    String path = "/api/wishes/" + id;
    String body = "{\"resolution\":\"Added to the 2026 menu\"}";
    assertThat(server.patch(path, body, CUSTOMER).status()).isEqualTo(403);
    TestServer.Answer resolved = server.patch(path, body, HeaderAccounts.MANAGER);
    assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
    assertThat(resolved.body().get("department").asText()).isEqualTo("kitchen");
    assertThat(inbox("kitchen").findValuesAsText("text")).doesNotContain("Sourdough crust");
    JsonNode wishes = AnalyticsFiguresTest.get(server, "/api/analytics/pizza/2025.1/wishes");
    assertThat(wishes.findValues("wishes")).allMatch(n -> n.asLong() == 0);
    problem(server.patch(path, body, HeaderAccounts.MANAGER), 409, "id");
    problem(server.patch("/api/wishes/999999", body, HeaderAccounts.MANAGER), 404, "id");
    problem(
        server.patch(path, "{\"resolution\":\" \"}", HeaderAccounts.MANAGER), 400, "resolution");
  }

  @Test
  void analyticsAndInboxesAreForProductManagers() {
    String path = "/api/analytics/bicycle/2025.1/funnel";
    assertThat(server.get(path).status()).isEqualTo(401);
    assertThat(server.get(path, CUSTOMER).status()).isEqualTo(403);
    assertThat(server.get(path + ".csv", CUSTOMER).status()).isEqualTo(403);
    assertThat(server.get("/api/departments/frames/inbox").status()).isEqualTo(401);
    assertThat(server.get("/api/departments/frames/inbox", CUSTOMER).status()).isEqualTo(403);
    problem(
        server.get("/api/analytics/boat/2025.1/funnel", HeaderAccounts.MANAGER), 404, "product");
    problem(
        server.get("/api/analytics/bicycle/1999/demand", HeaderAccounts.MANAGER), 404, "version");
    problem(
        server.get("/api/analytics/bicycle/2025.1/suggestions?minCount=0", HeaderAccounts.MANAGER),
        400,
        "minCount");
    problem(
        server.get(
            "/api/analytics/bicycle/2025.1/suggestions.csv?minSessions=x", HeaderAccounts.MANAGER),
        400,
        "minSessions");
    problem(server.get("/api/departments/nobody/inbox", HeaderAccounts.MANAGER), 404, "department");
  }

  @Test
  void badEventsAndWishesAreProblemsNamingTheField() {
    String event =
        "{\"kind\":\"%s\",\"product\":\"bicycle\",\"version\":\"2025.1\",\"attribute\":\"gears\","
            + "\"value\":\"%s\",\"rule\":\"%s\"}";
    problem(events(String.format(event, "decision", "3", "carbon-gears")), 422, "events[0].kind");
    problem(
        events(String.format(event, "repair-rejected", "4", "carbon-gears")),
        422,
        "events[0].value");
    problem(events(String.format(event, "repair-rejected", "3", "no-rule")), 422, "events[0].rule");
    String many =
        String.join(
            ",",
            java.util.Collections.nCopies(
                101, String.format(event, "abandonment", "3", "carbon-gears")));
    problem(events(many), 400, "events");
    problem(
        server.post(
            "/api/design-events",
            "{\"session\":\"short\",\"events\":["
                + String.format(event, "abandonment", "3", "carbon-gears")
                + "]}"),
        400,
        "session");
    String wish =
        "{\"session\":\"" + SESSION + "\",\"product\":\"bicycle\",\"version\":\"2025.1\",";
    problem(server.post("/api/wishes", wish + "\"text\":\"   \"}"), 400, "text");
    problem(
        server.post("/api/wishes", wish + "\"text\":\"" + "x".repeat(1001) + "\"}"), 400, "text");
    problem(
        server.post("/api/wishes", wish + "\"attribute\":\"colour\",\"text\":\"red\"}"),
        422,
        "attribute");
    problem(
        server.post(
            "/api/wishes", "{\"product\":\"bicycle\",\"version\":\"2025.1\",\"text\":\"red\"}"),
        400,
        "session");
  }

  @Test
  void thePagesAndChartJsAreServed() {
    for (String page : new String[] {"/analytics/index.html", "/analytics/inbox.html"}) {
      TestServer.Answer a = server.get(page);
      assertThat(a.status()).isEqualTo(200);
      assertThat(a.contentType()).startsWith("text/html");
      assertThat(a.text()).contains("/webjars/chart.js/4.4.1/dist/chart.umd.js");
    }
    assertThat(server.get("/analytics/analytics.js").text()).contains("/api/analytics/");
    TestServer.Answer chart = server.get("/webjars/chart.js/4.4.1/dist/chart.umd.js");
    assertThat(chart.status()).isEqualTo(200);
    assertThat(chart.text()).contains("Chart");
  }

  private static JsonNode figure(String name) {
    return AnalyticsFiguresTest.get(server, "/api/analytics/bicycle/2025.1/" + name);
  }

  private static JsonNode inbox(String department) {
    TestServer.Answer a =
        server.get("/api/departments/" + department + "/inbox", HeaderAccounts.MANAGER);
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    return a.body();
  }

  private static TestServer.Answer events(String events) {
    return server.post(
        "/api/design-events", "{\"session\":\"" + SESSION + "\",\"events\":[" + events + "]}");
  }

  private static void wish(String body, String department) {
    TestServer.Answer a = server.post("/api/wishes", body);
    assertThat(a.status()).as(a.text()).isEqualTo(201);
    assertThat(a.body().get("department").asText()).isEqualTo(department);
  }

  private static void problem(TestServer.Answer a, int status, String field) {
    assertThat(a.status()).as(a.text()).isEqualTo(status);
    assertThat(a.contentType()).startsWith("application/problem+json");
    assertThat(a.body().get("field").asText()).as(a.text()).isEqualTo(field);
  }

  private static TestServer.Answer decide(
      String design, String attribute, String value, String... headers) {
    return server.postWith("/api/designs/decide", decideBody(design, attribute, value), headers);
  }

  /** The body of {@code POST /api/designs/decide}. */
  public static String decideBody(String design, String attribute, String value) {
    return "{\"design\":"
        + design
        + ",\"attribute\":\""
        + attribute
        + "\",\"value\":\""
        + value
        + "\"}";
  }

  private static String design(String... decisions) {
    StringBuilder out =
        new StringBuilder("{\"product\":\"bicycle\",\"version\":\"2025.1\",\"decisions\":[");
    for (int i = 0; i < decisions.length; i += 2) {
      out.append(i == 0 ? "" : ",")
          .append("{\"attribute\":\"")
          .append(decisions[i])
          .append("\",\"value\":\"")
          .append(decisions[i + 1])
          .append("\"}");
    }
    return out.append("]}").toString();
  }

  private static JsonNode json(String text) {
    try {
      return TestServer.JSON.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
