package dev.atelier.server.studio;

import static dev.atelier.server.testing.StudioCalls.KITE_VERSIONS;
import static dev.atelier.server.testing.StudioCalls.PM;
import static dev.atelier.server.testing.StudioCalls.kiteOrder;
import static dev.atelier.server.testing.StudioCalls.pm;
import static dev.atelier.server.testing.StudioCalls.publishFirst;
import static dev.atelier.server.testing.StudioCalls.version;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.result.Deadline;
import dev.atelier.formats.product.DefinitionResult;
import dev.atelier.formats.yaml.NativeFormat;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestKites;
import dev.atelier.server.testing.TestServer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The studio through the API on H2 and PostgreSQL: a product manager starts a draft from the
 * current kite, changes it with the forms, reads its impact (checked against brute force over both
 * versions), publishes it with an end for the old version, places an order on the old version (its
 * own price and parts), rolls back, and reads the audit log. Staff and customers get 403.
 */
class StudioApiTest {

  /** A kite: two shapes, two colours, one part per shape; no rules. */
  static String kite(String version) {
    return String.join(
        "\n",
        "# The studio's test kite",
        TestKites.upToRed(version),
        "      - id: blue",
        "        label: {en: Blue, de: Blau}",
        "components:",
        "  - part: SPAR-D",
        "    label: {en: Diamond spar, de: Rautenstab}",
        "    price: 1.00",
        "    when: shape = diamond",
        "  - part: SPAR-T",
        "    label: {en: Delta spar, de: Deltastab}",
        "    price: 2.00",
        "    when: shape = delta",
        "");
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void draftImpactPublishRollBack(TestDatabases.Kind kind) {
    try (OrderServer server = OrderServer.fresh(kind)) {
      publishFirst(server, "kite", kite("1"));

      // Two open orders on version 1, and a wish for a green kite.
      long delta = order(server, "1", "delta", "red", 2).get("id").asLong();
      order(server, "1", "diamond", "blue", 1);
      assertThat(
              server
                  .post(
                      "/api/wishes",
                      3L,
                      null,
                      "{\"product\":\"kite\",\"version\":\"1\",\"attribute\":\"colour\","
                          + "\"text\":\"A green kite please\"}")
                  .status())
          .isEqualTo(201);

      OrderServer.Answer draft = pm(server, KITE_VERSIONS + "1/drafts", "{\"version\":\"2\"}");
      assertThat(draft.status()).as(draft.text()).isEqualTo(201);
      assertThat(draft.body().get("status").asText()).isEqualTo("draft");
      assertThat(draft.body().get("source").asText()).contains("version: \"2\"", "# The studio");

      assertThat(
              edit(
                      server,
                      "{\"kind\":\"price\",\"attribute\":\"colour\",\"value\":\"blue\","
                          + "\"price\":\"3.00\"}")
                  .status())
          .isEqualTo(200);
      assertThat(
              edit(
                      server,
                      "{\"kind\":\"add-value\",\"attribute\":\"colour\",\"value\":"
                          + "\"green\",\"price\":\"4.00\",\"labels\":{\"en\":\"Green\",\"de\":\"Grün\"}}")
                  .status())
          .isEqualTo(200);
      assertThat(
              edit(
                      server,
                      "{\"kind\":\"label\",\"attribute\":\"colour\",\"value\":\"red\","
                          + "\"labels\":{\"de\":\"Feuerrot\",\"fr\":\"Rouge\"}}")
                  .status())
          .isEqualTo(200);
      OrderServer.Answer retired =
          edit(server, "{\"kind\":\"retire-value\",\"attribute\":\"shape\",\"value\":\"delta\"}");
      assertThat(retired.status()).as(retired.text()).isEqualTo(200);
      String source = retired.body().get("source").asText();
      assertThat(source)
          .contains(
              "- id: blue",
              "price: 3.00",
              "{id: green, label: {en: \"Green\", de: \"Grün\"}," + " price: 4.00}",
              "de: \"Feuerrot\", fr: \"Rouge\"",
              "rule: \"not (shape = delta)\"");
      JsonNode colour = retired.body().get("attributes").get(1);
      assertThat(colour.get("values").get(1).get("price").asText()).isEqualTo("3.00");
      assertThat(
              retired
                  .body()
                  .get("attributes")
                  .get(0)
                  .get("values")
                  .get(1)
                  .get("retired")
                  .asBoolean())
          .isTrue();

      brokenSourceIsPositioned(server, source);
      impactMatchesBruteForce(server, source, delta);

      OrderServer.Answer published =
          pm(server, KITE_VERSIONS + "2/publish", "{\"previousEffectiveTo\":\"2999-01-01\"}");
      assertThat(published.status()).as(published.text()).isEqualTo(200);
      assertThat(published.body().get("current").asText()).isEqualTo("2");
      JsonNode v1 = version(published.body(), "1");
      assertThat(v1.get("status").asText()).isEqualTo("retired");
      assertThat(v1.get("effectiveTo").asText()).isEqualTo("2999-01-01T00:00:00Z");
      assertThat(v1.get("pins").get("openOrders").asLong()).isEqualTo(2);
      // An order whose making has started is still open on its version (it showed in no count).
      server
          .database()
          .jdbi()
          .useHandle(
              h -> h.execute("UPDATE orders SET status = 'in_production' WHERE id = ?", delta));
      JsonNode kite = null;
      for (JsonNode p :
          server.get("/api/studio/products", PM, Role.PRODUCT_MANAGER).body().get("products")) {
        kite = p.get("id").asText().equals("kite") ? p : kite;
      }
      assertThat(kite).isNotNull();
      assertThat(version(kite, "1").get("pins").get("openOrders").asLong()).isEqualTo(2);

      // An order on version 1 after version 2 became current keeps 1's price and parts.
      JsonNode old = order(server, "1", "diamond", "blue", 1);
      assertThat(old.get("version").asText()).isEqualTo("1");
      assertThat(old.get("price").get("unit").asLong()).isEqualTo(2100);
      assertThat(old.get("price").get("lines").toString())
          .contains("SPAR-D")
          .doesNotContain("3.00");
      JsonNode now = order(server, "2", "diamond", "blue", 1);
      assertThat(now.get("price").get("unit").asLong()).isEqualTo(2400);

      OrderServer.Answer back = pm(server, KITE_VERSIONS + "1/rollback", "{}");
      assertThat(back.status()).as(back.text()).isEqualTo(200);
      assertThat(back.body().get("current").asText()).isEqualTo("1");
      assertThat(version(back.body(), "2").get("status").asText()).isEqualTo("retired");
      assertThat(pm(server, KITE_VERSIONS + "1/rollback", "{}").status()).isEqualTo(409);
      assertThat(server.get("/api/products/kite", 3L).body().get("latest").asText()).isEqualTo("1");

      auditLogNamesEveryChange(server);
    }
  }

  private static void brokenSourceIsPositioned(OrderServer server, String source) {
    // A broken source: the check names the line and column; saving it is refused.
    OrderServer.Answer check =
        pm(
            server,
            KITE_VERSIONS + "2/check",
            TestServer.JSON
                .createObjectNode()
                .put("source", source.replace("currency: EUR", "currency: [EUR"))
                .toString());
    assertThat(check.status()).isEqualTo(200);
    assertThat(check.body().get("errors").asInt()).isPositive();
    assertThat(check.body().get("diagnostics").get(0).get("text").asText())
        .startsWith("upload.yaml:6:");
  }

  private static void auditLogNamesEveryChange(OrderServer server) {
    List<String> audit =
        TestServer.each(
            server.get("/api/studio/audit?product=kite", PM, Role.ADMIN).body().get("entries"),
            e ->
                "%s %s by %s"
                    .formatted(
                        e.get("version").asText(),
                        e.get("action").asText(),
                        e.get("actor").asText()));
    assertThat(audit)
        .startsWith(
            "1 rollback by user7@test",
            "2 end by user7@test",
            "1 end by user7@test",
            "2 publish by user7@test");
    assertThat(audit).contains("2 draft by user7@test").hasSize(10);
  }

  private static void impactMatchesBruteForce(OrderServer server, String source, long delta) {
    JsonNode impact = server.get(KITE_VERSIONS + "2/impact", PM, Role.PRODUCT_MANAGER).body();
    assertThat(impact.get("against").asText()).isEqualTo("1");
    assertThat(impact.get("valuesAdded").toString())
        .isEqualTo("[{\"attribute\":\"colour\",\"value\":\"green\"}]");
    assertThat(impact.get("rulesAdded").toString()).isEqualTo("[\"retired-shape-delta\"]");
    BruteForce brute = new BruteForce(kite("1"), source);
    assertThat(impact.get("gained").asText()).isEqualTo(Long.toString(brute.gained.total));
    assertThat(impact.get("lost").asText()).isEqualTo(Long.toString(brute.lost.total));
    assertThat(impact.get("gained").asText()).isEqualTo("1");
    assertThat(impact.get("lost").asText()).isEqualTo("2");
    Map<String, String> perValue = new HashMap<>();
    impact
        .get("perAttribute")
        .forEach(
            v ->
                perValue.put(
                    v.get("attribute").asText() + "=" + v.get("value").asText(),
                    v.get("gained").asText() + "/" + v.get("lost").asText()));
    assertThat(perValue).isEqualTo(brute.perValue());
    JsonNode broken = impact.get("broken");
    assertThat(broken).hasSize(1);
    assertThat(broken.get(0).get("kind").asText()).isEqualTo("order");
    assertThat(broken.get(0).get("id").asLong()).isEqualTo(delta);
    assertThat(broken.get(0).get("repair").toString())
        .isEqualTo("[{\"attribute\":\"shape\",\"from\":\"delta\",\"to\":\"diamond\"}]");
    // The reason by id too, for the studio to name in its language.
    assertThat(broken.get(0).get("causes")).hasSize(1);
    assertThat(broken.get(0).get("causes").get(0).get("kind").asText()).isEqualTo("rule");
    assertThat(broken.get(0).get("causes").get(0).get("rule").asText())
        .isEqualTo("retired-shape-delta");
    assertThat(impact.get("checked").asInt()).isEqualTo(2);
    assertThat(impact.get("wishesMet")).hasSize(1);
    assertThat(impact.get("wishesMet").get(0).get("value").asText()).isEqualTo("colour = green");
    JsonNode prices = impact.get("prices");
    assertThat(prices.get(0).get("ordered").asLong()).isEqualTo(2);
    assertThat(prices.get(0).get("before").asLong()).isEqualTo(2700);
    assertThat(prices.get(0).get("after").isNull()).isTrue();
    assertThat(prices.get(1).get("before").asLong()).isEqualTo(2100);
    assertThat(prices.get(1).get("after").asLong()).isEqualTo(2400);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void onlyProductManagersAndAdminsUseTheStudio(TestDatabases.Kind kind) {
    try (OrderServer server = OrderServer.fresh(kind)) {
      String pizza = "/api/studio/products/pizza/versions/2025.1";
      for (Role role : List.of(Role.STAFF, Role.CUSTOMER)) {
        assertThat(server.get("/api/studio/products", 5L, role).status()).isEqualTo(403);
        assertThat(server.get("/api/studio/audit", 5L, role).status()).isEqualTo(403);
        assertThat(server.postAs(pizza + "/drafts", 5L, role, "{\"version\":\"x\"}").status())
            .isEqualTo(403);
        assertThat(server.postAs(pizza + "/publish", 5L, role, "{}").status()).isEqualTo(403);
        assertThat(server.postAs(pizza + "/edit", 5L, role, "{}").status()).isEqualTo(403);
      }
      assertThat(server.get("/api/studio/products", null).status()).isEqualTo(401);
      assertThat(server.get("/api/studio/products", 5L, Role.ADMIN).status()).isEqualTo(200);
      JsonNode products = server.get("/api/studio/products", 5L, Role.PRODUCT_MANAGER).body();
      assertThat(products.get("products").get(0).get("versions").get(0).get("status").asText())
          .isEqualTo("current");
    }
  }

  private static OrderServer.Answer edit(OrderServer server, String json) {
    OrderServer.Answer a = pm(server, KITE_VERSIONS + "2/edit", json);
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    return a;
  }

  private static JsonNode order(
      OrderServer server, String version, String shape, String colour, int quantity) {
    return kiteOrder(server, 3L, version, shape, colour, quantity);
  }

  /** Every assignment over both versions' values, validated by each compiled model. */
  private static final class BruteForce {
    final Side gained = new Side();
    final Side lost = new Side();

    BruteForce(String oldText, String newText) {
      CompiledModel o = compile(oldText);
      CompiledModel n = compile(newText);
      Map<String, List<String>> domains = new LinkedHashMap<>();
      for (CompiledModel m : List.of(o, n)) {
        m.model()
            .attributes()
            .forEach(
                a ->
                    a.valueIds()
                        .forEach(
                            v -> {
                              List<String> d =
                                  domains.computeIfAbsent(a.id(), k -> new ArrayList<>());
                              if (!d.contains(v)) {
                                d.add(v);
                              }
                            }));
      }
      List<Map<String, String>> all = new ArrayList<>();
      all.add(new LinkedHashMap<>());
      for (Map.Entry<String, List<String>> e : domains.entrySet()) {
        List<Map<String, String>> next = new ArrayList<>();
        for (Map<String, String> c : all) {
          for (String v : e.getValue()) {
            Map<String, String> x = new LinkedHashMap<>(c);
            x.put(e.getKey(), v);
            next.add(x);
          }
        }
        all = next;
      }
      for (Map<String, String> c : all) {
        boolean inOld = valid(o, c);
        boolean inNew = valid(n, c);
        if (inNew && !inOld) {
          gained.add(c);
        }
        if (inOld && !inNew) {
          lost.add(c);
        }
      }
    }

    Map<String, String> perValue() {
      Map<String, String> out = new HashMap<>();
      for (String key : union(gained.byValue.keySet(), lost.byValue.keySet())) {
        out.put(
            key, gained.byValue.getOrDefault(key, 0L) + "/" + lost.byValue.getOrDefault(key, 0L));
      }
      return out;
    }

    private static List<String> union(java.util.Set<String> a, java.util.Set<String> b) {
      java.util.Set<String> u = new java.util.TreeSet<>(a);
      u.addAll(b);
      return List.copyOf(u);
    }

    private static boolean valid(CompiledModel m, Map<String, String> c) {
      for (Map.Entry<String, String> e : c.entrySet()) {
        if (m.model()
            .attribute(e.getKey())
            .map(a -> !a.valueIds().contains(e.getValue()))
            .orElse(true)) {
          return false;
        }
      }
      return m.validate(new Configuration(c)).valid();
    }

    private static CompiledModel compile(String text) {
      DefinitionResult r = NativeFormat.readDefinition(text, "kite.yaml");
      return CompiledModel.compile(
              ((DefinitionResult.Loaded) r).definition().model(), Deadline.inMillis(60_000))
          .orThrow();
    }
  }

  /** Configurations counted in total and per attribute value. */
  private static final class Side {
    long total;
    final Map<String, Long> byValue = new HashMap<>();

    void add(Map<String, String> c) {
      total++;
      c.forEach((a, v) -> byValue.merge(a + "=" + v, 1L, Long::sum));
    }
  }
}
