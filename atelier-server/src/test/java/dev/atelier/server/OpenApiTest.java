package dev.atelier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.catalogue.ModelCatalogueTest;
import dev.atelier.server.design.DesignOrigin;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.ClassServer;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestAccounts;
import dev.atelier.server.testing.TestServer;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OpenAPI document matches the routes the server really registered, both ways. */
class OpenApiTest {

  @RegisterExtension static final ClassServer shared = new ClassServer();

  @Test
  void documentsExactlyTheRegisteredRoutes() {
    TestServer server = shared.server();
    TestServer.Answer answer = server.get(AtelierApi.OPENAPI_PATH);
    assertThat(answer.status()).isEqualTo(200);
    JsonNode doc = answer.body();
    assertThat(doc.get("openapi").asText()).startsWith("3.1");
    List<String> documented = new ArrayList<>();
    doc.get("paths")
        .properties()
        .forEach(
            p ->
                p.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
    assertThat(documented).containsExactlyInAnyOrderElementsOf(server.server.registeredRoutes());
    assertThat(documented).hasSizeGreaterThanOrEqualTo(11);
  }

  @Test
  void everySchemaReferenceResolvesAndProblemsAreDocumented() {
    TestServer server = shared.server();
    JsonNode doc = server.get(AtelierApi.OPENAPI_PATH).body();
    JsonNode schemas = doc.get("components").get("schemas");
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(schemas.has(ref.substring("#/components/schemas/".length()))).as(ref).isTrue();
    }
    JsonNode decide = doc.get("paths").get("/api/designs/decide").get("post");
    assertThat(decide.get("responses").fieldNames()).toIterable().contains("200", "400", "409");
    assertThat(schemas.get("DecideRequest").get("required")).hasSize(3);
    assertThat(schemas.get("Problem").get("required").toString()).contains("type", "status");
  }

