package dev.atelier.server.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The bicycle demo's rider facts for tests that complete or order a bicycle: completion never
 * decides a fact, the rider gives them. A rider 178 cm tall with an inside leg of 82 cm rides a 54
 * cm frame.
 */
public final class BicycleRider {

  public static final String HEIGHT = "178";
  public static final String INSIDE_LEG = "82";

  private BicycleRider() {}

  /** {@code design} (JSON text) with the rider's facts added where it lacks them. */
  public static String given(String design) {
    try {
      ObjectNode d = (ObjectNode) TestServer.JSON.readTree(design);
      return given(d).toString();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(design, e);
    }
  }

  /** {@code design} with the rider's facts added where it lacks them (a copy). */
  public static JsonNode given(ObjectNode design) {
    ObjectNode out = design.deepCopy();
    ArrayNode decisions = (ArrayNode) out.get("decisions");
    add(decisions, "rider_height", HEIGHT);
    add(decisions, "inside_leg", INSIDE_LEG);
    return out;
  }

  private static void add(ArrayNode decisions, String attribute, String value) {
    for (JsonNode d : decisions) {
      if (d.get("attribute").asText().equals(attribute)) {
        return;
      }
    }
    decisions.addObject().put("attribute", attribute).put("value", value);
  }
}
