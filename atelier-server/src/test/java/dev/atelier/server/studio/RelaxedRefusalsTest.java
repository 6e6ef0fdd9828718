package dev.atelier.server.studio;

import static dev.atelier.server.testing.StudioCalls.KITE_VERSIONS;
import static dev.atelier.server.testing.StudioCalls.PM;
import static dev.atelier.server.testing.StudioCalls.pm;
import static dev.atelier.server.testing.StudioCalls.publishFirst;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.result.Deadline;
import dev.atelier.formats.product.DefinitionResult;
import dev.atelier.formats.yaml.NativeFormat;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.designevents.DesignEvent;
import dev.atelier.server.designevents.DesignEventStore;
import dev.atelier.server.designevents.EventKind;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A draft's impact names the refusals of the last 90 days it would have let through, per design
 * session and per rule, on H2 and PostgreSQL; the expected figures come from enumerating every kite
 * configuration of both versions, not from the engine's sessions.
 */
class RelaxedRefusalsTest {

  /** Version 1 refuses blue deltas and red diamonds; the draft keeps only the second rule. */
  private static String kite(String version, boolean blueDelta) {
    String rules =
        "rules:\n"
            + (blueDelta
                ? "  - id: no-blue-delta\n"
                    + "    label: {en: No blue delta, de: Kein blauer Delta}\n"
                    + "    rule: colour = blue -> shape = diamond\n"
                : "")
            + "  - id: no-red-diamond\n"
            + "    label: {en: No red diamond, de: Keine rote Raute}\n"
            + "    rule: colour = red -> shape = delta\n";
    return StudioApiTest.kite(version) + rules;
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void impactCountsTheSessionsARelaxedRuleWouldHaveLetThrough(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind);
        OrderServer server = new OrderServer(db)) {
      publishFirst(server, "kite", kite("1", true));
      assertThat(pm(server, KITE_VERSIONS + "1/drafts", "{\"version\":\"2\"}").status())
          .isEqualTo(201);
      ObjectNode save = TestServer.JSON.createObjectNode().put("source", kite("2", false));
      OrderServer.Answer saved = pm(server, KITE_VERSIONS + "2/source", save.toString());
      assertThat(saved.status()).as(saved.text()).isEqualTo(200);

      Instant now = Instant.now();
      List<DesignEvent> events = new ArrayList<>();
      // Two sessions refused a blue delta (one twice), one a red diamond; one refusal is too old,
      // one kept no design. Only the blue deltas of the last 90 days count.
      events.add(refusal("s:a", now.minus(Duration.ofDays(3)), "shape", "delta", "colour", "blue"));
      events.add(refusal("s:a", now.minus(Duration.ofDays(2)), "shape", "delta", "colour", "blue"));
      events.add(
          refusal("s:b", now.minus(Duration.ofDays(80)), "colour", "blue", "shape", "delta"));
      events.add(
          refusal("s:c", now.minus(Duration.ofDays(1)), "shape", "diamond", "colour", "red"));
      events.add(
          refusal("s:d", now.minus(Duration.ofDays(95)), "shape", "delta", "colour", "blue"));
      events.add(
          new DesignEvent(
              now, EventKind.REFUSAL, "kite", "1", "s:e", null, "colour", "blue", "no-blue-delta"));
      new DesignEventStore(db).insert(events);

      JsonNode relaxed =
          server.get(KITE_VERSIONS + "2/impact", PM, Role.PRODUCT_MANAGER).body().get("relaxed");
      Map<String, Integer> expected = expected(events, now);
      assertThat(expected).isEqualTo(Map.of("no-blue-delta", 2));
      assertThat(relaxed.get("days").asInt()).isEqualTo(90);
      assertThat(relaxed.get("found").asInt()).isEqualTo(4);
      assertThat(relaxed.get("checked").asInt()).isEqualTo(4);
      assertThat(relaxed.get("sessions").asInt()).isEqualTo(2);
      Map<String, Integer> byRule = new TreeMap<>();
      relaxed
          .get("byRule")
          .forEach(r -> byRule.put(r.get("rule").asText(), r.get("sessions").asInt()));
      assertThat(byRule).isEqualTo(expected);
    }
  }

  private static DesignEvent refusal(
      String session, Instant at, String decided, String value, String refused, String wanted) {
    String rule =
        "blue".equals(value) || "blue".equals(wanted) ? "no-blue-delta" : "no-red-diamond";
    return new DesignEvent(
        at,
        EventKind.REFUSAL,
        "kite",
        "1",
        session,
        null,
        refused,
        wanted,
        rule,
        "{\"" + decided + "\":\"" + value + "\"}");
  }

  /**
   * Per rule, the sessions of the last 90 days whose refused value some complete configuration of
   * version 2 admits together with the design's decision, and none of version 1 does.
   */
  private static Map<String, Integer> expected(List<DesignEvent> events, Instant now) {
    CompiledModel v1 = compile(kite("1", true));
    CompiledModel v2 = compile(kite("2", false));
    Map<String, java.util.Set<String>> sessions = new TreeMap<>();
    for (DesignEvent e : events) {
      if (e.decisions() == null || e.at().isBefore(now.minus(Duration.ofDays(90)))) {
        continue;
      }
      Map<String, String> fixed = new LinkedHashMap<>();
      String[] d = e.decisions().replaceAll("[{}\"]", "").split(":");
      fixed.put(d[0], d[1]);
      fixed.put(e.attribute(), e.value());
      if (admitted(v2, fixed) && !admitted(v1, fixed)) {
        sessions.computeIfAbsent(e.rule(), r -> new java.util.TreeSet<>()).add(e.sessionKey());
      }
    }
    Map<String, Integer> out = new TreeMap<>();
    sessions.forEach((r, s) -> out.put(r, s.size()));
    return out;
  }

  private static boolean admitted(CompiledModel m, Map<String, String> fixed) {
    for (String shape : List.of("diamond", "delta")) {
      for (String colour : List.of("red", "blue")) {
        Map<String, String> c = Map.of("shape", shape, "colour", colour);
        if (c.entrySet().containsAll(fixed.entrySet())
            && m.validate(new Configuration(c)).valid()) {
          return true;
        }
      }
    }
    return false;
  }

  private static CompiledModel compile(String text) {
    DefinitionResult r = NativeFormat.readDefinition(text, "kite.yaml");
    return CompiledModel.compile(
            ((DefinitionResult.Loaded) r).definition().model(), Deadline.inMillis(60_000))
        .orThrow();
  }
}