  /**
   * The success statuses the document lists are the ones the real routes answer: valid requests
   * (the bodies other tests send) to every route declaring a status other than 200, and to some 200
   * routes, are answered with exactly the documented status.
   */
  @Test
  void documentedSuccessStatusesAreWhatTheRoutesAnswer() {
    TestServer server = shared.server();
    JsonNode paths = server.get(AtelierApi.OPENAPI_PATH).body().get("paths");
    TestAccounts.Caller customer = TestAccounts.create(server, Role.CUSTOMER);
    TestAccounts.Caller manager = TestAccounts.create(server, Role.PRODUCT_MANAGER);
    TestAccounts.Caller admin = TestAccounts.create(server, Role.ADMIN);
    TestAccounts.Caller anonymous = TestAccounts.anonymous(server);
    Map<String, TestServer.Answer> answered = new LinkedHashMap<>();
    answered.put(
        "POST /api/accounts",
        anonymous.post(
            "/api/accounts",
            TestAccounts.credentials("openapi@example.org", TestAccounts.PASSWORD)));
    answered.put(
        "POST /api/session",
        anonymous.post(
            "/api/session", TestAccounts.credentials(customer.email(), TestAccounts.PASSWORD)));
    answered.put("GET /api/products", anonymous.get("/api/products"));
    answered.put(
        "POST /api/uploads",
        server.post(
            "/api/uploads",
            "image/svg+xml",
            ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\">"
                    + "<rect width=\"8\" height=\"8\" fill=\"#000\"/></svg>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    TestServer.Answer completed =
        anonymous.post(
            "/api/designs/complete",
            TestServer.cheapest(ModelCatalogueTest.design("pizza", "2025.1")));
    answered.put("POST /api/designs/complete", completed);
    String order = OrderServer.orderBody(completed.body().get("design"), 1);
    TestServer.Answer placed = withKey(customer, "/api/orders", order, "openapi-1");
    answered.put("POST /api/orders", placed);
    answered.put(
        "POST /api/orders/{id}/reorder",
        withKey(
            customer,
            "/api/orders/" + placed.body().path("id").asText() + "/reorder",
            "{}",
            "openapi-2"));
    answered.put(
        "POST /api/design-events",
        anonymous.post(
            "/api/design-events",
            "{\"session\":\"openapi-session\",\"events\":[{\"kind\":\"abandonment\","
                + "\"product\":\"bicycle\",\"version\":\"2025.1\",\"attribute\":\"brakes\"}]}"));
    answered.put(
        "POST /api/models",
        manager.post(
            "/api/models", ModelCatalogueTest.upload("yaml", ModelCatalogueTest.kite("1"))));
    answered.put(
        "POST /api/models/yaml",
        raw(manager, "/api/models/yaml", "application/yaml", ModelCatalogueTest.kite("2")));
    answered.put("POST /api/tokens", manager.post("/api/tokens", "{\"name\":\"openapi\"}"));
    TestServer.Answer hook = admin.post("/api/webhooks", "{\"url\":\"http://127.0.0.1:9/hook\"}");
    answered.put("POST /api/webhooks", hook);
    String hookId = hook.body().path("webhook").path("id").asText();
    answered.put(
        "POST /api/webhooks/{id}/disable",
        admin.post("/api/webhooks/" + hookId + "/disable", "{}"));
    answered.put("GET /api/work-centres", admin.get("/api/work-centres"));
    answered.put("GET /api/production-orders", admin.get("/api/production-orders"));
    answered.put(
        "POST /api/feedback/wishes",
        admin.post(
            "/api/feedback/wishes",
            "{\"channel\":\"phone\",\"product\":\"pizza\",\"text\":\"Thinner crust\"}"));
    answered.put(
        "POST /api/studio/products/{product}/versions/{version}/drafts",
        admin.post(
            "/api/studio/products/pizza/versions/2025.1/drafts", "{\"version\":\"openapi\"}"));

    for (Map.Entry<String, TestServer.Answer> e : answered.entrySet()) {
      String[] route = e.getKey().split(" ", 2);
      JsonNode responses =
          paths.path(route[1]).path(route[0].toLowerCase(Locale.ROOT)).path("responses");
      List<Integer> documented = new ArrayList<>();
      responses
          .fieldNames()
          .forEachRemaining(
              code -> {
                if (code.startsWith("2")) {
                  documented.add(Integer.parseInt(code));
                }
              });
      assertThat(documented)
          .as(e.getKey() + " answered " + e.getValue().text())
          .containsExactly(e.getValue().status());
    }
    // Every route declaring another success than 200 is among the requests above.
    List<String> declared = new ArrayList<>();
    for (Operation op : operations(paths)) {
      if (!op.node().path("responses").has("200")) {
        declared.add(op.method().toUpperCase(Locale.ROOT) + " " + op.path());
      }
    }
    assertThat(declared).isNotEmpty();
    assertThat(answered.keySet()).containsAll(declared);
  }

  private static TestServer.Answer withKey(
      TestAccounts.Caller caller, String path, String json, String key) {
    return raw(caller, path, "application/json", json, "Idempotency-Key", key);
  }

  /** POST {@code body} of {@code type} as {@code caller}, with extra headers (name, value, ...). */
  private static TestServer.Answer raw(
      TestAccounts.Caller caller, String path, String type, String body, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(caller.server().uri(path))
            .header("Content-Type", type)
            .header("Cookie", caller.cookie())
            .header("X-CSRF-Token", caller.csrf())
            .POST(HttpRequest.BodyPublishers.ofString(body));
    return TestServer.answer(
        TestServer.exchange((headers.length == 0 ? b : b.headers(headers)).build()));
  }

  /**
   * The design-session header is documented on the design routes whose events are recorded, as the
   * optional header the tap reads, and nowhere else.
   */
  @Test
  void designSessionHeaderIsDocumentedWhereItIsRead() {
    TestServer server = shared.server();
    JsonNode paths = server.get(AtelierApi.OPENAPI_PATH).body().get("paths");
    List<String> withHeader = new ArrayList<>();
    for (Header h : headers(paths, DesignOrigin.HEADER)) {
      assertThat(h.parameter().get("required").asBoolean()).isFalse();
      assertThat(h.parameter().get("schema").get("pattern").asText())
          .isEqualTo(DesignOrigin.SESSION_ID.pattern());
      assertThat(h.parameter().get("description").asText()).contains("design events");
      withHeader.add(h.operation().path());
    }
    assertThat(withHeader)
        .containsExactlyInAnyOrder(
            "/api/designs/decide",
            "/api/designs/explain",
            "/api/designs/repair",
            "/api/designs/complete");
  }

  /**
   * The Idempotency-Key header is documented, as required, on the two POST routes that place an
   * order and nowhere else (not on GET /api/orders); the routes do refuse a request without it, and
   * the documented pattern accepts the keys the server accepts.
   */
  @Test
  void idempotencyKeyIsDocumentedAsRequiredWhereOrdersArePlaced() {
    TestServer server = shared.server();
    JsonNode paths = server.get(AtelierApi.OPENAPI_PATH).body().get("paths");
    List<String> withKey = new ArrayList<>();
    List<String> patterns = new ArrayList<>();
    for (Header h : headers(paths, "Idempotency-Key")) {
      assertThat(h.parameter().get("required").asBoolean()).isTrue();
      assertThat(h.parameter().get("description").asText()).contains("ordering twice");
      patterns.add(h.parameter().get("schema").get("pattern").asText());
      withKey.add(h.operation().method() + " " + h.operation().path());
    }
    assertThat(withKey)
        .containsExactlyInAnyOrder("post /api/orders", "post /api/orders/{id}/reorder");
    Pattern pattern = Pattern.compile(patterns.get(0));
    assertThat(pattern.matcher("0b7e-4c1f:retry#1").matches()).isTrue();
    assertThat(pattern.matcher("x".repeat(200)).matches()).isTrue();
    assertThat(pattern.matcher("x".repeat(201)).matches()).isFalse();
    assertThat(pattern.matcher("with space").matches()).isFalse();
    assertThat(pattern.matcher("").matches()).isFalse();

    TestAccounts.Caller buyer = TestAccounts.create(server, Role.CUSTOMER);
    TestServer.Answer missing = raw(buyer, "/api/orders", "application/json", "{\"quantity\":1}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.text()).contains("Idempotency-Key");
  }

  /** One operation of the document: method (lower case), path, and its object. */
  private record Operation(String method, String path, JsonNode node) {}

  /** A header parameter of an operation. */
  private record Header(Operation operation, JsonNode parameter) {}

  private static List<Operation> operations(JsonNode paths) {
    List<Operation> operations = new ArrayList<>();
    paths
        .properties()
        .forEach(
            p ->
                p.getValue()
                    .properties()
                    .forEach(
                        op ->
                            operations.add(new Operation(op.getKey(), p.getKey(), op.getValue()))));
    return operations;
  }

  /** Every header parameter named {@code name}, with its operation. */
  private static List<Header> headers(JsonNode paths, String name) {
    List<Header> found = new ArrayList<>();
    for (Operation op : operations(paths)) {
      for (JsonNode parameter : op.node().path("parameters")) {
        if (parameter.get("in").asText().equals("header")
            && parameter.get("name").asText().equals(name)) {
          found.add(new Header(op, parameter));
        }
      }
    }
    return found;
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.has("$ref")) {
      refs.add(node.get("$ref").asText());
    }
    node.forEach(child -> collectRefs(child, refs));
  }
}
