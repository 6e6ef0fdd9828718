package dev.atelier.server.catalogue;

import static dev.atelier.server.catalogue.ModelCatalogueTest.kite;
import static dev.atelier.server.catalogue.ModelCatalogueTest.upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.ClassServer;
import dev.atelier.server.testing.TestAccounts;
import dev.atelier.server.testing.TestServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A model without attributes is refused at upload with a 422 naming {@code source}, any format. */
@Tag("slow")
class EmptyModelUploadTest {

  @RegisterExtension static final ClassServer shared = new ClassServer();

  private static final String XCSP3 =
      "<instance format=\"XCSP3\" type=\"CSP\"><variables><var id=\"x0\"> 0..9 </var>"
          + "<var id=\"x1\"> 0..9 </var></variables><constraints><intension> ne(x0,x1)"
          + " </intension></constraints></instance>";

  private static final String YAML =
      String.join(
          "\n",
          "id: hollow",
          "version: \"1\"",
          "label: {en: Hollow}",
          "currency: EUR",
          "basePrice: 0",
          "attributes: []",
          "");

  private static final String JSON =
      "{\"id\":\"hollow\",\"version\":\"2\",\"label\":{\"en\":\"Hollow\"},\"currency\":\"EUR\","
          + "\"basePrice\":0,\"attributes\":[]}";

  @ParameterizedTest
  @CsvSource({"yaml", "json", "xcsp"})
  void emptyModelsAreRefusedNamingSource(String format) {
    String source =
        switch (format) {
          case "yaml" -> YAML;
          case "json" -> JSON;
          default -> XCSP3;
        };
    ObjectNode body = TestServer.JSON.createObjectNode();
    body.put("format", format).put("source", source);
    if (format.equals("xcsp")) {
      body.put("product", "hollowx").put("version", "1");
    }
    TestAccounts.Caller pm = TestAccounts.create(shared.server(), Role.PRODUCT_MANAGER);
    TestServer.Answer a = pm.post("/api/models", body.toString());

    assertThat(a.status()).as(a.text()).isEqualTo(422);
    assertThat(a.contentType()).startsWith("application/problem+json");
    assertThat(a.body().path("field").asText()).isEqualTo("source");
    assertThat(a.body().path("detail").asText())
        .as(a.text())
        .startsWith("upload." + format + ":1:1: ")
        .contains("no attributes");
    String version = format.equals("json") ? "2" : "1";
    String product = format.equals("xcsp") ? "hollowx" : "hollow";
    String stored = "/api/models/" + product + "/versions/" + version;
    assertThat(pm.get(stored).status()).as("nothing stored").isEqualTo(404);
  }

  @Test
  void aModelWithAttributesIsStillAccepted() {
    TestAccounts.Caller pm = TestAccounts.create(shared.server(), Role.PRODUCT_MANAGER);
    TestServer.Answer a = pm.post("/api/models", upload("yaml", kite("1")));
    assertThat(a.status()).as(a.text()).isEqualTo(201);
  }
}
