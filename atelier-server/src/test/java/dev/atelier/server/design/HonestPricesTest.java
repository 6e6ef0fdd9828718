package dev.atelier.server.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Objective;
import dev.atelier.server.ServerOptions;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.testing.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Honest prices through the API: "from" is the cheapest complete product, options and repairs say
 * what they change the total by, the cheapest repair comes first, and values the model does not
 * offer by default are avoided.
 */
class HonestPricesTest {

  private static TestServer server;

  @BeforeAll
  static void start() {
    // Prices and priced repairs take one optimal completion each: milliseconds on a quiet machine;
    // a generous budget keeps their answers whole on a loaded one (CI, parallel builds).
    server = new TestServer(ServerOptions.defaults(0).withEngineBudget(Duration.ofSeconds(30)));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String version(String product) {
    return TestServer.CATALOGUE.current(product).orElseThrow().version();
  }

  private static String design(String product, String decisions) {
    return "{\"product\":\""
        + product
        + "\",\"version\":\""
        + version(product)
        + "\",\"decisions\":["
        + decisions
        + "]}";
  }

  /**
   * A bicycle design with the rider's facts given (178 cm, inside leg 82 cm) and {@code decisions}:
   * completion and proposals never decide a fact.
   */
  private static String bike(String decisions) {
    return design(
        "bicycle",
        "{\"attribute\":\"rider_height\",\"value\":\"178\"},"
            + "{\"attribute\":\"inside_leg\",\"value\":\"82\"}"
            + (decisions.isEmpty() ? "" : "," + decisions));
  }

  @Test
  void fromPriceIsTheCheapestCompleteTotalOfEveryDemo() {
    for (String product : TestServer.CATALOGUE.productIds()) {
      ProductVersion pv = TestServer.CATALOGUE.current(product).orElseThrow();
      TestServer.Answer a =
          server.get("/api/products/" + product + "/versions/" + pv.version() + "/from-price");
      assertThat(a.status()).as(a.text()).isEqualTo(200);
      long expected =
          ConfigurationSession.start(pv.compiled())
              .optimumOverAllFacts(
                  Objective.cheapestAvoiding(pv.definition().avoidByDefault()),
                  Deadline.inMillis(30_000))
              .orThrow()
              .price()
              .total();
      assertThat(a.body().path("fromPrice").asLong()).as(product).isEqualTo(expected);
      Map<String, String> values = new HashMap<>();
      a.body()
          .path("configuration")
          .properties()
          .forEach(e -> values.put(e.getKey(), e.getValue().asText()));
      Configuration c = new Configuration(values);
      assertThat(pv.compiled().validate(c).valid()).as(product).isTrue();
      assertThat(pv.compiled().price(c).total()).isEqualTo(expected);
      assertThat(expected).as(product).isGreaterThanOrEqualTo(pv.model().basePrice());
    }
    // Independently: every bicycle with a saddle, enumerated; the cheapest is €589.00 (city, steel,
    // hub gears, rim brakes, comfort saddle, with bell, dynamo light and kickstand).
    ProductVersion bicycle = TestServer.CATALOGUE.current("bicycle").orElseThrow();
    assertThat(cheapestByEnumeration(bicycle)).isEqualTo(58_900);
    assertThat(
            server
                .get("/api/products/bicycle/versions/" + version("bicycle") + "/from-price")
                .body()
                .path("fromPrice")
                .asLong())
        .isEqualTo(58_900);
  }

  private static long cheapestByEnumeration(ProductVersion pv) {
    // The rider's facts last: they follow from the frame size here (any rider prices the same).
    List<Attribute> attributes = new ArrayList<>();
    pv.model().attributes().stream()
        .filter(a -> !pv.model().isFact(a.id()))
        .forEach(attributes::add);
    pv.model().attributes().stream()
        .filter(a -> pv.model().isFact(a.id()))
        .forEach(attributes::add);
    long[] best = {Long.MAX_VALUE};
    enumerate(pv, attributes, 0, new LinkedHashMap<>(), best);
    return best[0];
  }

  private static void enumerate(
      ProductVersion pv,
      List<Attribute> attributes,
      int i,
      Map<String, String> values,
      long[] best) {
    if (i == attributes.size()) {
      Configuration c = new Configuration(values);
      if (pv.compiled().validate(c).valid()) {
        best[0] = Math.min(best[0], pv.compiled().price(c).total());
      }
      return;
    }
    Attribute a = attributes.get(i);
    // saddle_height depends only on size: any fitting height prices the same, take the lowest.
    // A rider 175 cm tall with an inside leg of 66 + 3 × (size − 48) cm (at most 100) gets that
    // frame size.
    List<String> ids =
        switch (a.id()) {
          case "saddle_height" ->
              List.of(String.valueOf(Integer.parseInt(values.get("size")) + 18));
          case "rider_height" -> List.of("175");
          case "inside_leg" ->
              List.of(
                  String.valueOf(
                      Math.min(100, 66 + 3 * (Integer.parseInt(values.get("size")) - 48))));
          default -> a.valueIds();
        };
    for (String v : ids) {
      values.put(a.id(), v);
      enumerate(pv, attributes, i + 1, values, best);
    }
    values.remove(a.id()); // the saddle is not offered unset by default: never left out here
  }

  @Test
  void everyOptionSaysWhatItChangesTheCheapestTotalBy() {
    TestServer.Answer a = server.post("/api/designs/option-prices", design("bicycle", ""));
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    JsonNode body = a.body();
    assertThat(body.path("cheapest").asLong()).isEqualTo(58_900);
    assertThat(body.path("complete").asBoolean()).isTrue();
    Map<String, Long> delta = new HashMap<>();
    body.path("options")
        .forEach(
            o ->
                delta.put(
                    o.path("attribute").asText() + "=" + o.path("value").asText(),
                    o.path("delta").asLong()));
    // Sport pulls in an aluminium frame (+€100) and drops the light and kickstand (−€60): +€40.
    assertThat(delta).containsEntry("usage=sport", 4_000L);
    // Carbon (+€600) pulls in 8-speed gears (+€50) and mechanical discs (+€60); the cheapest use
    // with it is sport, without light and kickstand (−€60): +€650.
    assertThat(delta).containsEntry("frame=carbon", 65_000L);
    assertThat(delta).containsEntry("basket=true", 3_000L);
    assertThat(delta).containsEntry("saddle=racing", 2_000L);
    assertThat(delta).containsEntry("saddle=~", -2_500L);
    // 11-speed (+€120) needs hydraulic discs (+€140), which steel frames cannot mount (alu +€100);
    // sport then drops light and kickstand (−€60): +€300.
    assertThat(delta).containsEntry("gears=11", 30_000L);

    TestServer.Answer decided =
        server.post(
            "/api/designs/option-prices",
            design("bicycle", "{\"attribute\":\"frame\",\"value\":\"carbon\"}"));
    Map<String, Long> after = new HashMap<>();
    decided
        .body()
        .path("options")
        .forEach(
            o ->
                after.put(
                    o.path("attribute").asText() + "=" + o.path("value").asText(),
                    o.path("delta").asLong()));
    assertThat(decided.body().path("cheapest").asLong()).isEqualTo(123_900);
    assertThat(after).containsEntry("frame=carbon", 0L).containsEntry("frame=steel", -65_000L);
    assertThat(after).doesNotContainKey("basket=true"); // refused with carbon
  }

  @Test
  void theCheapestRepairComesFirstAndShowsItsPriceBeforeAndAfter() {
    String hub = design("bicycle", "{\"attribute\":\"gears\",\"value\":\"3\"}");
    TestServer.Answer why =
        server.post(
            "/api/designs/explain",
            "{\"design\":" + hub + ",\"attribute\":\"frame\",\"value\":\"carbon\"}");
    assertThat(why.status()).as(why.text()).isEqualTo(200);
    JsonNode repair = why.body().path("repair");
    Map<String, String> to = new HashMap<>();
    repair.forEach(s -> to.put(s.path("attribute").asText(), s.path("newValue").asText()));
    assertThat(to).containsEntry("frame", "carbon").containsEntry("gears", "8");

    TestServer.Answer price =
        server.post(
            "/api/designs/repair-price", "{\"design\":" + hub + ",\"repair\":" + repair + "}");
    assertThat(price.status()).as(price.text()).isEqualTo(200);
    assertThat(price.body().path("before").asLong()).isEqualTo(58_900);
    assertThat(price.body().path("after").asLong()).isEqualTo(123_900);
    assertThat(price.body().path("delta").asLong()).isEqualTo(65_000);

    // The same through a refused decision (409 with the explanation).
    TestServer.Answer refused =
        server.post(
            "/api/designs/decide",
            "{\"design\":" + hub + ",\"attribute\":\"frame\",\"value\":\"carbon\"}");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body().path("explanation").path("repair").toString()).contains("\"8\"");
  }

