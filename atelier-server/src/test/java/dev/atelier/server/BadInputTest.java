package dev.atelier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Objective;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.http.Access;
import dev.atelier.server.http.Role;
import dev.atelier.server.http.Route;
import dev.atelier.server.testing.TestServer;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every route with every kind of bad input: each answer is a 4xx {@code application/problem+json}
 * naming the field at fault, and no route ever answers 5xx.
 */
class BadInputTest {

  private static final String DESIGN =
      "{\"product\":\"pc\",\"version\":\"2025.1\",\"decisions\":"
          + "[{\"attribute\":\"cpu\",\"value\":\"i9-14900k\"},{\"attribute\":\"psu\",\"value\":\"1000\"}]}";

  /** A valid body per POST route. */
  private static final Map<String, List<String>> VALID = new LinkedHashMap<>();

  static {
    VALID.put("/api/designs/domains", List.of(DESIGN));
    VALID.put("/api/designs/recommend", List.of(DESIGN));
    VALID.put("/api/designs/promise", List.of(completeDesign("bicycle")));
    VALID.put(
        "/api/designs/decide",
        List.of("{\"design\":" + DESIGN + ",\"attribute\":\"ram\",\"value\":\"ddr5\"}"));
    VALID.put("/api/designs/retract", List.of("{\"design\":" + DESIGN + ",\"attribute\":\"cpu\"}"));
    VALID.put(
        "/api/designs/instances",
        List.of("{\"design\":" + DESIGN + ",\"slot\":\"drives\",\"action\":\"add\"}"));
    VALID.put(
        "/api/designs/explain",
        List.of("{\"design\":" + DESIGN + ",\"attribute\":\"socket\",\"value\":\"am5\"}"));
    VALID.put(
        "/api/designs/repair",
        List.of(
            "{\"design\":"
                + DESIGN
                + ",\"repair\":[{\"attribute\":\"cpu\",\"oldValue\":"
                + "\"i9-14900k\",\"newValue\":\"r5-7600\"}]}"));
    VALID.put(
        "/api/designs/complete",
        List.of(
            "{\"design\":" + DESIGN + ",\"objective\":\"cheapest\"}",
            "{\"design\":"
                + DESIGN
                + ",\"objective\":\"preferred\",\"preferences\":"
                + "[{\"attribute\":\"ram\",\"value\":\"ddr5\",\"weight\":3}]}"));
    VALID.put(
        "/api/designs/propose",
        List.of(
            "{\"design\":"
                + DESIGN
                + ",\"answers\":[{\"question\":\"use\",\"answer\":\"gaming\"},"
                + "{\"question\":\"budget\",\"answer\":\"any\"}],\"count\":2}"));
    VALID.put("/api/designs/option-prices", List.of(DESIGN));
    VALID.put(
        "/api/designs/repair-price",
        List.of(
            "{\"design\":"
                + DESIGN
                + ",\"repair\":[{\"attribute\":\"cpu\",\"oldValue\":"
                + "\"i9-14900k\",\"newValue\":\"r5-7600\"}]}"));
    VALID.put(
        "/api/designs/price",
        List.of(
            "{\"design\":" + DESIGN + "}",
            "{\"configuration\":{\"product\":\"pc\",\"version\":\"2025.1\",\"values\":"
                + "{\"cpu\":\"r5-7600\",\"psu\":\"650\"}}}"));
    VALID.put("/api/saved-designs", List.of("{\"design\":" + DESIGN + "}"));
    VALID.put("/api/accounts", List.of("{\"email\":\"new@x.org\",\"password\":\"long enough!\"}"));
    VALID.put(
        "/api/design-events",
        List.of(
            "{\"session\":\"session-0001\",\"events\":[{\"kind\":\"repair-rejected\","
                + "\"product\":\"pc\",\"version\":\"2025.1\",\"attribute\":\"cpu\","
                + "\"value\":\"r5-7600\",\"rule\":\"cpu-socket\"}]}"));
    VALID.put(
        "/api/wishes",
        List.of(
            "{\"session\":\"session-0001\",\"product\":\"pc\",\"version\":\"2025.1\","
                + "\"attribute\":\"cpu\",\"text\":\"A quieter fan\"}"));
  }

  /**
   * Public POST routes left out: a failed sign-in names no field on purpose (it must not tell
   * whether the email or the password was wrong); SignUpAndSignInTest covers it. An upload's body
   * is raw image bytes, not JSON: {@link #hostileUploadsAreProblemsNamingTheField} covers it.
   */
  private static final Set<String> NOT_HERE = Set.of("/api/session", "/api/uploads");

  /**
   * Optional fields: leaving them out is fine (a configuration may be partial when priced); a
   * wish's text is free (any text is valid). Prefixed with the path when only optional there.
   */
  private static final Set<String> OPTIONAL =
      Set.of(
          "preferences[0].weight",
          "configuration.values.cpu",
          "configuration.values.psu",
          "answers",
          "count",
          "/api/design-events events[0].rule",
          "/api/wishes attribute",
          "/api/wishes text");

