package dev.atelier.server.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.server.testing.TestServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Print areas through the API: listed with the product, and their rules grey techniques out. */
class PrintAreasApiTest {

  @Test
  void theSneakersListTheirPrintAreasAndAPhotoGreysEmbroideryOutWithTheReason() {
    try (TestServer server = new TestServer()) {
      String version = TestServer.CATALOGUE.current("sneakers").orElseThrow().version();
      JsonNode detail = server.get("/api/products/sneakers/versions/" + version).body();
      JsonNode tongue = detail.get("printAreas").get(0);
      assertThat(tongue.get("id").asText()).isEqualTo("tongue");
      assertThat(tongue.get("label").get("de").asText()).isEqualTo("Zunge");
      assertThat(tongue.get("widthMm").asInt()).isEqualTo(40);
      assertThat(tongue.get("maxColours").get("embroidery").asInt()).isEqualTo(6);
      assertThat(tongue.get("attributes").toString()).contains("tongue_technique", "tongue_photo");

      ObjectNode design =
          CustomerFactsApiTest.design(
              "sneakers", Map.of("tongue_photo", "true", "tongue_colours", "5"));
      JsonNode domains = server.post("/api/designs/domains", design.toString()).body();
      JsonNode technique = null;
      for (JsonNode d : domains.get("attributes")) {
        if (d.get("attribute").asText().equals("tongue_technique")) {
          technique = d;
        }
      }
      assertThat(technique).isNotNull();
      assertThat(technique.get("offered").toString()).isEqualTo("[\"print\"]");
      ObjectNode request = TestServer.JSON.createObjectNode();
      request.set("design", design);
      request.put("attribute", "tongue_technique");
      request.put("value", "embroidery");
      TestServer.Answer why = server.post("/api/designs/explain", request.toString());
      assertThat(why.status()).as(why.text()).isEqualTo(200);
      assertThat(why.body().get("reachable").asBoolean()).isFalse();
      assertThat(why.text()).contains("A photo cannot be embroidered");
    }
  }
}
