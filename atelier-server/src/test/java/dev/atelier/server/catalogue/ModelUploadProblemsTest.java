package dev.atelier.server.catalogue;

import static dev.atelier.server.catalogue.ModelCatalogueTest.kite;
import static dev.atelier.server.catalogue.ModelCatalogueTest.upload;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.MutableClock;
import dev.atelier.server.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Bad uploads and publications answer 4xx problems naming the place, on H2 and PostgreSQL. */
class ModelUploadProblemsTest {

  private static final Role PM = Role.PRODUCT_MANAGER;

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void badUploadsNameTheLineOrField(TestDatabases.Kind kind) {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    try (TestServer server = new TestServer(TestDatabases.fresh(kind), clock)) {
      SoftAssertions soft = new SoftAssertions();
      String malformed = kite("1").replace("  - id: colour\n", "  - id: colour\n   kind: [\n");
      TestServer.Answer yaml = server.postAs(PM, "/api/models", upload("yaml", malformed));
      problem(soft, yaml, 422, "source");
      soft.assertThat(yaml.body().get("detail").asText()).matches("upload\\.yaml:\\d+:\\d+: .*");
      JsonNode first = yaml.body().get("explanation").get("diagnostics").get(0);
      soft.assertThat(first.get("line").asInt()).isGreaterThan(1);
      soft.assertThat(first.get("severity").asText()).isEqualTo("error");

      TestServer.Answer valid = server.postAs(PM, "/api/models", upload("yaml", kite("1")));
      soft.assertThat(valid.status()).as(valid.text()).isEqualTo(201);

      TestServer.Answer badRule =
          server.postAs(
              PM,
              "/api/models",
              upload("yaml", kite("3").replace("rule: colour != black", "rule: colour != pink")));
      problem(soft, badRule, 422, "source");
      soft.assertThat(badRule.body().get("detail").asText()).startsWith("upload.yaml:22:");

      problem(soft, server.postAs(PM, "/api/models", upload("kml", kite("4"))), 422, "format");
      problem(soft, server.postAs(PM, "/api/models", "{\"source\":\"x\"}"), 400, "format");
      problem(soft, server.postAs(PM, "/api/models", "{\"format\":\"yaml\"}"), 400, "source");
      problem(
          soft, server.postAs(PM, "/api/models", "{\"format\":1,\"source\":\"\"}"), 400, "format");
      problem(soft, server.postAs(PM, "/api/models", "{"), 400, "body");
      String padded = kite("5") + "#" + "x".repeat(50_000) + "\n";
      problem(soft, server.postAs(PM, "/api/models", upload("yaml", padded)), 413, "source");
      String huge = upload("yaml", kite("6") + "#" + "x".repeat(70_000));
      problem(soft, server.postAs(PM, "/api/models", huge), 413, "body");

      problem(soft, server.postAs(PM, "/api/models", upload("yaml", kite("1"))), 409, "version");
      TestServer.Answer demo =
          server.postAs(PM, "/api/models", upload("yaml", pizzaSource(server)));
      problem(soft, demo, 409, "version");
      String renamed =
          "{\"format\":\"yaml\",\"source\":" + quote(kite("7")) + ",\"version\":\"8\"}";
      problem(soft, server.postAs(PM, "/api/models", renamed), 422, "version");
      String badVersion =
          "{\"format\":\"dimacs\",\"source\":\"p cnf 1 0\\n\",\"version\":\"../x\"}";
      problem(soft, server.postAs(PM, "/api/models", badVersion), 422, "version");
      soft.assertAll();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void badPublicationsNameTheField(TestDatabases.Kind kind) {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    try (TestServer server = new TestServer(TestDatabases.fresh(kind), clock)) {
      SoftAssertions soft = new SoftAssertions();
      String contradiction =
          kite("9").replace("rule: colour != black", "rule: shape = delta and shape = diamond");
      TestServer.Answer unsat = server.postAs(PM, "/api/models", upload("yaml", contradiction));
      soft.assertThat(unsat.status()).as(unsat.text()).isEqualTo(201);
      soft.assertThat(unsat.body().get("counts").get("errors").asInt()).isEqualTo(1);
      soft.assertThat(unsat.body().get("diagnostics").toString()).contains("unsatisfiable");
      String publish = "/api/models/kite/versions/9/publish";
      problem(soft, server.postAs(PM, publish, "{}"), 409, "version");
      problem(
          soft, server.postAs(PM, publish, "{\"effectiveFrom\":\"soon\"}"), 400, "effectiveFrom");
      problem(soft, server.postAs(PM, publish, "{\"when\":\"2026-01-01\"}"), 400, "when");
      problem(
          soft, server.postAs(PM, "/api/models/kite/versions/10/publish", "{}"), 404, "version");
      problem(soft, server.postAs(PM, "/api/models/boat/versions/1/publish", "{}"), 404, "product");
      problem(
          soft,
          server.postAs(PM, "/api/models/pizza/versions/2025.1/publish", "{}"),
          409,
          "version");
      problem(soft, server.getAs(PM, "/api/models/pizza/versions/1999"), 404, "version");
      soft.assertAll();
    }
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private static String pizzaSource(TestServer server) {
    try (var in = TestServer.class.getResourceAsStream("/demo/pizza.yaml")) {
      return new String(in.readAllBytes(), UTF8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String quote(String s) {
    return TestServer.JSON.getNodeFactory().textNode(s).toString();
  }

  /**
   * Models whose values together pass the model's bound are refused while they are read, before
   * their values are made (a 3.8 KB XCSP file of 100 variables over a 100,000-value domain filled
   * the heap), and the server answers cheap requests right after.
   */
  @Test
  @Tag("slow")
  void modelsWithTooManyValuesAreRefusedWhileRead() {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    try (TestServer server = new TestServer(TestDatabases.fresh(TestDatabases.Kind.H2), clock)) {
      SoftAssertions soft = new SoftAssertions();
      StringBuilder xcsp = new StringBuilder("<instance><presentation name='wide'/><domains>");
      xcsp.append("<domain name='D' nbValues='100000'>0..99999</domain></domains><variables>");
      for (int i = 0; i < 100; i++) {
        xcsp.append("<variable name='v").append(i).append("' domain='D'/>");
      }
      xcsp.append("</variables></instance>");
      TestServer.Answer wide = server.postAs(PM, "/api/models", upload("xcsp", xcsp.toString()));
      problem(soft, wide, 422, "source");
      soft.assertThat(wide.text()).contains("have more than 200000 values together");
      TestServer.Answer cnf =
          server.postAs(PM, "/api/models", upload("dimacs", "p cnf 150000 1\n1 0\n"));
      problem(soft, cnf, 422, "source");
      soft.assertThat(server.get("/api/products").status()).isEqualTo(200);
      soft.assertAll();
    }
  }

  private static void problem(SoftAssertions soft, TestServer.Answer a, int status, String field) {
    soft.assertThat(a.status()).as(a.text()).isEqualTo(status);
    soft.assertThat(a.contentType()).as(a.text()).startsWith("application/problem+json");
    soft.assertThat(a.body().path("field").asText()).as(a.text()).isEqualTo(field);
  }
}