  @RegisterExtension static final TestServer server = new TestServer();

  @Test
  void everyPostRouteIsCoveredAndAcceptsItsValidBodies() {
    List<String> posts = new ArrayList<>();
    for (Route r :
        AtelierApi.routes(
            ApiWiring.of(server.catalogue, server.database, ServerOptions.defaults(0)))) {
      // Routes for signed-in callers answer 401 before reading a body; their tests cover them.
      if (r.method() == HandlerType.POST
          && r.access() == Access.PUBLIC
          && !NOT_HERE.contains(r.path())) {
        posts.add(r.path());
      }
    }
    assertThat(VALID.keySet()).containsExactlyInAnyOrderElementsOf(posts);
    VALID.forEach(
        (path, bodies) ->
            bodies.forEach(
                b ->
                    assertThat(server.post(path, b).status())
                        .as(path + " " + b)
                        .isBetween(200, 202)));
  }

  @Test
  void malformedOversizedAndWronglyTypedBodiesAreProblemsNamingTheBody() {
    SoftAssertions soft = new SoftAssertions();
    byte[] big = ("{\"product\":\"" + "x".repeat(100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    for (String path : VALID.keySet()) {
      problem(soft, path, server.post(path, "{"), 400, "body");
      problem(soft, path, server.post(path, ""), 400, "body");
      problem(soft, path, server.post(path, "[]"), 400, "body");
      problem(soft, path, server.post(path, "null"), 400, "body");
      problem(soft, path, server.post(path, "42"), 400, "body");
      problem(soft, path, server.post(path, VALID.get(path).get(0) + " {}"), 400, "body");
      problem(soft, path, server.post(path, "{\"bogus\":1}"), 400, "bogus");
      problem(soft, path, server.post(path, "[".repeat(5_000)), 400, "body");
      problem(soft, path, server.post(path, "application/json", big), 413, "body");
      problem(
          soft,
          path,
          server.post(path, "text/plain", VALID.get(path).get(0).getBytes(StandardCharsets.UTF_8)),
          415,
          "Content-Type");
      problem(soft, path, server.post(path, null, new byte[0]), 415, "Content-Type");
      problem(soft, path, server.send("GET", path), 405, "method");
    }
    problem(soft, "/nowhere", server.get("/api/nowhere"), 404, "path");
    soft.assertAll();
  }

  @Test
  void everyFieldMissingNullWronglyTypedOrUnknownIsAProblemNamingIt() {
    SoftAssertions soft = new SoftAssertions();
    int cases = 0;
    for (Map.Entry<String, List<String>> route : VALID.entrySet()) {
      for (String body : route.getValue()) {
        JsonNode valid = parse(body);
        for (BodyMutations.Mutation m : BodyMutations.of(valid)) {
          TestServer.Answer answer = server.post(route.getKey(), m.body().toString());
          cases++;
          if (answer.status() / 100 == 2
              && (OPTIONAL.contains(m.field())
                  || OPTIONAL.contains(route.getKey() + " " + m.field()))
              && !m.kind().equals("type")) {
            continue;
          }
          soft.assertThat(answer.status())
              .as("%s %s %s: %s", route.getKey(), m.kind(), m.field(), answer.text())
              .isBetween(400, 499);
          soft.assertThat(answer.contentType())
              .as("%s %s %s", route.getKey(), m.kind(), m.field())
              .startsWith("application/problem+json");
          soft.assertThat(answer.body().path("field").asText())
              .as("%s %s %s: %s", route.getKey(), m.kind(), m.field(), answer.text())
              .isIn(alternatives(route.getKey(), m.field()));
        }
      }
    }
    assertThat(cases).isGreaterThan(150);
    soft.assertAll();
  }

  @Test
  void hostileUploadsAreProblemsNamingTheField() {
    SoftAssertions soft = new SoftAssertions();
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    problem(soft, "html as png", server.post("/api/uploads", "image/png", html), 415, "file");
    problem(soft, "empty", server.post("/api/uploads", "image/png", new byte[0]), 422, "file");
    problem(soft, "no type", server.post("/api/uploads", null, new byte[0]), 422, "file");
    byte[] script =
        ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"9\" height=\"9\">"
                + "<script>alert(1)</script></svg>")
            .getBytes(StandardCharsets.UTF_8);
    problem(soft, "svg script", server.post("/api/uploads", "image/svg+xml", script), 422, "file");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'};
    problem(
        soft, "png as svg", server.post("/api/uploads", "image/svg+xml", png), 415, "contentType");
    problem(soft, "truncated png", server.post("/api/uploads", "image/png", png), 422, "file");
    problem(soft, "unknown upload", server.get("/api/uploads/" + "0".repeat(64)), 404, "id");
    problem(soft, "bad id", server.get("/api/uploads/NOT-A-HASH"), 404, "id");
    String file = "/api/print-files/";
    problem(soft, "unknown print file", server.getAs(Role.STAFF, file + "0".repeat(64)), 404, "id");
    problem(soft, "bad print file id", server.getAs(Role.STAFF, file + "NOT-A-HASH"), 404, "id");
    String upper = "A".repeat(64);
    problem(soft, "upper-case print file id", server.getAs(Role.STAFF, file + upper), 404, "id");
    String dots = "..%2F..%2F..%2Fetc%2Fpasswd";
    // Refused before any route: a dot segment, even escaped, is a 400 naming the path (session 21).
    problem(soft, "print file path trick", server.getAs(Role.STAFF, file + dots), 400, "path");
    String mine = "0".repeat(64);
    problem(soft, "customer print file", server.getAs(Role.CUSTOMER, file + mine), 404, "id");
    StringBuilder bomb = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"9\"");
    bomb.append(" height=\"9\"><defs><rect id=\"l0\" width=\"1\" height=\"1\"/>");
    for (int level = 1; level <= 6; level++) {
      bomb.append("<g id=\"l").append(level).append("\">");
      bomb.append(("<use href=\"#l" + (level - 1) + "\"/>").repeat(10)).append("</g>");
    }
    byte[] uses =
        bomb.append("</defs><use href=\"#l6\"/></svg>").toString().getBytes(StandardCharsets.UTF_8);
    problem(soft, "svg use bomb", server.post("/api/uploads", "image/svg+xml", uses), 422, "file");
    soft.assertAll();
  }

