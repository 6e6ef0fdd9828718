package dev.atelier.server.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.formats.product.Department;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.designevents.DesignEvent;
import dev.atelier.server.designevents.DesignEventStore;
import dev.atelier.server.designevents.EventKind;
import dev.atelier.server.testing.HeaderAccounts;
import dev.atelier.server.testing.TestServer;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every analytics figure and two department inboxes, computed by the server from a seeded stream of
 * design events and wishes (2,000 and 100 in the default suite, 10,000 and 300 in the slow one;
 * client-reported events and wishes sent through the real routes, the rest through the recorder),
 * equal a count of the same stream made here with plain loops; the CSV exports parse back to the
 * same numbers. On H2 and on PostgreSQL. The figures are checked by family: {@link
 * DemandFiguresCheck}, {@link RefusalFiguresCheck}, {@link WishFiguresCheck}.
 */
class AnalyticsFiguresTest {
  /** 2,000 events and 100 wishes: quick enough for the default suite. */
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void figuresEqualAnIndependentCountOfASeededStream(TestDatabases.Kind kind) {
    figuresEqualAnIndependentCount(
        kind, new EventStream(AnalyticsFixture.PRODUCTS, 7L, 2_000, 100), 3);
  }

  /** 10,000 events and 300 wishes (slow suite). */
  @Tag("slow")
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void figuresEqualAnIndependentCountOfALargeSeededStream(TestDatabases.Kind kind) {
    figuresEqualAnIndependentCount(
        kind, new EventStream(AnalyticsFixture.PRODUCTS, 20_261_122L, 10_000, 300), 5);
  }

  private static void figuresEqualAnIndependentCount(
      TestDatabases.Kind kind, EventStream stream, int minCount) {
    Database db = TestDatabases.fresh(kind);
    try (DesignEventRecorder recorder = new DesignEventRecorder(new DesignEventStore(db), 20_000);
        TestServer server =
            new TestServer(AnalyticsFixture.CATALOGUE, db, HeaderAccounts.BY_HEADER, recorder)) {
      AnalyticsFeed.feed(server, recorder, stream);
      for (ProductVersion pv : AnalyticsFixture.PRODUCTS) {
        ExpectedFigures x = new ExpectedFigures(pv, stream);
        String base = "/api/analytics/" + pv.product() + "/" + pv.version() + "/";
        DemandFiguresCheck.demand(pv, x, get(server, base + "demand"));
        RefusalFiguresCheck.rules(pv, x, get(server, base + "rules"));
        RefusalFiguresCheck.repairs(x, get(server, base + "repairs"));
        DemandFiguresCheck.funnel(x, get(server, base + "funnel"));
        WishFiguresCheck.wishes(x, get(server, base + "wishes"));
        DemandFiguresCheck.heterogeneity(pv, x, get(server, base + "heterogeneity"));
        String query = "?minSessions=" + WishFiguresCheck.MIN_SESSIONS + "&minCount=" + minCount;
        WishFiguresCheck.suggestions(pv, x, get(server, base + "suggestions" + query), minCount);
        for (String figure :
            List.of(
                "demand", "rules", "repairs", "funnel", "wishes", "heterogeneity", "suggestions")) {
          String q = figure.equals("suggestions") ? query : "";
          FigureCsvCheck.sameNumbers(
              figure, get(server, base + figure + q), csv(server, base + figure + ".csv" + q));
        }
      }
      inbox(server, stream, "frames");
      inbox(server, stream, "kitchen");
    }
  }

  /**
   * A department's inbox: its newest wishes (all of them here, fewer than 100 each) and its
   * most-hit refusals, each counted as here.
   */
  private static void inbox(TestServer server, EventStream stream, String department) {
    JsonNode inbox = get(server, "/api/departments/" + department + "/inbox");
    long wishes =
        stream.wishes.stream()
            .filter(w -> ExpectedFigures.department(w.product(), w.attribute()).equals(department))
            .count();
    assertThat(inbox.get("wishes")).hasSize((int) wishes);
    assertThat(inbox.get("refusals")).isNotEmpty();
    long previous = Long.MAX_VALUE;
    for (JsonNode r : inbox.get("refusals")) {
      long expected = 0;
      for (DesignEvent e : stream.events) {
        if (e.kind() == EventKind.REFUSAL
            && e.product().equals(r.get("product").asText())
            && e.version().equals(r.get("version").asText())
            && e.attribute().equals(r.get("attribute").asText())
            && e.value().equals(r.get("value").asText())
            && String.valueOf(e.rule()).equals(r.get("rule").asText("null"))) {
          expected++;
        }
      }
      assertThat(r.get("count").asLong()).isEqualTo(expected).isLessThanOrEqualTo(previous);
      previous = expected;
      ProductVersion pv =
          AnalyticsFixture.CATALOGUE
              .find(r.get("product").asText(), r.get("version").asText())
              .orElseThrow();
      String owner =
          r.get("rule").isNull()
              ? null
              : pv.definition().departments().departments().stream()
                  .filter(d -> d.rules().contains(r.get("rule").asText()))
                  .map(Department::id)
                  .findFirst()
                  .orElse(null);
      assertThat(
              owner == null ? ExpectedFigures.department(pv, r.get("attribute").asText()) : owner)
          .isEqualTo(department);
    }
  }

  static JsonNode get(TestServer server, String path) {
    TestServer.Answer a = server.get(path, HeaderAccounts.MANAGER);
    assertThat(a.status()).as(path + ": " + a.text()).isEqualTo(200);
    return a.body();
  }

  private static String csv(TestServer server, String path) {
    TestServer.Answer a = server.get(path, HeaderAccounts.MANAGER);
    assertThat(a.status()).as(path).isEqualTo(200);
    assertThat(a.contentType()).startsWith("text/csv");
    return a.text();
  }
}
