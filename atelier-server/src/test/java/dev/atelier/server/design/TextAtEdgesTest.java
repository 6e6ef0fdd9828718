package dev.atelier.server.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.testing.ClassServer;
import dev.atelier.server.testing.TestServer;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A placed text's centre ({@link TextAt} x and y) attacked over the wire: a string ("20" was read
 * as 20), a boolean, "NaN", "Infinity", a number past the declared range (0 to 1000 mm) or outside
 * the area's safe rectangle are each refused naming {@code artwork.heel.text.x} or {@code .y}; the
 * declared range is in the OpenAPI document. Slow: a server for the class (about 50 s on a loaded
 * machine).
 */
@Tag("slow")
class TextAtEdgesTest {

  @RegisterExtension static final ClassServer shared = new ClassServer();

  private static TestServer.Answer complete(String x, String y) {
    String version = TestServer.CATALOGUE.current("sneakers").orElseThrow().version();
    return shared
        .server()
        .post(
            "/api/designs/complete",
            "{\"design\":{\"product\":\"sneakers\",\"version\":\""
                + version
                + "\",\"decisions\":[{\"attribute\":\"size\",\"value\":\"42\"}]},"
                + "\"objective\":\"cheapest\",\"artwork\":{\"heel\":{\"text\":{\"x\":"
                + x
                + ",\"y\":"
                + y
                + "}}}}");
  }

  @Test
  void aCentreThatIsNoNumberInRangeIsRefusedNamingItsAxis() {
    assertThat(complete("20", "10").status()).isEqualTo(200);
    SoftAssertions soft = new SoftAssertions();
    List<String> notNumbers = List.of("\"20\"", "\"\"", "true", "null", "[20]", "{}");
    for (String bad : notNumbers) {
      TestServer.Answer a = complete(bad, "10");
      soft.assertThat(a.status()).as(bad + " " + a.text()).isEqualTo(400);
      soft.assertThat(a.body().path("field").asText()).as(bad).isEqualTo("artwork.heel.text.x");
    }
    TestServer.Answer string = complete("20", "\"10\"");
    soft.assertThat(string.body().path("field").asText()).isEqualTo("artwork.heel.text.y");
    soft.assertThat(string.body().path("detail").asText()).contains("from 0 to 1000");
    List<String> outOfRange =
        List.of("\"NaN\"", "\"Infinity\"", "1e400", "-1e400", "-1", "1001", "1e9", "59", "1.5");
    for (String bad : outOfRange) {
      TestServer.Answer a = complete(bad, "10");
      soft.assertThat(a.status()).as(bad + " " + a.text()).isEqualTo(422);
      soft.assertThat(a.body().path("field").asText()).as(bad).isEqualTo("artwork.heel.text.x");
      soft.assertThat(a.body().path("type").asText()).as(bad).isEqualTo("/problems/out-of-range");
    }
    TestServer.Answer high = complete("20", "1e6");
    soft.assertThat(high.body().path("field").asText()).isEqualTo("artwork.heel.text.y");
    soft.assertThat(high.body().path("detail").asText()).contains("from 0 to 1000", "1000000");
    soft.assertAll();
  }

  @Test
  void theOpenApiDocumentStatesTheDeclaredRange() {
    JsonNode x =
        shared.server().get("/openapi.json").body().at("/components/schemas/TextAt/properties/x");
    assertThat(x.path("type").asText()).isEqualTo("number");
    assertThat(x.path("minimum").asLong()).isZero();
    assertThat(x.path("maximum").asLong()).isEqualTo(1000);
  }
}
