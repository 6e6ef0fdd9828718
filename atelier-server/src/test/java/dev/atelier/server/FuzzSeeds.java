package dev.atelier.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.catalogue.ModelCatalogueTest;
import dev.atelier.server.http.Role;
import dev.atelier.server.printfile.PrintFileStore;
import dev.atelier.server.printfile.PrintFiles;
import dev.atelier.server.production.ProductionFloor;
import dev.atelier.server.production.QueuedOperation;
import dev.atelier.server.production.StaffRoutesTest;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A valid request for every route of the table, on a test server made ready for them (an order
 * placed and in production, a saved design, a wish, a webhook, a token): what {@link
 * RequestFuzzTest} mutates.
 */
final class FuzzSeeds {

  /**
   * A valid request: its route ({@code METHOD /template}), the template's parameter values and its
   * JSON body (null for none).
   */
  record Seed(
      String route, String method, String template, Map<String, String> params, String body) {

    /** The path with {@code params} filled in (already URL-safe). */
    String path(Map<String, String> values) {
      Matcher m = PARAM.matcher(template);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
      }
      m.appendTail(out);
      return out.toString();
    }
  }

  static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

  private FuzzSeeds() {}

  /** Artwork uploaded for the upload routes (the fuzzer sends their POST without a body). */
  private static final String FUZZ_SVG =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"20\">"
          + "<circle cx=\"10\" cy=\"10\" r=\"5\" fill=\"#00f\"/></svg>";

  private static final String DESIGN =
      "{\"product\":\"pc\",\"version\":\"2025.1\",\"decisions\":"
          + "[{\"attribute\":\"cpu\",\"value\":\"i9-14900k\"},{\"attribute\":\"psu\",\"value\":\"1000\"}]}";

  /** Puts what the seeds need into {@code server}, their ids into {@code ids}: an order body. */
  private static String prepare(TestServer server, Map<String, String> ids) {
    TestServer.Answer completed =
        server.completeCheapest(ModelCatalogueTest.design("pizza", "2025.1"));
    JsonNode pizza = completed.body().get("design");
    ids.put("pizza", pizza.toString());
    String sneakers = TestServer.CATALOGUE.current("sneakers").orElseThrow().version();
    JsonNode monogrammed =
        server
            .post(
                "/api/designs/complete",
                "{\"design\":{\"product\":\"sneakers\",\"version\":\""
                    + sneakers
                    + "\",\"decisions\":[{\"attribute\":\"monogram\",\"value\":\"given\"}]},"
                    + "\"objective\":\"cheapest\"}")
            .body()
            .get("design");
    ids.put("order", StaffRoutesTest.order(server, pizza, 1, "fuzz-seed").get("id").asText());
    List<QueuedOperation> ops =
        server.database.jdbi().withHandle(h -> ProductionFloor.forOrder(h, ids.get("order")));
    ids.put("operation", ops.get(0).id());
    ids.put("productionOrder", ops.get(0).productionOrderId());
    ids.put("workCentre", ops.get(0).workCentre());
    server.post("/api/accounts", "{\"email\":\"fuzz@example.org\",\"password\":\"long enough!\"}");
    ids.put(
        "account",
        server
            .getAs(Role.ADMIN, "/api/admin/accounts")
            .body()
            .path("accounts")
            .path(0)
            .path("id")
            .asText("1"));
    ids.put(
        "saved",
        server
            .post("/api/saved-designs", "{\"design\":" + DESIGN + "}")
            .body()
            .path("id")
            .asText());
    ids.put(
        "upload",
        server
            .post("/api/uploads", "image/svg+xml", FUZZ_SVG.getBytes(StandardCharsets.UTF_8))
            .body()
            .path("id")
            .asText());
    // A stored print file for the staff download (its bytes are served as they are).
    ids.put(
        "printFile",
        server
            .database
            .jdbi()
            .withHandle(
                h ->
                    PrintFileStore.save(
                        h,
                        new PrintFiles("fuzz", new byte[] {1}, new byte[] {2}, 1, 1),
                        java.time.Instant.now()))
            .get(0)
            .sha256());
    ids.put(
        "wish",
        server
            .post(
                "/api/wishes",
                "{\"session\":\"session-0001\",\"product\":\"pc\",\"version\":\"2025.1\","
                    + "\"attribute\":\"cpu\",\"text\":\"A quieter fan\"}")
            .body()
            .path("id")
            .asText());
    ids.put(
        "webhook",
        server
            .postAs(Role.ADMIN, "/api/webhooks", "{\"url\":\"http://127.0.0.1:9/hook\"}")
            .body()
            .path("webhook")
            .path("id")
            .asText());
    ids.put(
        "token",
        server
            .postAs(Role.ADMIN, "/api/tokens", "{\"name\":\"fuzz\"}")
            .body()
            .path("id")
            .asText("1"));
    ids.put(
        "department",
        server
            .getAs(Role.ADMIN, "/api/departments")
            .body()
            .path("departments")
            .path(0)
            .path("id")
            .asText("engineering"));

    return OrderServer.orderBody(monogrammed, 1, Map.of("monogram", "ABC"));
  }

  /** Prepares {@code server} and answers the valid bodies by route. */
  static Map<String, String> bodies(TestServer server, Map<String, String> ids) {
    String order = prepare(server, ids);
    String pizza = ids.get("pizza");
    Map<String, String> b = new LinkedHashMap<>();
    b.put("POST /api/models", ModelCatalogueTest.upload("yaml", ModelCatalogueTest.kite("1")));
    b.put("POST /api/models/yaml", ModelCatalogueTest.kite("2"));
    b.put("POST /api/models/{product}/versions/{version}/publish", "{\"effectiveFrom\":null}");
    String source = ModelCatalogueTest.kite("1");
    String studio = "POST /api/studio/products/{product}/versions/{version}";
    b.put(studio + "/check", TestServer.JSON.createObjectNode().put("source", source).toString());
    b.put(studio + "/source", TestServer.JSON.createObjectNode().put("source", source).toString());
    b.put(
        studio + "/edit",
        "{\"kind\":\"price\",\"attribute\":\"shape\",\"value\":\"delta\",\"price\":\"6.00\"}");
    b.put(studio + "/drafts", "{\"version\":\"fuzz-2\"}");
    b.put(studio + "/publish", "{\"effectiveFrom\":null}");
    b.put(studio + "/rollback", "{\"effectiveFrom\":null}");
    b.put(
        "POST /api/designs/instances",
        "{\"design\":" + DESIGN + ",\"slot\":\"drives\",\"action\":\"add\"}");
    b.put("POST /api/designs/domains", DESIGN);
    b.put("POST /api/designs/recommend", DESIGN);
    b.put("POST /api/designs/promise", pizza);
    b.put(
        "POST /api/designs/decide",
        "{\"design\":" + DESIGN + ",\"attribute\":\"ram\",\"value\":\"ddr5\"}");
    b.put("POST /api/designs/retract", "{\"design\":" + DESIGN + ",\"attribute\":\"cpu\"}");
    b.put(
        "POST /api/designs/explain",
        "{\"design\":" + DESIGN + ",\"attribute\":\"socket\",\"value\":\"am5\"}");
    b.put(
        "POST /api/designs/repair",
        "{\"design\":"
            + DESIGN
            + ",\"repair\":[{\"attribute\":\"cpu\",\"oldValue\":"
            + "\"i9-14900k\",\"newValue\":\"r5-7600\"}]}");
    b.put(
        "POST /api/designs/complete",
        "{\"design\":"
            + DESIGN
            + ",\"objective\":\"preferred\",\"preferences\":"
            + "[{\"attribute\":\"ram\",\"value\":\"ddr5\",\"weight\":3}]}");
    b.put(
        "POST /api/designs/propose",
        "{\"design\":"
            + DESIGN
            + ",\"answers\":[{\"question\":\"use\",\"answer\":\"gaming\"},"
            + "{\"question\":\"budget\",\"answer\":\"any\"}],\"count\":2}");
    b.put(
        "POST /api/designs/price",
        "{\"configuration\":{\"product\":\"pc\",\"version\":\"2025.1\",\"values\":"
            + "{\"cpu\":\"r5-7600\",\"psu\":\"650\"}}}");
    b.put("POST /api/saved-designs", "{\"design\":" + DESIGN + "}");
    b.put("POST /api/designs/option-prices", DESIGN);
    b.put("PATCH /api/saved-designs/{id}", "{\"name\":\"My quiet PC\"}");
    b.put(
        "POST /api/designs/repair-price",
        "{\"design\":"
            + DESIGN
            + ",\"repair\":[{\"attribute\":\"cpu\",\"oldValue\":"
            + "\"i9-14900k\",\"newValue\":\"r5-7600\"}]}");
    b.put("POST /api/accounts", "{\"email\":\"new@x.org\",\"password\":\"long enough!\"}");
    b.put("POST /api/session", "{\"email\":\"fuzz@example.org\",\"password\":\"long enough!\"}");
    b.put("PUT /api/admin/accounts/{id}/role", "{\"role\":\"STAFF\"}");
    b.put("POST /api/tokens", "{\"name\":\"build server\"}");
    b.put(
        "PUT /api/profile",
        "{\"products\":{\"jeans\":{\"waist\":\"82\",\"hip\":\"98\",\"inseam\":\"81\"}}}");
    b.put("POST /api/orders", order);
    b.put("POST /api/orders/{id}/reorder", "{\"quantity\":2}");
    b.put("POST /api/operations/{id}/start", "{\"note\":\"ok\"}");
    b.put("POST /api/operations/{id}/done", "{\"note\":\"ok\"}");
    b.put("POST /api/production-orders/{id}/ship", "{\"trackingNumber\":\"TRACK-1\"}");
    b.put("POST /api/work-centres/{id}/exceptions", "{\"date\":\"2030-01-02\",\"minutes\":240}");
    b.put(
        "POST /api/webhooks",
        "{\"url\":\"http://127.0.0.1:9/hook\",\"events\":[\"order.placed\"]}");
    b.put("POST /api/owned/{order}/adjust", "{\"attribute\":\"size\",\"value\":\"30\"}");
    b.put(
        "POST /api/design-events",
        "{\"session\":\"session-0001\",\"events\":[{\"kind\":\"repair-rejected\","
            + "\"product\":\"pc\",\"version\":\"2025.1\",\"attribute\":\"cpu\","
            + "\"value\":\"r5-7600\",\"rule\":\"cpu-socket\"}]}");
    b.put(
        "POST /api/wishes",
        "{\"session\":\"session-0001\",\"product\":\"pc\",\"version\":\"2025.1\","
            + "\"attribute\":\"cpu\",\"text\":\"A quieter fan\"}");
    b.put("PATCH /api/wishes/{id}", "{\"resolution\":\"planned\"}");
    b.put("POST /api/wishes/{id}/triage", "{\"state\":\"declined\",\"reason\":\"not now\"}");
    b.put(
        "POST /api/feedback/wishes",
        "{\"channel\":\"phone\",\"product\":\"pizza\",\"text\":\"A thinner crust\"}");
    return b;
  }

  /**
   * The value of path parameter {@code name} in {@code template}, from the prepared {@code ids}.
   */
  static String param(String template, String name, Map<String, String> ids) {
    // The model and studio routes work on the uploaded kite draft; the others on a demo.
    return switch (name) {
      case "product" -> kite(template) ? "kite" : "pizza";
      case "version" -> kite(template) ? "1" : "2025.1";
      case "order", "orderId" -> ids.get("order");
      case "department" -> ids.get("department");
      case "id" -> {
        if (template.startsWith("/api/orders")) {
          yield ids.get("order");
        } else if (template.startsWith("/api/operations")) {
          yield ids.get("operation");
        } else if (template.startsWith("/api/production-orders")) {
          yield ids.get("productionOrder");
        } else if (template.startsWith("/api/work-centres")) {
          yield ids.get("workCentre");
        } else if (template.startsWith("/api/webhooks/deliveries")) {
          yield "1";
        } else if (template.startsWith("/api/webhooks")) {
          yield ids.get("webhook");
        } else if (template.startsWith("/api/tokens")) {
          yield ids.get("token");
        } else if (template.startsWith("/api/admin/accounts")) {
          yield ids.get("account");
        } else if (template.startsWith("/api/saved-designs")) {
          yield ids.get("saved");
        } else if (template.startsWith("/api/wishes")) {
          yield ids.get("wish");
        } else if (template.startsWith("/api/uploads")) {
          yield ids.get("upload");
        } else if (template.startsWith("/api/print-files")) {
          yield ids.get("printFile");
        }
        yield "1";
      }
      default -> "x";
    };
  }

  private static boolean kite(String template) {
    return template.startsWith("/api/models") || template.startsWith("/api/studio");
  }
}
