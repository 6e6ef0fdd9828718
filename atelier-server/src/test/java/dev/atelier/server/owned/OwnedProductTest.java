package dev.atelier.server.owned;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.testing.OrderServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The adaptive face through the API on H2 and PostgreSQL: an owner re-adjusts the saddle height of
 * a bought bicycle within what its frame allows, sees the history, is refused outside the solution
 * space and on fixed attributes, and nobody else sees the product.
 */
class OwnedProductTest {

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void ownersReadjustAdaptiveAttributesWithinTheSolutionSpace(TestDatabases.Kind kind) {
    try (OrderServer server = OrderServer.fresh(kind)) {
      long alice = 1;
      long bob = 2;
      JsonNode design = server.completeDesign("bicycle");
      OrderServer.Answer placed =
          server.post("/api/orders", alice, "own-1", OrderServer.orderBody(design, 1));
      assertThat(placed.status()).as(placed.text()).isEqualTo(201);
      long order = placed.body().get("id").asLong();
      int size = placed.body().path("configuration").path("size").asInt();

      OrderServer.Answer owned = server.get("/api/owned/" + order, alice);
      assertThat(owned.status()).as(owned.text()).isEqualTo(200);
      JsonNode saddle = owned.body().get("adaptive").get(0);
      assertThat(saddle.get("attribute").asText()).isEqualTo("saddle_height");
      List<Integer> offered = new ArrayList<>();
      saddle.get("offered").forEach(v -> offered.add(v.asInt()));
      // The frame decides the range: size + 18 to size + 36, in the attribute's steps.
      List<Integer> expected = new ArrayList<>();
      for (int h = 66; h <= 96; h += 2) {
        if (h >= size + 18 && h <= size + 36) {
          expected.add(h);
        }
      }
      assertThat(offered).isEqualTo(expected);
      assertThat(owned.body().get("history")).isEmpty();

      int target = expected.get(expected.size() - 1);
      String from = saddle.get("value").asText();
      OrderServer.Answer adjusted =
          server.post(
              "/api/owned/" + order + "/adjust",
              alice,
              null,
              "{\"attribute\":\"saddle_height\",\"value\":\"" + target + "\"}");
      assertThat(adjusted.status()).as(adjusted.text()).isEqualTo(200);
      assertThat(adjusted.body().path("configuration").path("saddle_height").asInt())
          .isEqualTo(target);
      JsonNode step = adjusted.body().get("history").get(0);
      assertThat(step.get("from").asText()).isEqualTo(from);
      assertThat(step.get("to").asInt()).isEqualTo(target);

      int outside = size + 38 <= 96 ? size + 38 : size + 16;
      OrderServer.Answer refused =
          server.post(
              "/api/owned/" + order + "/adjust",
              alice,
              null,
              "{\"attribute\":\"saddle_height\",\"value\":\"" + outside + "\"}");
      assertThat(refused.status()).as(refused.text()).isEqualTo(409);
      assertThat(refused.body().get("detail").asText()).contains("saddle height suits the frame");

      OrderServer.Answer fixed =
          server.post(
              "/api/owned/" + order + "/adjust",
              alice,
              null,
              "{\"attribute\":\"frame\",\"value\":\"carbon\"}");
      assertThat(fixed.status()).isEqualTo(422);
      assertThat(fixed.body().get("field").asText()).isEqualTo("attribute");

      assertThat(server.get("/api/owned/" + order, bob).status()).isEqualTo(404);
      assertThat(
              server
                  .post(
                      "/api/owned/" + order + "/adjust",
                      bob,
                      null,
                      "{\"attribute\":\"saddle_height\",\"value\":\"" + target + "\"}")
                  .status())
          .isEqualTo(404);
      assertThat(server.get("/api/owned/" + order, null).status()).isEqualTo(401);
      // No new order came of it.
      assertThat(server.get("/api/orders", alice).body().path("orders").size()).isEqualTo(1);
    }
  }
}
