package dev.atelier.server.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.engine.model.Configuration;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.Role;
import dev.atelier.server.production.BillOfMaterials;
import dev.atelier.server.production.StaffRoutesTest;
import dev.atelier.server.shared.MaterialLine;
import dev.atelier.server.testing.DesignBuilder;
import dev.atelier.server.testing.TestServer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Module instances through the product, on H2 and PostgreSQL: instances are added, removed,
 * duplicated and moved with their choices (one request each); a PC with three drives is ordered,
 * its bill of material multiplies the drives' parts and the bench queue says "drive 2 of 3"; the
 * insurance service is routed to underwriting and issuing.
 */
class ModularProductTest {

  private static Map<String, String> decisions(JsonNode domains) {
    Map<String, String> out = new LinkedHashMap<>();
    domains
        .get("design")
        .get("decisions")
        .forEach(d -> out.put(d.get("attribute").asText(), d.get("value").asText()));
    return out;
  }

  /** The cheapest completion of {@code design}. */
  private static JsonNode complete(TestServer server, JsonNode design) {
    TestServer.Answer done = server.completeCheapest(design);
    assertThat(done.status()).as(done.text()).isEqualTo(200);
    return done.body().get("design");
  }

  /** Three bays on a 300 cm wall with {@code doors} in turn, the third one 80 cm wide. */
  private static ObjectNode shelving(String... doors) {
    return DesignBuilder.of("shelving")
        .set("wall_width", "300")
        .set("bays", String.valueOf(doors.length))
        .each("bays", "doors", doors)
        .set("bays[3].width", "80")
        .json();
  }

