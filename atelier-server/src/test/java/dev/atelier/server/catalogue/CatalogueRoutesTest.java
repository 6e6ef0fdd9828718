package dev.atelier.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.formats.demo.Demos;
import dev.atelier.server.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CatalogueRoutesTest {

  @RegisterExtension static final TestServer server = new TestServer();

  @Test
  void listsEveryDemoWithVersionsAndLabelsInLanguages() {
    TestServer.Answer answer = server.get("/api/products");
    assertThat(answer.status()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    for (JsonNode p : answer.body().get("products")) {
      ids.add(p.get("id").asText());
      assertThat(p.get("versions")).isNotEmpty();
      assertThat(p.get("label").get("en").asText()).isNotBlank();
      assertThat(p.get("label").get("de").asText()).isNotBlank();
    }
    assertThat(ids).containsExactlyElementsOf(Demos.NAMES);
  }

  @Test
  void versionHasAttributesValuesPricesRulesAndLayers() {
    JsonNode pc = server.get("/api/products/pc/versions/2025.1").body();
    assertThat(pc.get("currency").asText()).isEqualTo("EUR");
    JsonNode cpu = pc.get("attributes").get(0);
    assertThat(cpu.get("kind").asText()).isEqualTo("enum");
    assertThat(cpu.get("values").get(0).get("price").asLong()).isEqualTo(19_900);
    JsonNode psu = null;
    for (JsonNode a : pc.get("attributes")) {
      if (a.get("id").asText().equals("psu")) {
        psu = a;
      }
    }
    assertThat(psu.get("kind").asText()).isEqualTo("integer");
    assertThat(psu.get("min").asLong()).isEqualTo(450);
    assertThat(pc.get("rules")).isNotEmpty();
    assertThat(pc.get("rules").get(0).get("label").get("en").asText()).isNotBlank();
    JsonNode bicycle = server.get("/api/products/bicycle/versions/2025.1").body();
    assertThat(bicycle.get("presentation").get("layers")).isNotEmpty();
  }

  @Test
  void unknownProductAndVersionAreProblems() {
    TestServer.Answer product = server.get("/api/products/spaceship/versions/1");
    assertThat(product.status()).isEqualTo(404);
    assertThat(product.contentType()).startsWith("application/problem+json");
    assertThat(product.body().get("field").asText()).isEqualTo("product");
    TestServer.Answer version = server.get("/api/products/pc/versions/1999");
    assertThat(version.status()).isEqualTo(404);
    assertThat(version.body().get("field").asText()).isEqualTo("version");
    assertThat(server.get("/api/products/pc").body().get("latest").asText()).isEqualTo("2025.1");
  }
}
