package dev.atelier.server.studio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.OrderServer;

/** What the studio tests share: the product manager's requests and a product's versions. */
final class StudioCalls {

  /** The product manager's account id. */
  static final long PM = 7;

  private StudioCalls() {}

  /** {@code json} posted to {@code path} as the product manager. */
  static OrderServer.Answer pm(OrderServer server, String path, String json) {
    return server.postAs(path, PM, Role.PRODUCT_MANAGER, json);
  }

  /** Version {@code version} in the studio's listing of {@code product}. */
  static JsonNode version(JsonNode product, String version) {
    for (JsonNode v : product.get("versions")) {
      if (v.get("version").asText().equals(version)) {
        return v;
      }
    }
    throw new AssertionError("no version " + version + " in " + product);
  }
}
