package dev.atelier.server.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A design as the API takes it ({@code product}, {@code version}, {@code decisions}) built decision
 * by decision, on the product's current demo version. Not thread-safe.
 *
 * <pre>{@code
 * DesignBuilder.of("shelving").set("bays", "3").each("bays", "doors", "glass", "none", "wood").json()
 * }</pre>
 */
public final class DesignBuilder {

  private final ObjectNode design = TestServer.JSON.createObjectNode();
  private final ArrayNode decisions;

  private DesignBuilder(String product, String version) {
    design.put("product", product).put("version", version);
    decisions = design.putArray("decisions");
  }

  /** An empty design of the current version of {@code product}. */
  public static DesignBuilder of(String product) {
    return new DesignBuilder(
        product, TestServer.CATALOGUE.current(product).orElseThrow().version());
  }

  /** Decides {@code attribute} = {@code value}. */
  public DesignBuilder set(String attribute, String value) {
    decisions.addObject().put("attribute", attribute).put("value", value);
    return this;
  }

  /** Decides each attribute in {@code values}, in their order. */
  public DesignBuilder set(Map<String, String> values) {
    values.forEach(this::set);
    return this;
  }

  /** Decides attribute/value pairs: {@code attribute, value, attribute, value, ...}. */
  public DesignBuilder pairs(String... pairs) {
    for (int i = 0; i < pairs.length; i += 2) {
      set(pairs[i], pairs[i + 1]);
    }
    return this;
  }

  /** Decides {@code slot[i].attribute} = the i-th of {@code values} (from 1) for each instance. */
  public DesignBuilder each(String slot, String attribute, String... values) {
    for (int i = 0; i < values.length; i++) {
      set(slot + "[" + (i + 1) + "]." + attribute, values[i]);
    }
    return this;
  }

  /** The design as JSON (the builder's own node: build once). */
  public ObjectNode json() {
    return design;
  }
}
