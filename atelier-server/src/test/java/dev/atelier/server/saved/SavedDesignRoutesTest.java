package dev.atelier.server.saved;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.server.testing.TestServer;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Saving a design and reopening it by its short id, on a real server. */
class SavedDesignRoutesTest {

  @RegisterExtension static final TestServer server = new TestServer();

  private static ObjectNode save(String decisions) {
    return (ObjectNode)
        read(
            "{\"design\":{\"product\":\"bicycle\",\"version\":\"2025.1\",\"decisions\":"
                + decisions
                + "}}");
  }

  private static com.fasterxml.jackson.databind.JsonNode read(String json) {
    try {
      return TestServer.JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  @Test
  void savesNormalizedAndPricedAndReopensByLink() {
    TestServer.Answer saved =
        server.post(
            "/api/saved-designs",
            save(
                "[{\"attribute\":\"frame\",\"value\":\"steel\"},"
                    + "{\"attribute\":\"basket\",\"value\":\"true\"},"
                    + "{\"attribute\":\"frame\",\"value\":\"alu\"}]"));
    assertThat(saved.status()).as(saved.text()).isEqualTo(200);
    String id = saved.body().get("id").asText();
    assertThat(id).matches("[A-Za-z0-9_-]{8}");
    assertThat(saved.body().get("link").asText()).isEqualTo("/d/" + id);
    assertThat(saved.body().get("design").get("decisions")).hasSize(2);
    assertThat(saved.body().get("design").get("decisions").get(1).get("value").asText())
        .isEqualTo("alu");
    ObjectNode price = TestServer.JSON.createObjectNode();
    price.set("design", saved.body().get("design"));
    assertThat(saved.body().get("price"))
        .isEqualTo(server.post("/api/designs/price", price).body());
    assertThat(Instant.parse(saved.body().get("savedAt").asText()))
        .isBeforeOrEqualTo(Instant.now());

    TestServer.Answer reopened = server.get("/api/saved-designs/" + id);
    assertThat(reopened.status()).isEqualTo(200);
    assertThat(reopened.body()).isEqualTo(saved.body());
  }

  @Test
  void refusesInconsistentDesignsAndUnknownIds() {
    TestServer.Answer inconsistent =
        server.post(
            "/api/saved-designs",
            save(
                "[{\"attribute\":\"frame\",\"value\":\"carbon\"},"
                    + "{\"attribute\":\"basket\",\"value\":\"true\"}]"));
    assertThat(inconsistent.status()).isEqualTo(409);
    assertThat(inconsistent.contentType()).startsWith("application/problem+json");

    TestServer.Answer unknownValue =
        server.post("/api/saved-designs", save("[{\"attribute\":\"frame\",\"value\":\"wood\"}]"));
    assertThat(unknownValue.status()).isEqualTo(422);
    assertThat(unknownValue.body().get("field").asText()).isEqualTo("design.decisions[0].value");

    TestServer.Answer missing = server.post("/api/saved-designs", "{}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body().get("field").asText()).isEqualTo("design");

    TestServer.Answer unknown = server.get("/api/saved-designs/nOsUch00");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    assertThat(unknown.body().get("field").asText()).isEqualTo("id");
  }
}
