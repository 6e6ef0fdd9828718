package dev.atelier.server.feedback;

import static dev.atelier.server.testing.StudioCalls.KITE_VERSIONS;
import static dev.atelier.server.testing.StudioCalls.pm;
import static dev.atelier.server.testing.StudioCalls.publishFirst;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.account.AccountStore;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.testing.MutableClock;
import dev.atelier.server.testing.OrderServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A version published for a later date meets its wishes when it becomes effective, not when it is
 * published: until then no wish is met, no customer has a notice and the outbox has no {@code
 * wish.met} event; once the catalogue's clock passes the date, the wishes made before publishing
 * and those made between publishing and the date are met, once each. On H2 and PostgreSQL, with the
 * clock moved by the test.
 */
class ScheduledWishesMetTest {

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void wishesAreMetWhenTheVersionStarts(TestDatabases.Kind kind) {
    MutableClock clock = new MutableClock(Instant.parse("2027-03-01T10:00:00Z"));
    try (Database db = TestDatabases.fresh(kind);
        OrderServer server = new OrderServer(db, clock)) {
      publishFirst(server, "kite", FeedbackKite.yaml("1"));
      AccountStore accounts = new AccountStore(db);
      long ann = FeedbackApiTest.customer(accounts, "ann@example.org");
      long bob = FeedbackApiTest.customer(accounts, "bob@example.org");
      assertThat(wish(server, ann, "A green kite").status()).isEqualTo(201);

      assertThat(pm(server, KITE_VERSIONS + "1/drafts", "{\"version\":\"2\"}").status())
          .isEqualTo(201);
      String add =
          "{\"kind\":\"add-value\",\"attribute\":\"colour\",\"value\":\"green\",\"price\":"
              + "\"4.00\",\"labels\":{\"en\":\"Green\",\"de\":\"Grün\"}}";
      assertThat(pm(server, KITE_VERSIONS + "2/edit", add).status()).isEqualTo(200);
      OrderServer.Answer published =
          pm(server, KITE_VERSIONS + "2/publish", "{\"effectiveFrom\":\"2027-03-10\"}");
      assertThat(published.status()).as(published.text()).isEqualTo(200);

      // Published, not yet effective: nothing is met; a wish made now still counts later.
      assertThat(notices(server, ann)).isZero();
      assertThat(wishMetEvents(db)).isZero();
      assertThat(states(db)).isEqualTo("new");
      assertThat(wish(server, bob, "Green would be nice").status()).isEqualTo(201);
      clock.advance(Duration.ofDays(8));
      assertThat(notices(server, ann)).isZero();
      assertThat(states(db)).isEqualTo("new,new");

      clock.advance(Duration.ofDays(2));
      assertThat(notices(server, ann)).isEqualTo(1);
      assertThat(notices(server, bob)).isEqualTo(1);
      JsonNode notice = server.get("/api/notices", ann).body().get("notices").get(0);
      assertThat(notice.get("version").asText()).isEqualTo("2");
      assertThat(notice.get("value").asText()).isEqualTo("colour = green");
      assertThat(Instant.parse(notice.get("at").asText())).isEqualTo(clock.instant());
      assertThat(states(db)).isEqualTo("met,met");
      assertThat(wishMetEvents(db)).isEqualTo(2);
      assertThat(notices(server, bob)).isEqualTo(1);
      assertThat(wishMetEvents(db)).as("met once each").isEqualTo(2);
    }
  }

  private static OrderServer.Answer wish(OrderServer server, long account, String text) {
    return server.post(
        "/api/wishes",
        account,
        null,
        "{\"product\":\"kite\",\"version\":\"1\",\"attribute\":\"colour\",\"text\":\""
            + text
            + "\"}");
  }

  private static int notices(OrderServer server, long account) {
    return server.get("/api/notices", account).body().get("notices").size();
  }

  private static String states(Database db) {
    List<String> states =
        db.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT state FROM wish ORDER BY id").mapTo(String.class).list());
    return String.join(",", states);
  }

  private static long wishMetEvents(Database db) {
    return db.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT COUNT(*) FROM outbox_event WHERE type = 'wish.met'")
                    .mapTo(Long.class)
                    .one());
  }
}
