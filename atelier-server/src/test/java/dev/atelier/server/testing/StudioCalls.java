package dev.atelier.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.http.Role;
import java.util.List;

/**
 * What the studio and feedback tests share: the product manager's requests, a model uploaded and
 * published, and a product's versions.
 */
public final class StudioCalls {

  /** The product manager's account id. */
  public static final long PM = 7;

  /** The studio's versions of the kite: append a version and an action. */
  public static final String KITE_VERSIONS = "/api/studio/products/kite/versions/";

  private StudioCalls() {}

  /** {@code json} posted to {@code path} as the product manager. */
  public static OrderServer.Answer pm(OrderServer server, String path, String json) {
    return server.postAs(path, PM, Role.PRODUCT_MANAGER, json);
  }

  /**
   * The product manager uploads the YAML {@code source} of version 1 of {@code product} and
   * publishes it (asserting both succeed).
   */
  public static void publishFirst(OrderServer server, String product, String source) {
    uploadDraft(server, source);
    OrderServer.Answer published =
        pm(server, "/api/studio/products/" + product + "/versions/1/publish", "{}");
    assertThat(published.status()).as(published.text()).isEqualTo(200);
  }

  /** The product manager uploads the YAML {@code source} as a draft (asserting 201). */
  public static void uploadDraft(OrderServer server, String source) {
    String upload =
        TestServer.JSON.createObjectNode().put("format", "yaml").put("source", source).toString();
    OrderServer.Answer draft = pm(server, "/api/models", upload);
    assertThat(draft.status()).as(draft.text()).isEqualTo(201);
  }

  /**
   * {@code product}'s audit log as the product manager reads it, newest first, each entry as
   * "version action" and its {@code field} ({@code actor}, {@code detail}).
   */
  public static List<String> audit(OrderServer server, String product, String field) {
    return TestServer.each(
        server
            .get("/api/studio/audit?product=" + product, PM, Role.PRODUCT_MANAGER)
            .body()
            .get("entries"),
        e ->
            "%s %s %s"
                .formatted(
                    e.get("version").asText(), e.get("action").asText(), e.get(field).asText()));
  }

  /**
   * A placed order (asserting 201) of {@code quantity} kites of {@code version} in {@code shape}
   * and {@code colour} by {@code account}: the order's JSON.
   */
  public static JsonNode kiteOrder(
      OrderServer server, long account, String version, String shape, String colour, int quantity) {
    String design =
        "{\"product\":\"kite\",\"version\":\""
            + version
            + "\",\"decisions\":["
            + "{\"attribute\":\"shape\",\"value\":\""
            + shape
            + "\"},"
            + "{\"attribute\":\"colour\",\"value\":\""
            + colour
            + "\"}]}";
    OrderServer.Answer a =
        server.post(
            "/api/orders",
            account,
            "k-" + account + version + shape + colour + System.nanoTime(),
            "{\"design\":" + design + ",\"quantity\":" + quantity + "}");
    assertThat(a.status()).as(a.text()).isEqualTo(201);
    return a.body();
  }

  /** Version {@code version} in the studio's listing of {@code product}. */
  public static JsonNode version(JsonNode product, String version) {
    for (JsonNode v : product.get("versions")) {
      if (v.get("version").asText().equals(version)) {
        return v;
      }
    }
    throw new AssertionError("no version " + version + " in " + product);
  }
}