  @Test
  void numbersOutOfRangeAreProblems() {
    String tooBig =
        "{\"design\":"
            + DESIGN
            + ",\"objective\":\"preferred\",\"preferences\":"
            + "[{\"attribute\":\"ram\",\"value\":\"ddr5\",\"weight\":%s}]}";
    SoftAssertions soft = new SoftAssertions();
    for (String weight : List.of("0", "-1", "1000001", "99999999999", "1e30", "1.5")) {
      TestServer.Answer a = server.post("/api/designs/complete", String.format(tooBig, weight));
      problem(soft, "weight " + weight, a, a.status() == 422 ? 422 : 400, "preferences[0].weight");
    }
    TestServer.Answer psu =
        server.post("/api/designs/domains", DESIGN.replace("\"1000\"", "\"5000\""));
    problem(soft, "psu", psu, 422, "decisions[1].value");
    soft.assertThat(psu.body().path("attribute").asText()).isEqualTo("psu");
    soft.assertThat(psu.body().path("value").asText()).isEqualTo("5000");
    TestServer.Answer notNumber =
        server.post("/api/designs/domains", DESIGN.replace("\"1000\"", "\"lots\""));
    problem(soft, "psu", notNumber, 422, "decisions[1].value");
    soft.assertAll();
  }

  private static void problem(
      SoftAssertions soft, String what, TestServer.Answer answer, int status, String field) {
    soft.assertThat(answer.status()).as(what + ": " + answer.text()).isEqualTo(status);
    soft.assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
    soft.assertThat(answer.body().path("field").asText())
        .as(what + ": " + answer.text())
        .isEqualTo(field);
    soft.assertThat(answer.body().path("type").asText()).as(what).startsWith("/problems/");
  }

  /** The fields that may be named for a problem with {@code field}. */
  /** A complete design of {@code product}: its cheapest completion, as the promise needs. */
  private static String completeDesign(String product) {
    ProductVersion pv = TestServer.CATALOGUE.current(product).orElseThrow();
    Configuration c =
        ConfigurationSession.start(pv.compiled())
            .optimumOverAllFacts(Objective.cheapest(), Deadline.inMillis(10_000))
            .orThrow()
            .configuration();
    StringBuilder decisions = new StringBuilder();
    for (Map.Entry<String, String> e : c.values().entrySet()) {
      decisions.append(decisions.length() == 0 ? "" : ",");
      decisions.append("{\"attribute\":\"" + e.getKey() + "\",\"value\":\"" + e.getValue() + "\"}");
    }
    return "{\"product\":\""
        + product
        + "\",\"version\":\""
        + pv.version()
        + "\",\"decisions\":["
        + decisions
        + "]}";
  }

  private static Set<String> alternatives(String route, String field) {
    if (route.endsWith("/promise") && field.startsWith("decisions[")) {
      return Set.of(field, "decisions"); // a design missing a decision is incomplete: 409
    }
    if (route.endsWith("/price") && Set.of("design", "configuration").contains(field)) {
      return Set.of("design", "configuration"); // "send exactly one of them"
    }
    return Set.of(field);
  }

  private static JsonNode parse(String json) {
    try {
      return TestServer.JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
