package dev.atelier.server.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.server.analytics.DesignEventRecorder;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.designevents.DesignEventStore;
import dev.atelier.server.designevents.EventKind;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.HeaderAccounts;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestAccounts;
import dev.atelier.server.testing.TestServer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Canonical values, on H2 and PostgreSQL (issue 13, item 4): integers sent as {@code "0060"},
 * {@code "+0078"} or with 300 leading zeros are accepted and stored as {@code "60"}, {@code "78"}
 * in orders, their events, saved designs, owned products, profiles and design events; a value too
 * long for its column is a 422 naming the field, never a 500.
 */
class InputValuesTest {

  private static final long ALICE = 1;

  private static final String ZEROS = "0".repeat(300);

  /**
   * Longer than any run of zeros in the random UUIDs and timestamps the stored bodies also carry,
   * much shorter than the padding sent.
   */
  private static final String ZERO_RUN = "0".repeat(16);

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void integersAreStoredCanonicalInOrdersTheirEventsAndOwnedProducts(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind);
        OrderServer server = new OrderServer(db)) {
      JsonNode design = server.completeDesign("bicycle");
      String size = value(design, "size");
      String saddle = value(design, "saddle_height");
      setValue(design, "size", "+00" + size);
      setValue(design, "saddle_height", ZEROS + saddle);
      OrderServer.Answer placed =
          server.post("/api/orders", ALICE, "c-1", OrderServer.orderBody(design, 1));
      assertThat(placed.status()).as(placed.text()).isEqualTo(201);
      assertThat(value(placed.body().get("design"), "size")).isEqualTo(size);
      assertThat(value(placed.body().get("design"), "saddle_height")).isEqualTo(saddle);
      long id = placed.body().get("id").asLong();
      String stored = text(db, "SELECT design FROM orders WHERE id = " + id);
      assertThat(stored)
          .contains("\"" + size + "\"")
          .doesNotContain("+00")
          .doesNotContain(ZERO_RUN);
      String event = text(db, "SELECT body FROM outbox_event WHERE type = 'order.placed'");
      assertThat(event).doesNotContain("+00").doesNotContain(ZERO_RUN);
      assertThat(server.get("/api/orders/" + id + "/reconfigure", ALICE).text())
          .doesNotContain(ZERO_RUN);

      ObjectNode save = TestServer.JSON.createObjectNode();
      save.set("design", design);
      OrderServer.Answer saved = server.post("/api/saved-designs", ALICE, null, save.toString());
      assertThat(saved.status()).as(saved.text()).isIn(200, 201);
      assertThat(text(db, "SELECT decisions FROM saved_designs"))
          .contains("\"" + saddle + "\"")
          .doesNotContain(ZERO_RUN);

      JsonNode offered =
          server.get("/api/owned/" + id, ALICE).body().get("adaptive").get(0).get("offered");
      String target = offered.get(offered.size() - 1).asText();
      OrderServer.Answer adjusted =
          server.post(
              "/api/owned/" + id + "/adjust",
              ALICE,
              null,
              "{\"attribute\":\"saddle_height\",\"value\":\"+" + ZEROS + target + "\"}");
      assertThat(adjusted.status()).as(adjusted.text()).isEqualTo(200);
      assertThat(text(db, "SELECT new_value FROM owned_adjustments")).isEqualTo(target);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void theProfileStoresCanonicalValuesAndRefusesWhatDoesNotFit(TestDatabases.Kind kind) {
    try (TestServer server = TestServer.withAccounts(kind)) {
      TestAccounts.Caller customer = TestAccounts.create(server, Role.CUSTOMER);
      TestServer.Answer saved =
          customer.put(
              "/api/profile",
              "{\"products\":{\"jeans\":{\"waist\":\""
                  + ZEROS
                  + "84\",\"hip\":\"+0090\",\"inseam\":\"0078\"}}}");
      assertThat(saved.status()).as(saved.text()).isEqualTo(200);
      JsonNode jeans = customer.get("/api/profile").body().get("products").get("jeans");
      assertThat(jeans.get("waist").asText()).isEqualTo("84");
      assertThat(jeans.get("hip").asText()).isEqualTo("90");
      assertThat(jeans.get("inseam").asText()).isEqualTo("78");

      String long300 = "x".repeat(300);
      for (String[] c :
          new String[][] {
            {"{\"jeans\":{\"fit\":\"" + long300 + "\"}}", "products.jeans.fit"},
            {"{\"jeans\":{\"" + long300 + "\":\"1\"}}", "products.jeans." + long300},
            {"{\"" + long300 + "\":{}}", "products." + long300},
            {"{\"jeans\":{\"waist\":\"1" + ZEROS + "\"}}", "products.jeans.waist"}
          }) {
        TestServer.Answer refused = customer.put("/api/profile", "{\"products\":" + c[0] + "}");
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.body().get("field").asText()).isEqualTo(c[1]);
      }
      assertThat(customer.get("/api/profile").body().get("products").get("jeans").get("waist"))
          .isEqualTo(jeans.get("waist"));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void designEventsRecordTheCanonicalValue(TestDatabases.Kind kind) {
    Database db = TestDatabases.fresh(kind);
    DesignEventStore store = new DesignEventStore(db);
    try (DesignEventRecorder recorder = new DesignEventRecorder(store, 100);
        TestServer server =
            new TestServer(TestServer.CATALOGUE, db, HeaderAccounts.BY_HEADER, recorder)) {
      String design = "{\"product\":\"bicycle\",\"version\":\"2025.1\",\"decisions\":[]}";
      TestServer.Answer decided =
          server.postWith(
              "/api/designs/decide",
              "{\"design\":" + design + ",\"attribute\":\"size\",\"value\":\"" + ZEROS + "52\"}",
              DesignOrigin.HEADER,
              "canonical-session");
      assertThat(decided.status()).as(decided.text()).isEqualTo(200);
      TestServer.Answer reported =
          server.post(
              "/api/design-events",
              "{\"session\":\"canonical-session\",\"events\":[{\"kind\":\"repair-rejected\","
                  + "\"product\":\"bicycle\",\"version\":\"2025.1\",\"attribute\":\"size\","
                  + "\"value\":\"+0054\"}]}");
      assertThat(reported.status()).as(reported.text()).isEqualTo(202);
      assertThat(reported.body().get("accepted").asInt()).isEqualTo(1);
      recorder.flush();
      assertThat(recorder.failed()).isZero();
      List<DesignEventStore.ValueCount> counts = store.valueCounts("bicycle", "2025.1");
      assertThat(counts)
          .containsExactlyInAnyOrder(
              new DesignEventStore.ValueCount(EventKind.DECISION, "size", "52", 1),
              new DesignEventStore.ValueCount(EventKind.REPAIR_REJECTED, "size", "54", 1));
    }
  }

  static String value(JsonNode design, String attribute) {
    for (JsonNode d : design.get("decisions")) {
      if (d.get("attribute").asText().equals(attribute)) {
        return d.get("value").asText();
      }
    }
    throw new AssertionError("no decision of " + attribute + " in " + design);
  }

  private static void setValue(JsonNode design, String attribute, String value) {
    for (JsonNode d : design.get("decisions")) {
      if (d.get("attribute").asText().equals(attribute)) {
        ((ObjectNode) d).put("value", value);
      }
    }
  }

  private static String text(Database db, String sql) {
    return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
  }
}
