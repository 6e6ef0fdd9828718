package dev.atelier.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.formats.demo.Demos;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.MutableClock;
import dev.atelier.server.testing.TestKites;
import dev.atelier.server.testing.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The product managers' model catalogue on a real server, on H2 and on PostgreSQL: upload a model
 * (a draft with its diagnostics), publish it now or scheduled, versions becoming current on their
 * date (a test clock), designs pinned to older versions.
 */
public class ModelCatalogueTest {

  private static final Role PM = Role.PRODUCT_MANAGER;

  /** A kite with a dead value (colour = black never fits) and a redundant rule, in version v. */
  public static String kite(String version) {
    return String.join(
        "\n",
        TestKites.upToRed(version),
        "      - {id: black, label: {en: Black, de: Schwarz}}",
        "rules:",
        "  - id: no-black",
        "    label: {en: Black kites are invisible at dusk, de: Schwarze Drachen sieht man nicht}",
        "    rule: colour != black",
        "  - id: no-black-delta",
        "    label: {en: No black delta, de: Kein schwarzer Delta}",
        "    rule: not (colour = black and shape = delta)",
        "");
  }

  public static String upload(String format, String source) {
    ObjectNode body = TestServer.JSON.createObjectNode();
    body.put("format", format).put("source", source);
    return body.toString();
  }

