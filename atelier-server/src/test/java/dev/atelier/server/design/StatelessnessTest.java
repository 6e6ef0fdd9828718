package dev.atelier.server.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.server.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Designs live in the client: two independent server instances, one of them warmed up by other
 * requests first, answer the same requests identically.
 */
@Tag("slow")
class StatelessnessTest {

  @Test
  void twoServersAnswerTheSameDesignIdentically() {
    try (TestServer a = new TestServer();
        TestServer b = new TestServer()) {
      for (String product : List.of("bicycle", "pc")) {
        List<String[]> requests = journey(a, product);
        // Warm b up with the same journey in reverse so its caches and JIT differ from a's.
        for (int i = requests.size() - 1; i >= 0; i--) {
          b.post(requests.get(i)[0], requests.get(i)[1]);
        }
        try (TestServer c = new TestServer()) {
          for (String[] r : requests) {
            TestServer.Answer fromA = a.post(r[0], r[1]);
            assertThat(b.post(r[0], r[1])).as(r[0] + " " + r[1]).isEqualTo(fromA);
            assertThat(c.post(r[0], r[1])).as(r[0] + " " + r[1]).isEqualTo(fromA);
          }
        }
      }
    }
  }

  /**
   * A journey on {@code server}: the requests made (route, body), refusals and repairs included.
   */
  private static List<String[]> journey(TestServer server, String product) {
    List<String[]> requests = new ArrayList<>();
    String version = TestServer.CATALOGUE.current(product).orElseThrow().version();
    String design =
        "{\"product\":\"" + product + "\",\"version\":\"" + version + "\",\"decisions\":[]}";
    requests.add(new String[] {"/api/designs/domains", design});
    JsonNode domains = server.post("/api/designs/domains", design).body();
    for (int step = 0; step < 3; step++) {
      JsonNode open = DesignFlowTest.firstOpen(domains);
      for (JsonNode d : domains.get("attributes")) {
        for (JsonNode refused : d.get("refused")) {
          ObjectNode ask = TestServer.JSON.createObjectNode();
          ask.set("design", domains.get("design"));
          ask.put("attribute", d.get("attribute").asText())
              .put("value", refused.get("value").asText());
          requests.add(new String[] {"/api/designs/explain", ask.toString()});
          requests.add(new String[] {"/api/designs/decide", ask.toString()});
        }
      }
      ObjectNode decide = TestServer.JSON.createObjectNode();
      decide.set("design", domains.get("design"));
      decide.put("attribute", open.get("attribute").asText());
      decide.put("value", open.get("offered").get(open.get("offered").size() - 1).asText());
      requests.add(new String[] {"/api/designs/decide", decide.toString()});
      domains = server.post("/api/designs/decide", decide.toString()).body();
      ObjectNode complete = TestServer.JSON.createObjectNode();
      complete.set("design", domains.get("design"));
      complete.put("objective", "cheapest");
      requests.add(new String[] {"/api/designs/complete", complete.toString()});
    }
    return requests;
  }
}
