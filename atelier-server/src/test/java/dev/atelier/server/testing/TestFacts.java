package dev.atelier.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Customer facts given the way the page asks for them before completing a design. */
public final class TestFacts {

  private TestFacts() {}

  /** POSTs a JSON body to a path and answers the response body. */
  @FunctionalInterface
  public interface Post {
    JsonNode body(String path, String json);
  }

  /**
   * {@code design} with each of {@code facts} that it lacks given by the customer (the middle of
   * the values still offered), through {@code post} (path and JSON body to the answer's body).
   */
  public static JsonNode give(JsonNode design, List<String> facts, Post post) {
    JsonNode current = design;
    for (String attribute : facts) {
      JsonNode domains = post.body("/api/designs/domains", current.toString());
      for (JsonNode d : domains.get("attributes")) {
        if (d.get("attribute").asText().equals(attribute) && d.get("decided").isNull()) {
          JsonNode offered = d.get("offered");
          ObjectNode decide = TestServer.JSON.createObjectNode();
          decide.set("design", current);
          decide.put("attribute", attribute);
          decide.put("value", offered.get(offered.size() / 2).asText());
          current = post.body("/api/designs/decide", decide.toString()).get("design");
        }
      }
    }
    return current;
  }
}