  public static String design(String product, String version) {
    return "{\"product\":\"" + product + "\",\"version\":\"" + version + "\",\"decisions\":[]}";
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void uploadDraftPublishScheduleAndPin(TestDatabases.Kind kind) {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    try (TestServer server = new TestServer(TestDatabases.fresh(kind), clock)) {
      TestServer.Answer draft = server.postAs(PM, "/api/models", upload("yaml", kite("1")));
      assertThat(draft.status()).as(draft.text()).isEqualTo(201);
      JsonNode d = draft.body();
      assertThat(d.get("status").asText()).isEqualTo("draft");
      assertThat(d.get("createdBy").asText()).isEqualTo("product_manager@example.com");
      assertThat(d.get("checked").asBoolean()).isTrue();
      assertThat(d.get("counts").get("attributes").asInt()).isEqualTo(2);
      assertThat(d.get("counts").get("configurations").asText()).isEqualTo("2");
      assertThat(d.get("counts").get("deadValues").asInt()).isEqualTo(1);
      assertThat(d.get("counts").get("errors").asInt()).isZero();
      List<String> texts = new ArrayList<>();
      d.get("diagnostics").forEach(x -> texts.add(x.get("text").asText()));
      // Line 18 defines colour's value black; the redundant rule is on line 23.
      assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("upload.yaml:18:14: dead value"));
      assertThat(texts)
          .anySatisfy(t -> assertThat(t).startsWith("upload.yaml:23:9: redundant rule"));

      assertThat(server.getAs(PM, "/api/models/kite/versions/1").body().get("status").asText())
          .isEqualTo("draft");
      assertThat(ids(server.get("/api/products"))).doesNotContain("kite");
      assertThat(server.post("/api/designs/domains", design("kite", "1")).status()).isEqualTo(422);

      TestServer.Answer published = server.postAs(PM, "/api/models/kite/versions/1/publish", "{}");
      assertThat(published.status()).as(published.text()).isEqualTo(200);
      assertThat(published.body().get("status").asText()).isEqualTo("published");
      assertThat(published.body().get("current").asBoolean()).isTrue();
      assertThat(published.body().get("effectiveFrom").asText()).isEqualTo("2026-03-01T10:00:00Z");
      assertThat(ids(server.get("/api/products"))).contains("kite");
      assertThat(server.get("/api/products/kite").body().get("latest").asText()).isEqualTo("1");
      assertThat(server.post("/api/designs/domains", design("kite", "1")).status()).isEqualTo(200);

      assertThat(server.postAs(PM, "/api/models", upload("yaml", kite("2"))).status())
          .isEqualTo(201);
      TestServer.Answer scheduled =
          server.postAs(
              PM,
              "/api/models/kite/versions/2/publish",
              // Version 1 stays on offer beside it (by default its offer ends when 2 starts).
              "{\"effectiveFrom\":\"2026-04-01\",\"previousEffectiveTo\":\"2099-01-01\"}");
      assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(200);
      assertThat(scheduled.body().get("status").asText()).isEqualTo("scheduled");
      assertThat(scheduled.body().get("current").asBoolean()).isFalse();
      assertThat(server.get("/api/products/kite").body().get("latest").asText()).isEqualTo("1");
      assertThat(server.get("/api/products/kite/versions/2").status()).isEqualTo(404);
      TestServer.Answer early = server.post("/api/designs/domains", design("kite", "2"));
      assertThat(early.status()).isEqualTo(422);
      assertThat(early.body().get("field").asText()).isEqualTo("version");

      clock.advance(Duration.ofDays(31));
      JsonNode kite = server.get("/api/products/kite").body();
      assertThat(kite.get("latest").asText()).isEqualTo("2");
      assertThat(kite.get("versions").toString()).isEqualTo("[\"1\",\"2\"]");
      assertThat(kite.get("releases").get(1).get("effectiveFrom").asText())
          .isEqualTo("2026-04-01T00:00:00Z");
      assertThat(server.getAs(PM, "/api/models/kite/versions/2").body().get("status").asText())
          .isEqualTo("published");
      assertThat(server.post("/api/designs/domains", design("kite", "2")).status()).isEqualTo(200);
      TestServer.Answer pinned =
          server.post(
              "/api/designs/decide",
              "{\"design\":"
                  + design("kite", "1")
                  + ",\"attribute\":\"shape\",\"value\":\"delta\"}");
      assertThat(pinned.status()).as(pinned.text()).isEqualTo(200);
      assertThat(pinned.body().get("design").get("version").asText()).isEqualTo("1");
      assertThat(ids(server.get("/api/products"))).contains("pizza", "pc", "kite");
      JsonNode models = server.getAs(PM, "/api/models").body().get("models");
      // Every demo once, and the kite's two versions.
      assertThat(models).hasSize(Demos.NAMES.size() + 2);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void onlyProductManagersReachTheModelRoutes(TestDatabases.Kind kind) {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    try (TestServer server = new TestServer(TestDatabases.fresh(kind), clock)) {
      assertThat(server.postAs(null, "/api/models", upload("yaml", kite("1"))).status())
          .isEqualTo(401);
      assertThat(server.postAs(Role.CUSTOMER, "/api/models", upload("yaml", kite("1"))).status())
          .isEqualTo(403);
      assertThat(server.getAs(Role.STAFF, "/api/models").status()).isEqualTo(403);
      assertThat(server.getAs(Role.ADMIN, "/api/models").status()).isEqualTo(200);
      JsonNode pizza = server.getAs(PM, "/api/models/pizza/versions/2025.1").body();
      assertThat(pizza.get("status").asText()).isEqualTo("published");
      assertThat(pizza.get("current").asBoolean()).isTrue();
      // Seeded unchecked; checked on first request, and the report is kept.
      assertThat(pizza.get("checked").asBoolean()).isTrue();
      assertThat(pizza.get("counts").get("errors").asInt()).isZero();
      assertThat(pizza.get("counts").get("attributes").asInt())
          .isEqualTo(
              TestServer.CATALOGUE.current("pizza").orElseThrow().model().attributes().size());
      assertThat(server.getAs(PM, "/api/models").body().get("models").toString())
          .contains("\"checked\":true");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void yamlBodiesAndOtherFormatsUpload(TestDatabases.Kind kind) {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    try (TestServer server = new TestServer(TestDatabases.fresh(kind), clock)) {
      TestServer.Answer yaml = server.postAs(PM, "/api/models/yaml", "application/yaml", kite("1"));
      assertThat(yaml.status()).as(yaml.text()).isEqualTo(201);
      assertThat(yaml.body().get("format").asText()).isEqualTo("yaml");
      TestServer.Answer bad =
          server.postAs(PM, "/api/models/yaml", "application/yaml", "id: [kite\n");
      assertThat(bad.status()).isEqualTo(422);
      assertThat(bad.body().get("detail").asText()).startsWith("upload.yaml:2:1: YAML syntax");
      assertThat(server.postAs(PM, "/api/models/yaml", kite("2")).status()).isEqualTo(415);

      String dimacs =
          "{\"format\":\"dimacs\",\"product\":\"switches\",\"version\":\"2026.1\","
              + "\"source\":\"c 1 light\\nc 2 fan\\np cnf 2 1\\n-1 -2 0\\n\"}";
      TestServer.Answer cnf = server.postAs(PM, "/api/models", dimacs);
      assertThat(cnf.status()).as(cnf.text()).isEqualTo(201);
      assertThat(cnf.body().get("counts").get("configurations").asText()).isEqualTo("3");
      assertThat(
              server
                  .postAs(PM, "/api/models/switches/versions/2026.1/publish", "{}")
                  .body()
                  .get("status")
                  .asText())
          .isEqualTo("published");
      JsonNode version = server.get("/api/products/switches/versions/2026.1").body();
      assertThat(version.get("id").asText()).isEqualTo("switches");
      assertThat(version.get("version").asText()).isEqualTo("2026.1");
      TestServer.Answer domains = server.post("/api/designs/domains", design("switches", "2026.1"));
      assertThat(domains.status()).as(domains.text()).isEqualTo(200);
    }
  }

  private static List<String> ids(TestServer.Answer products) {
    List<String> ids = new ArrayList<>();
    products.body().get("products").forEach(p -> ids.add(p.get("id").asText()));
    return ids;
  }
}
