package dev.atelier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The OpenAPI document matches the routes the server really registered, both ways. */
class OpenApiTest {

  @Test
  void documentsExactlyTheRegisteredRoutes() {
    try (TestServer server = new TestServer()) {
      TestServer.Answer answer = server.get(AtelierApi.OPENAPI_PATH);
      assertThat(answer.status()).isEqualTo(200);
      JsonNode doc = answer.body();
      assertThat(doc.get("openapi").asText()).startsWith("3.1");
      List<String> documented = new ArrayList<>();
      doc.get("paths")
          .properties()
          .forEach(
              p ->
                  p.getValue()
                      .fieldNames()
                      .forEachRemaining(
                          m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
      assertThat(documented).containsExactlyInAnyOrderElementsOf(server.server.registeredRoutes());
      assertThat(documented).hasSizeGreaterThanOrEqualTo(11);
    }
  }

  @Test
  void everySchemaReferenceResolvesAndProblemsAreDocumented() {
    try (TestServer server = new TestServer()) {
      JsonNode doc = server.get(AtelierApi.OPENAPI_PATH).body();
      JsonNode schemas = doc.get("components").get("schemas");
      List<String> refs = new ArrayList<>();
      collectRefs(doc, refs);
      assertThat(refs).isNotEmpty();
      for (String ref : refs) {
        assertThat(schemas.has(ref.substring("#/components/schemas/".length()))).as(ref).isTrue();
      }
      JsonNode decide = doc.get("paths").get("/api/designs/decide").get("post");
      assertThat(decide.get("responses").fieldNames()).toIterable().contains("200", "400", "409");
      assertThat(schemas.get("DecideRequest").get("required")).hasSize(3);
      assertThat(schemas.get("Problem").get("required").toString()).contains("type", "status");
    }
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.has("$ref")) {
      refs.add(node.get("$ref").asText());
    }
    node.forEach(child -> collectRefs(child, refs));
  }
}