  private static TestServer.Answer instances(
      TestServer server, JsonNode design, String action, Integer instance, Integer to) {
    ObjectNode body = TestServer.JSON.createObjectNode();
    body.set("design", design);
    body.put("slot", "bays").put("action", action);
    if (instance != null) {
      body.put("instance", instance);
    }
    if (to != null) {
      body.put("to", to);
    }
    return server.post("/api/designs/instances", body.toString());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void instancesMoveWithTheirChoicesAndOrdersCarryThem(TestDatabases.Kind kind) {
    try (TestServer server = new TestServer(TestDatabases.fresh(kind), Clock.systemUTC())) {
      ObjectNode three = shelving("glass", "none", "wood");
      // Remove bay 2: bay 3 and its choices become bay 2 (glass and wood now stand side by side,
      // which the rules refuse, so the answer explains).
      TestServer.Answer removed = instances(server, three, "remove", 2, null);
      assertThat(removed.status()).as(removed.text()).isEqualTo(409);
      // Remove bay 1 instead: the open bay moves to place 1, the wooden one to place 2.
      TestServer.Answer first = instances(server, three, "remove", 1, null);
      assertThat(first.status()).as(first.text()).isEqualTo(200);
      assertThat(decisions(first.body()))
          .containsEntry("bays", "2")
          .containsEntry("bays[1].doors", "none")
          .containsEntry("bays[2].doors", "wood")
          .containsEntry("bays[2].width", "80")
          .doesNotContainKey("bays[3].doors");
      // Duplicate bay 2 (open): four bays, the copy right after it.
      TestServer.Answer copied = instances(server, three, "duplicate", 2, null);
      assertThat(copied.status()).as(copied.text()).isEqualTo(200);
      assertThat(decisions(copied.body()))
          .containsEntry("bays", "4")
          .containsEntry("bays[2].doors", "none")
          .containsEntry("bays[3].doors", "none")
          .containsEntry("bays[4].doors", "wood")
          .containsEntry("bays[4].width", "80");
      // Move the wide open bay to the front: it keeps its width (glass beside wood is refused,
      // so the second design has no wooden doors).
      ObjectNode open = shelving("glass", "none", "none");
      TestServer.Answer moved = instances(server, open, "move", 3, 1);
      assertThat(moved.status()).as(moved.text()).isEqualTo(200);
      assertThat(decisions(moved.body()))
          .containsEntry("bays[1].doors", "none")
          .containsEntry("bays[1].width", "80")
          .containsEntry("bays[2].doors", "glass")
          .containsEntry("bays[3].doors", "none")
          .doesNotContainKey("bays[3].width");
      // Add: a fourth, undecided bay.
      TestServer.Answer added = instances(server, three, "add", null, null);
      assertThat(added.status()).as(added.text()).isEqualTo(200);
      assertThat(decisions(added.body()))
          .containsEntry("bays", "4")
          .doesNotContainKey("bays[4].doors");
      // Bad requests name their field.
      assertThat(instances(server, three, "move", 4, 1).body().get("field").asText())
          .isEqualTo("instance");
      assertThat(instances(server, three, "twist", 1, null).status()).isEqualTo(400);
      ObjectNode five =
          DesignBuilder.of("shelving").set("wall_width", "300").set("bays", "5").json();
      TestServer.Answer sixth = instances(server, five, "add", null, null);
      assertThat(sixth.status()).isEqualTo(422);
      assertThat(sixth.body().get("type").asText()).isEqualTo("/problems/out-of-range");

      pcOrderWithThreeDrives(server);
      policyGoesToServiceCentres(server);
    }
  }

  /**
   * A PC with three library drives (two 1 TB SSDs, one 4 TB disk) and two sticks: BOM and queue per
   * drive.
   */
  private static void pcOrderWithThreeDrives(TestServer server) {
    // every choice given: the order checks the design without a completion (the engine's cheapest
    // completion of the PC takes seconds on a loaded machine)
    JsonNode pc =
        DesignBuilder.of("pc")
            .set("drives", "3")
            .each("drives", "type", "ssd", "ssd", "hdd")
            .each("drives", "capacity", "1000", "1000", "4000")
            .set("memory", "2")
            .each("memory", "size", "16", "16")
            .pairs(
                "cpu",
                "r5-7600",
                "socket",
                "am5",
                "motherboard",
                "b650",
                "ram",
                "ddr5",
                "gpu",
                "rtx4060",
                "cpu_power",
                "65",
                "gpu_power",
                "115",
                "psu",
                "450",
                "case",
                "midi",
                "os",
                "false",
                "fan_profile",
                "balanced")
            .json();
    JsonNode order = StaffRoutesTest.order(server, pc, 2, "modular-pc-1");
    assertThat(order.get("configuration").get("drives[3].capacity").asText()).isEqualTo("4000");
    List<String> lines = new ArrayList<>();
    order.get("price").get("lines").forEach(l -> lines.add(l.get("label").asText()));
    assertThat(lines).contains("Drive 1 · Capacity: 1 TB", "Drive 3 · Capacity: 4 TB");
    // every line names its instance: "drives[3]" (Drive 3 / Laufwerk 3), caddies included
    Map<String, Long> perInstance = new LinkedHashMap<>();
    order
        .get("price")
        .get("lines")
        .forEach(
            l -> {
              if (l.hasNonNull("instance")) {
                perInstance.merge(l.get("instance").asText(), l.get("amount").asLong(), Long::sum);
              }
            });
    // a drive: its SSD (20.00) or nothing, its capacity (1 TB 30.00, 4 TB 140.00), a caddy (9.00)
    assertThat(perInstance)
        .containsExactly(
            Map.entry("drives[1]", 5900L),
            Map.entry("drives[2]", 5900L),
            Map.entry("drives[3]", 14900L),
            Map.entry("memory[1]", 4500L), // a 16 GB stick
            Map.entry("memory[2]", 4500L));
    JsonNode read = server.getAs(Role.CUSTOMER, "/api/orders/" + order.get("id").asLong()).body();
    assertThat(read.get("price").get("lines").findValuesAsText("instance"))
        .contains("drives[1]", "drives[3]");
    List<String> german = new ArrayList<>();
    read.get("price")
        .get("lines")
        .forEach(
            l -> {
              if (l.path("instance").asText().equals("drives[3]")) {
                german.add(l.get("instanceLabel").get("de").asText());
              }
            });
    assertThat(german).isNotEmpty().allMatch("Laufwerk 3"::equals);
    Map<String, String> values = new LinkedHashMap<>();
    order
        .get("configuration")
        .properties()
        .forEach(e -> values.put(e.getKey(), e.getValue().asText()));
    List<MaterialLine> bom =
        BillOfMaterials.explode(
            TestServer.CATALOGUE.current("pc").orElseThrow().definition(),
            new Configuration(values),
            2);
    // the drive module of library parts v1: one caddy per drive, whatever its kind
    assertThat(bom).contains(new MaterialLine("DRIVE-CADDY", 3, 6, "pcs"));
    List<String> bench = new ArrayList<>();
    server
        .getAs(Role.STAFF, "/api/work-centres/pc-bench/queue")
        .body()
        .get("operations")
        .forEach(o -> bench.add(o.get("label").get("en").asText()));
    assertThat(bench).contains("Fit drive 1 of 3", "Fit drive 2 of 3", "Fit drive 3 of 3");
    assertThat(bench).doesNotContain("Fit drive 4 of 3");
  }

  /** The insurance policy goes to underwriting and issuing, one assessment per coverage. */
  private static void policyGoesToServiceCentres(TestServer server) {
    JsonNode policy =
        complete(
            server,
            DesignBuilder.of("insurance")
                .set("coverages", "2")
                .set("coverages[1].kind", "theft")
                .json());
    StaffRoutesTest.order(server, policy, 1, "modular-policy-1");
    List<String> desk = new ArrayList<>();
    server
        .getAs(Role.STAFF, "/api/work-centres/underwriting/queue")
        .body()
        .get("operations")
        .forEach(o -> desk.add(o.get("label").get("de").asText()));
    assertThat(desk)
        .contains("Police prüfen", "Deckung 1 von 2 bewerten", "Deckung 2 von 2 bewerten");
    assertThat(server.getAs(Role.STAFF, "/api/work-centres/issuing/queue").body().get("operations"))
        .hasSize(1);
  }
}
