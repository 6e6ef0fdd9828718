package dev.atelier.server.feedback;

import static dev.atelier.server.testing.StudioCalls.KITE_VERSIONS;
import static dev.atelier.server.testing.StudioCalls.PM;
import static dev.atelier.server.testing.StudioCalls.pm;
import static dev.atelier.server.testing.StudioCalls.publishFirst;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.account.AccountStore;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.StudioCalls;
import dev.atelier.server.testing.TestServer;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The feedback loop by its API on H2 and PostgreSQL: an employee records customer input (by e-mail
 * address, by order, from a production note), it reaches the owning department's inbox, triage
 * moves it, a published version meets the wishes (a notice for each customer, their own only, and a
 * {@code wish.met} event in the outbox), and the month's summary counts what was asked, what
 * changed and what it earned. Roles: staff record, only product managers triage and publish.
 */
class FeedbackApiTest {

  private static final long STAFF = 8;

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void recordTriageMeetNotifySummarize(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind);
        OrderServer server = new OrderServer(db)) {
      publishFirst(server, "kite", FeedbackKite.yaml("1"));
      AccountStore accounts = new AccountStore(db);
      long ann = customer(accounts, "ann@example.org");
      long bob = customer(accounts, "bob@example.org");
      long cid = customer(accounts, "cid@example.org");

      // Ann asks in the configurator; staff record Bob's phone call and a complaint on his order.
      OrderServer.Answer own =
          server.post(
              "/api/wishes",
              ann,
              null,
              "{\"product\":\"kite\",\"version\":\"1\",\"attribute\":\"colour\","
                  + "\"text\":\"A green kite please\"}");
      assertThat(own.status()).as(own.text()).isEqualTo(201);
      anonymousWishWithEmail(server);
      String phone =
          "{\"channel\":\"phone\",\"customer\":\"Bob@example.org\",\"product\":\"kite\","
              + "\"attribute\":\"colour\",\"text\":\"Green, like grass\"}";
      assertThat(server.postAs("/api/feedback/wishes", ann, Role.CUSTOMER, phone).status())
          .isEqualTo(403);
      OrderServer.Answer heard = server.postAs("/api/feedback/wishes", STAFF, Role.STAFF, phone);
      assertThat(heard.status()).as(heard.text()).isEqualTo(201);
      assertThat(heard.body().get("department").asText()).isEqualTo("surface");
      assertThat(heard.body().get("account").asLong()).isEqualTo(bob);
      assertThat(record(server, phone.replace("Bob@", "nobody@")).status()).isEqualTo(404);
      assertThat(record(server, phone.replace("phone", "pigeon")).status()).isEqualTo(400);
      long order = kiteOrder(server, bob, "1", "red");
      OrderServer.Answer complaint =
          record(
              server,
              "{\"channel\":\"complaint\",\"order\":"
                  + order
                  + ",\"attribute\":\"shape\",\"text\":\"The spar broke\"}");
      assertThat(complaint.status()).as(complaint.text()).isEqualTo(201);
      assertThat(complaint.body().get("department").asText()).isEqualTo("frames");
      assertThat(complaint.body().get("account").asLong()).isEqualTo(bob);
      assertThat(
              record(
                      server,
                      "{\"channel\":\"complaint\",\"order\":"
                          + order
                          + ",\"customer\":\"ann@example.org\",\"text\":\"x\"}")
                  .status())
          .isEqualTo(400);

      productionNoteBecomesWish(server, db, bob);

      // The surface shop's inbox has both green wishes; staff may not read or triage it.
      JsonNode inbox =
          server.get("/api/departments/surface/inbox", PM, Role.PRODUCT_MANAGER).body();
      assertThat(texts(inbox))
          .containsExactly("Green, like grass", "Grün bitte", "A green kite please");
      assertThat(inbox.get("wishes").get(0).get("channel").asText()).isEqualTo("phone");
      assertThat(inbox.get("wishes").get(0).get("recordedBy").asText()).isEqualTo("user8@test");
      assertThat(inbox.get("wishes").get(2).get("channel").asText()).isEqualTo("configurator");
      assertThat(server.get("/api/departments/surface/inbox", STAFF, Role.STAFF).status())
          .isEqualTo(403);
      long green = own.body().get("id").asLong();
      long spar = complaint.body().get("id").asLong();
      String accept = "{\"state\":\"accepted\",\"draft\":\"2\"}";
      assertThat(triage(server, green, accept, Role.PRODUCT_MANAGER).status()).isEqualTo(400);
      assertThat(pm(server, KITE_VERSIONS + "1/drafts", "{\"version\":\"2\"}").status())
          .isEqualTo(201);
      assertThat(triage(server, green, accept, Role.STAFF).status()).isEqualTo(403);
      assertThat(triage(server, green, accept, Role.PRODUCT_MANAGER).status()).isEqualTo(200);
      assertThat(triage(server, spar, "{\"state\":\"declined\"}", Role.PRODUCT_MANAGER).status())
          .isEqualTo(400);
      String decline = "{\"state\":\"declined\",\"reason\":\"Spars are replaced free\"}";
      assertThat(triage(server, spar, decline, Role.PRODUCT_MANAGER).status()).isEqualTo(200);
      JsonNode declined =
          server
              .get("/api/departments/frames/inbox?state=declined", PM, Role.PRODUCT_MANAGER)
              .body();
      assertThat(declined.get("wishes").get(0).get("reason").asText())
          .isEqualTo("Spars are replaced free");
      assertThat(
              server
                  .get("/api/departments/surface/inbox?state=accepted", PM, Role.PRODUCT_MANAGER)
                  .body()
                  .get("wishes")
                  .get(0)
                  .get("draft")
                  .asText())
          .isEqualTo("2");

      // Version 2 adds green: the impact meets both wishes; publishing marks them met.
      String add =
          "{\"kind\":\"add-value\",\"attribute\":\"colour\",\"value\":\"green\",\"price\":"
              + "\"4.00\",\"labels\":{\"en\":\"Green\",\"de\":\"Grün\"}}";
      assertThat(pm(server, KITE_VERSIONS + "2/edit", add).status()).isEqualTo(200);
      JsonNode impact = server.get(KITE_VERSIONS + "2/impact", PM, Role.PRODUCT_MANAGER).body();
      assertThat(impact.get("wishesMet")).hasSize(3);
      assertThat(server.postAs(KITE_VERSIONS + "2/publish", STAFF, Role.STAFF, "{}").status())
          .isEqualTo(403);
      assertThat(pm(server, KITE_VERSIONS + "2/publish", "{}").status()).isEqualTo(200);
      assertThat(notices(server, ann)).containsExactly("A green kite please @2 colour = green");
      assertThat(notices(server, bob)).containsExactly("Green, like grass @2 colour = green");
      assertThat(notices(server, cid)).isEmpty();
      assertThat(server.get("/api/notices", null).status()).isEqualTo(401);
      assertThat(triage(server, green, "{\"state\":\"new\"}", Role.PRODUCT_MANAGER).status())
          .isEqualTo(409);
      JsonNode met =
          server.get("/api/departments/surface/inbox?state=met", PM, Role.PRODUCT_MANAGER).body();
      assertThat(met.get("wishes").get(0).get("metBy").asText()).isEqualTo("2");
      assertThat(outboxWishMet(db))
          .containsExactlyInAnyOrder("ann@example.org", "bob@example.org", "dee@example.org");
      assertThat(notifyEmails(db)).as("erased once met").isEmpty();

      dismissals(server, ann, bob);
      surfaceMonth(server, ann);
    }
  }

  /** An anonymous wish may leave an e-mail address to be told (422 when it is none). */
  private static void anonymousWishWithEmail(OrderServer server) {
    String anonymous =
        "{\"session\":\"anon-session-1\",\"product\":\"kite\",\"version\":\"1\","
            + "\"attribute\":\"colour\",\"text\":\"Grün bitte\",\"email\":\"%s\"}";
    assertThat(server.post("/api/wishes", null, null, anonymous.formatted("no-at")).status())
        .isEqualTo(422);
    OrderServer.Answer anon =
        server.post("/api/wishes", null, null, anonymous.formatted(" Dee@Example.org "));
    assertThat(anon.status()).as(anon.text()).isEqualTo(201);
  }

  /** A rework note on Bob's pizza turns into a wish: the operation's order names him. */
  private static void productionNoteBecomesWish(OrderServer server, Database db, long bob) {
    OrderServer.Answer pizza =
        server.post(
            "/api/orders",
            bob,
            "pizza-" + System.nanoTime(),
            OrderServer.orderBody(server.completeDesign("pizza"), 1));
    assertThat(pizza.status()).as(pizza.text()).isEqualTo(201);
    String operation =
        db.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT o.id FROM production_operation o JOIN production_order p ON"
                                + " p.id = o.production_order WHERE p.order_id = :o ORDER BY"
                                + " o.seq")
                        .bind("o", pizza.body().get("id").asText())
                        .mapTo(String.class)
                        .first());
    String note = "{\"note\":\"Reworked: customer wants less cheese\"}";
    assertThat(
            server
                .postAs("/api/operations/" + operation + "/start", STAFF, Role.STAFF, note)
                .status())
        .isEqualTo(200);
    OrderServer.Answer fromNote =
        record(
            server,
            "{\"channel\":\"production\",\"operation\":\""
                + operation
                + "\",\"text\":\"Reworked: customer wants less cheese\"}");
    assertThat(fromNote.status()).as(fromNote.text()).isEqualTo(201);
    assertThat(fromNote.body().get("account").asLong()).isEqualTo(bob);
    assertThat(
            record(server, "{\"channel\":\"production\",\"operation\":\"no-op\",\"text\":\"x\"}")
                .status())
        .isEqualTo(404);
  }

  /** Customers dismiss their own notices only; another's answers 404 and stays. */
  private static void dismissals(OrderServer server, long ann, long bob) {
    long annWish =
        server.get("/api/notices", ann).body().get("notices").get(0).get("wish").asLong();
    assertThat(delete(server, "/api/notices/" + annWish, bob).status()).isEqualTo(404);
    assertThat(delete(server, "/api/notices/" + annWish, null).status()).isEqualTo(401);
    assertThat(delete(server, "/api/notices/999999", ann).status()).isEqualTo(404);
    assertThat(delete(server, "/api/notices/x", ann).status()).isEqualTo(404);
    assertThat(notices(server, ann)).hasSize(1);
    OrderServer.Answer dismissed = delete(server, "/api/notices/" + annWish, ann);
    assertThat(dismissed.status()).as(dismissed.text()).isEqualTo(200);
    assertThat(dismissed.body().get("text").asText()).isEqualTo("A green kite please");
    assertThat(notices(server, ann)).isEmpty();
    assertThat(notices(server, bob)).hasSize(1);
    assertThat(delete(server, "/api/notices/" + annWish, ann).status()).isEqualTo(404);
  }

  private static OrderServer.Answer delete(OrderServer server, String path, Long account) {
    return server.delete(path, account);
  }

  private static List<String> notifyEmails(Database db) {
    return db.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT notify_email FROM wish WHERE notify_email IS NOT NULL")
                    .mapTo(String.class)
                    .list());
  }

  /** Ann orders the green kite: the surface shop's month. */
  private static void surfaceMonth(OrderServer server, long ann) {
    kiteOrder(server, ann, "2", "green");
    JsonNode month =
        server
            .get(
                "/api/departments/surface/summary?month=" + YearMonth.now(ZoneOffset.UTC),
                PM,
                Role.PRODUCT_MANAGER)
            .body();
    assertThat(month.get("asked").get("wishes").asLong()).isEqualTo(3);
    assertThat(month.get("asked").get("byChannel").toString())
        .isEqualTo("{\"configurator\":2,\"phone\":1}");
    assertThat(month.get("asked").get("byState").toString()).isEqualTo("{\"met\":3}");
    JsonNode topic = month.get("asked").get("topics").get(0);
    assertThat(topic.get("attribute").asText()).isEqualTo("colour");
    assertThat(topic.get("attributeLabel").get("de").asText()).isEqualTo("Farbe");
    JsonNode changed = month.get("changed").get(1);
    assertThat(changed.get("version").asText()).isEqualTo("2");
    JsonNode added = changed.get("valuesAdded").get(0);
    assertThat(added.get("attribute").asText() + "=" + added.get("value").asText())
        .isEqualTo("colour=green");
    assertThat(added.get("attributeLabel").get("de").asText()).isEqualTo("Farbe");
    assertThat(added.get("valueLabel").get("de").asText()).isEqualTo("Grün");
    JsonNode earned = month.get("earned").get(0);
    assertThat(earned.get("value").get("value").asText()).isEqualTo("green");
    assertThat(earned.get("value").get("valueLabel").get("en").asText()).isEqualTo("Green");
    assertThat(earned.get("orders").asLong()).isEqualTo(1);
    assertThat(earned.get("revenue").asLong()).isEqualTo(2400);
    assertThat(
            server
                .get("/api/departments/surface/summary?month=2020-13", PM, Role.PRODUCT_MANAGER)
                .status())
        .isEqualTo(400);
    assertThat(server.get("/api/departments/surface/summary", STAFF, Role.STAFF).status())
        .isEqualTo(403);
  }

  static long customer(AccountStore accounts, String email) {
    return accounts.create(email, "x", Role.CUSTOMER, Instant.now()).orElseThrow().id();
  }

  private static OrderServer.Answer record(OrderServer server, String json) {
    return server.postAs("/api/feedback/wishes", STAFF, Role.STAFF, json);
  }

  private static OrderServer.Answer triage(OrderServer server, long id, String json, Role role) {
    return server.postAs("/api/wishes/" + id + "/triage", PM, role, json);
  }

  private static List<String> texts(JsonNode inbox) {
    return TestServer.each(inbox.get("wishes"), w -> w.get("text").asText());
  }

  private static List<String> notices(OrderServer server, long account) {
    return TestServer.each(
        server.get("/api/notices", account).body().get("notices"),
        n ->
            "%s @%s %s"
                .formatted(
                    n.get("text").asText(), n.get("version").asText(), n.get("value").asText()));
  }

  private static List<String> outboxWishMet(Database db) {
    return db
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT body FROM outbox_event WHERE type = 'wish.met' ORDER BY pos")
                    .mapTo(String.class)
                    .list())
        .stream()
        .map(b -> json(b).get("data").get("email").asText())
        .toList();
  }

  private static JsonNode json(String text) {
    try {
      return TestServer.JSON.readTree(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static long kiteOrder(OrderServer server, long account, String version, String colour) {
    return StudioCalls.kiteOrder(server, account, version, "diamond", colour, 1).get("id").asLong();
  }
}
