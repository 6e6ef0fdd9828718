package dev.atelier.server.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestServer;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Texts at the edge, on H2 and PostgreSQL (issue 13, items 2 and 8): malformed Unicode anywhere in
 * a request and control, bidirectional and invisible characters in personalization texts are
 * refused with 422 naming the field before anything is written; one key never stands for two
 * requests; a stored order whose text is no longer acceptable is refused on reorder, never a 500.
 */
class InputTextsTest {

  private static final long ALICE = 1;

  /** JSON string escapes as a client sends them (the Java text holds the backslashes). */
  private static final String LONE_HIGH = "a\\ud800b";

  private static final String LONE_LOW = "a\\udfffb";

  /** One server per database: each step below starts from the state the one before left. */
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void textsAreCheckedAtTheEdgeBeforeAnythingIsWritten(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind);
        OrderServer server = new OrderServer(db)) {
      JsonNode design = server.sneakersWithText("gift_note");
      malformedUnicodeIsRefusedAndOneKeyNeverStandsForTwoRequests(db, server, design);
      controlBidiAndInvisibleCharactersInTextsAre422NamingTheField(db, server, design);
      aStoredOrderWithAnUnacceptableTextIsRefusedOnReorderNotA500(db, server, design);
      wishesAreRefusedWithBidiOrInvisibleCharactersAndKeepLineBreaks(db, server);
    }
  }

  private static void malformedUnicodeIsRefusedAndOneKeyNeverStandsForTwoRequests(
      Database db, OrderServer server, JsonNode design) {
    String bad = orderWithNote(design, LONE_HIGH);
    for (int attempt = 0; attempt < 2; attempt++) {
      OrderServer.Answer refused = server.post("/api/orders", ALICE, "k-1", bad);
      assertThat(refused.status()).as(refused.text()).isEqualTo(422);
      assertThat(refused.body().path("type").asText()).isEqualTo("/problems/malformed-text");
      assertThat(refused.body().path("field").asText()).isEqualTo("texts.gift_note");
    }
    String badName = bad.replace("\"texts\":{\"gift_note\"", "\"texts\":{\"gift\\udc00note\"");
    OrderServer.Answer name = server.post("/api/orders", ALICE, "k-2", badName);
    assertThat(name.status()).as(name.text()).isEqualTo(422);
    assertThat(name.body().path("field").asText()).isEqualTo("texts");
    String badDesign =
        bad.replace(LONE_HIGH, "hello").replace("\"sneakers\"", "\"sneak\\ud83ders\"");
    assertThat(server.post("/api/orders", ALICE, "k-3", badDesign).body().path("field").asText())
        .isEqualTo("design.product");
    assertThat(OrderFlowTest.orders(db)).isZero();
    assertThat(keys(db)).isZero();

    // "a?b" and then "a\udfffb" under one key: the second is refused, not answered the first.
    OrderServer.Answer placed =
        server.post("/api/orders", ALICE, "k-4", orderWithNote(design, "a?b"));
    assertThat(placed.status()).as(placed.text()).isEqualTo(201);
    OrderServer.Answer other =
        server.post("/api/orders", ALICE, "k-4", orderWithNote(design, LONE_LOW));
    assertThat(other.status()).as(other.text()).isEqualTo(422);
    assertThat(other.body().path("type").asText()).isEqualTo("/problems/malformed-text");
    assertThat(OrderFlowTest.orders(db)).isEqualTo(1);
    assertThat(keys(db)).isEqualTo(1);
  }

  private static void controlBidiAndInvisibleCharactersInTextsAre422NamingTheField(
      Database db, OrderServer server, JsonNode design) {
    SoftAssertions soft = new SoftAssertions();
    int key = 0;
    for (String text :
        new String[] {
          "a\u0007b", "a\nb", "a\u202Eb", "a\u2066b", "a\u200Bb", "a\u200Db", "a\u2060b", "\uFEFFab"
        }) {
      String body = orderWithNote(design, text);
      OrderServer.Answer a = server.post("/api/orders", ALICE, "t-" + key++, body);
      soft.assertThat(a.status()).as(body).isEqualTo(422);
      soft.assertThat(a.body().path("field").asText()).as(body).isEqualTo("texts.gift_note");
      soft.assertThat(a.body().path("detail").asText()).as(body).contains("U+");
    }
    soft.assertAll();
    assertThat(OrderFlowTest.orders(db)).isEqualTo(1);
    // Emoji and accents are plain text, counted as characters.
    OrderServer.Answer fine =
        server.post("/api/orders", ALICE, "t-ok", orderWithNote(design, "Für dich \uD83C\uDF81"));
    assertThat(fine.status()).as(fine.text()).isEqualTo(201);
  }

  private static void aStoredOrderWithAnUnacceptableTextIsRefusedOnReorderNotA500(
      Database db, OrderServer server, JsonNode design) {
    long before = OrderFlowTest.orders(db);
    OrderServer.Answer placed =
        server.post("/api/orders", ALICE, "r-1", orderWithNote(design, "hello"));
    assertThat(placed.status()).as(placed.text()).isEqualTo(201);
    long id = placed.body().get("id").asLong();
    String[] texts = {"a\\ud800b", "a\u202Eb"};
    for (int i = 0; i < texts.length; i++) {
      String stored = texts[i];
      // As an order stored before these checks may hold it (the JSON text escapes the surrogate).
      db.jdbi()
          .useHandle(
              h ->
                  h.execute(
                      "UPDATE orders SET texts = ? WHERE id = ?",
                      "{\"gift_note\":\"" + stored + "\"}",
                      id));
      OrderServer.Answer reorder =
          server.post("/api/orders/" + id + "/reorder", ALICE, "r-" + (i + 2), "{}");
      assertThat(reorder.status()).as(reorder.text()).isEqualTo(422);
      assertThat(reorder.body().path("field").asText()).isEqualTo("texts.gift_note");
      OrderServer.Answer shown = server.get("/api/orders/" + id, ALICE);
      assertThat(shown.status()).as(shown.text()).isEqualTo(200);
    }
    assertThat(OrderFlowTest.orders(db)).isEqualTo(before + 1);
  }

  private static void wishesAreRefusedWithBidiOrInvisibleCharactersAndKeepLineBreaks(
      Database db, OrderServer server) {
    String version = TestServer.CATALOGUE.current("sneakers").orElseThrow().version();
    for (String text : new String[] {"more \u202Ecolours", "more\u200Bcolours", "a\u0000b"}) {
      OrderServer.Answer a = server.post("/api/wishes", ALICE, null, wish(version, text));
      assertThat(a.status()).as(a.text()).isEqualTo(422);
      assertThat(a.body().path("field").asText()).isEqualTo("text");
    }
    assertThat(count(db, "SELECT COUNT(*) FROM wish")).isZero();
    OrderServer.Answer fine =
        server.post("/api/wishes", ALICE, null, wish(version, "more colours,\nplease"));
    assertThat(fine.status()).as(fine.text()).isEqualTo(201);
  }

  private static String wish(String version, String text) {
    return TestServer.JSON
        .createObjectNode()
        .put("product", "sneakers")
        .put("version", version)
        .put("text", text)
        .toString();
  }

  /**
   * An order body of {@code design} whose gift note is {@code note} as JSON text (escapes kept).
   */
  private static String orderWithNote(JsonNode design, String note) {
    String placeholder = "NOTE-PLACEHOLDER";
    return OrderServer.orderBody(design, 1, Map.of("gift_note", placeholder))
        .replace(placeholder, note.replace("\n", "\\n").replace("\u0007", "\\u0007"));
  }

  private static long keys(Database db) {
    return count(db, "SELECT COUNT(*) FROM order_idempotency_keys");
  }

  static long count(Database db, String sql) {
    return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }
}