  @Test
  void pricedTextAttributesSayWhatGivingATextChangesTheTotalBy() {
    TestServer.Answer a = server.post("/api/designs/option-prices", design("sneakers", ""));
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    Map<String, Long> delta = new HashMap<>();
    a.body()
        .path("options")
        .forEach(
            o ->
                delta.put(
                    o.path("attribute").asText() + "=" + o.path("value").asText(),
                    o.path("delta").asLong()));
    // A monogram costs €12.00 (its position is free); a gift note €2.00 and needs the gift box
    // (+€9.00).
    assertThat(delta).containsEntry("monogram=given", 1_200L).containsEntry("monogram=~", 0L);
    assertThat(delta).containsEntry("gift_note=given", 1_100L);
  }

  @Test
  void severalMinimalRepairsArePricedTheCheapestFirst() {
    // Aluminium, hub gears, hydraulic discs: carbon needs derailleur gears. The 8-speed (+€50)
    // comes before the 11-speed (+€120), each with the cheapest total before and after.
    String hub =
        design(
            "bicycle",
            "{\"attribute\":\"frame\",\"value\":\"alu\"},"
                + "{\"attribute\":\"gears\",\"value\":\"3\"},"
                + "{\"attribute\":\"brakes\",\"value\":\"disc-hydraulic\"}");
    String wanted = "{\"design\":" + hub + ",\"attribute\":\"frame\",\"value\":\"carbon\"}";
    TestServer.Answer why = server.post("/api/designs/explain", wanted);
    assertThat(why.status()).as(why.text()).isEqualTo(200);
    JsonNode repairs = why.body().path("repairs");
    assertThat(repairs.size()).as(why.text()).isEqualTo(2);
    assertThat(newValues(repairs.get(0)))
        .containsEntry("frame", "carbon")
        .containsEntry("gears", "8");
    assertThat(newValues(repairs.get(1)))
        .containsEntry("frame", "carbon")
        .containsEntry("gears", "11");
    // Sport, aluminium, hydraulic discs, comfort saddle and bell: €769.00.
    assertThat(repairs.get(0).path("before").asLong()).isEqualTo(76_900);
    assertThat(repairs.get(0).path("after").asLong()).isEqualTo(131_900);
    assertThat(repairs.get(0).path("delta").asLong()).isEqualTo(55_000);
    assertThat(repairs.get(1).path("after").asLong()).isEqualTo(138_900);
    assertThat(repairs.get(1).path("delta").asLong()).isEqualTo(62_000);
    assertThat(repairs.get(1).path("currency").asText()).isEqualTo("EUR");
    // The one repair of the explanation is the cheapest; each priced repair prices as it says.
    assertThat(newValues(why.body())).containsEntry("gears", "8");
    for (JsonNode r : repairs) {
      TestServer.Answer price =
          server.post(
              "/api/designs/repair-price",
              "{\"design\":" + hub + ",\"repair\":" + r.path("repair") + "}");
      assertThat(price.body().path("after").asLong()).isEqualTo(r.path("after").asLong());
    }
    // The same on a refused decision (409).
    TestServer.Answer refused = server.post("/api/designs/decide", wanted);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body().path("explanation").path("repairs")).isEqualTo(repairs);
  }

  private static Map<String, String> newValues(JsonNode withRepair) {
    Map<String, String> to = new HashMap<>();
    withRepair
        .path("repair")
        .forEach(s -> to.put(s.path("attribute").asText(), s.path("newValue").asText()));
    return to;
  }

  @Test
  void completionAndProposalsAvoidWhatIsNotOfferedByDefaultUnlessChosen() {
    TestServer.Answer c = server.completeCheapest(bike(""));
    assertThat(c.body().path("configuration").path("saddle").asText()).isEqualTo("comfort");
    TestServer.Answer chosen =
        server.completeCheapest(bike("{\"attribute\":\"saddle\",\"value\":\"~\"}"));
    assertThat(chosen.body().path("configuration").has("saddle")).isFalse();
    assertThat(chosen.body().path("price").path("total").asLong()).isEqualTo(56_400);

    TestServer.Answer proposals =
        server.post(
            "/api/designs/propose",
            "{\"design\":"
                + bike("")
                + ",\"answers\":[{\"question\":\"priority\",\"answer\":\"price\"}]}");
    assertThat(proposals.status()).as(proposals.text()).isEqualTo(200);
    proposals
        .body()
        .path("proposals")
        .forEach(p -> assertThat(p.path("design").path("configuration").has("saddle")).isTrue());
  }

  @Test
  void proposalsDifferInTwoAttributesThatMatterToTheNeedsAndSayHow() {
    String body =
        "{\"design\":"
            + bike("")
            + ",\"answers\":[{\"question\":\"riding\",\"answer\":\"city\"},"
            + "{\"question\":\"priority\",\"answer\":\"light\"}]}";
    TestServer.Answer a = server.post("/api/designs/propose", body);
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    JsonNode proposals = a.body().path("proposals");
    assertThat(proposals.size()).isEqualTo(3);
    List<String> relevant = List.of("usage", "basket", "frame");
    for (int i = 0; i < proposals.size(); i++) {
      for (int j = i + 1; j < proposals.size(); j++) {
        JsonNode x = proposals.get(i).path("design").path("configuration");
        JsonNode y = proposals.get(j).path("design").path("configuration");
        long differing =
            relevant.stream()
                .filter(r -> !x.path(r).asText("~").equals(y.path(r).asText("~")))
                .count();
        assertThat(differing)
            .as("proposals %d and %d: %s / %s", i + 1, j + 1, x, y)
            .isGreaterThanOrEqualTo(2);
      }
    }
    assertThat(proposals.get(0).path("differs").size()).isZero();
    for (int i = 1; i < proposals.size(); i++) {
      JsonNode p = proposals.get(i);
      assertThat(p.path("differs").size()).isGreaterThanOrEqualTo(2);
      long delta =
          p.path("design").path("price").path("total").asLong()
              - proposals.get(0).path("design").path("price").path("total").asLong();
      assertThat(p.path("priceDelta").asLong()).isEqualTo(delta);
    }
  }
}
