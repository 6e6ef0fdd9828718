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
  void countsAreExactPerValueOnceCompiledAndAddUpPerAttribute() {
    TestServer.Answer answer = server.get("/api/products/pc/versions/2025.1/counts");
    for (int tries = 0; answer.status() == 202 && tries < 100; tries++) {
      assertThat(answer.body().get("status").asText()).isEqualTo("compiling");
      answer = server.get("/api/products/pc/versions/2025.1/counts");
    }
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    JsonNode counts = answer.body();
    assertThat(counts.get("status").asText()).isEqualTo("counted");
    java.math.BigInteger total = new java.math.BigInteger(counts.get("total").asText());
    assertThat(total).isPositive();
    assertThat(counts.get("attributes")).isNotEmpty();
    for (JsonNode a : counts.get("attributes")) {
      java.math.BigInteger sum = java.math.BigInteger.ZERO;
      for (JsonNode v : a.get("values")) {
        sum = sum.add(new java.math.BigInteger(v.get("count").asText()));
      }
      if (a.get("values").size() > 0) {
        assertThat(sum).as(a.get("attribute").asText()).isEqualTo(total);
      }
    }
    assertThat(server.get("/api/products/pc/versions/1999/counts").status()).isEqualTo(404);
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
