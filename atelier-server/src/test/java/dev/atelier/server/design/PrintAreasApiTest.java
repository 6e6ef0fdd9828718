package dev.atelier.server.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.testing.TestServer;
import org.junit.jupiter.api.Test;

/** Print areas through the API: listed with the product detail. */
class PrintAreasApiTest {

  @Test
  void theSneakersListTheirPrintAreasWithTheirGeneratedAttributes() {
    try (TestServer server = new TestServer()) {
      String version = TestServer.CATALOGUE.current("sneakers").orElseThrow().version();
      JsonNode detail = server.get("/api/products/sneakers/versions/" + version).body();
      JsonNode tongue = detail.get("printAreas").get(0);
      assertThat(tongue.get("id").asText()).isEqualTo("tongue");
      assertThat(tongue.get("label").get("de").asText()).isEqualTo("Zunge");
      assertThat(tongue.get("widthMm").asInt()).isEqualTo(40);
      assertThat(tongue.get("maxColours").get("embroidery").asInt()).isEqualTo(6);
      assertThat(tongue.get("attributes").toString()).contains("tongue_technique", "tongue_photo");
    }
  }
}
