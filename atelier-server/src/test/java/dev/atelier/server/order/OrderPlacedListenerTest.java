package dev.atelier.server.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Objective;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.shared.Choice;
import dev.atelier.server.shared.Design;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The contract production relies on: the listener runs inside the order's transaction (it sees the
 * order and its key claimed), and a refusal or a failure rolls everything back, leaving the key
 * free for a retry.
 */
class OrderPlacedListenerTest {

  private static final Catalogue CATALOGUE = Catalogue.demos(Deadline.inMillis(60_000));

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void runsInsideTheTransactionAndARefusalOrFailureLeavesNothing(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind)) {
      Design design = cheapest("pizza");
      IdempotencyKey key = new IdempotencyKey("k");
      String hash = IdempotencyKey.hash("test", design);

      OrderPlacedListener refuse =
          (h, order) ->
              Optional.of(Problem.of(409, "no-capacity", "No capacity", "full", "quantity"));
      Outcome<RawJson> refused =
          service(db, refuse).place(1, key, hash, design, "design", null, 1, null);
      assertThat(refused).isInstanceOf(Outcome.Rejected.class);
      assertThat(((Outcome.Rejected<RawJson>) refused).problem().status()).isEqualTo(409);
      assertThat(count(db, "orders")).isZero();
      assertThat(count(db, "order_idempotency_keys")).isZero();

      OrderPlacedListener fail =
          (h, order) -> {
            throw new IllegalStateException("production is down");
          };
      assertThatThrownBy(
              () -> service(db, fail).place(1, key, hash, design, "design", null, 1, null))
          .isInstanceOf(IllegalStateException.class);
      assertThat(count(db, "orders")).isZero();
      assertThat(count(db, "order_idempotency_keys")).isZero();

      AtomicLong seen = new AtomicLong();
      OrderPlacedListener look =
          (h, order) -> {
            seen.set(
                h.createQuery(
                        "SELECT COUNT(*) FROM orders o JOIN order_idempotency_keys k"
                            + " ON k.account_id = o.account_id WHERE o.id = :id")
                    .bind("id", order.id())
                    .mapTo(Long.class)
                    .one());
            return Optional.empty();
          };
      Outcome<RawJson> placed =
          service(db, look).place(1, key, hash, design, "design", null, 3, null);
      assertThat(placed).isInstanceOf(Outcome.Ok.class);
      assertThat(((Outcome.Ok<RawJson>) placed).status()).isEqualTo(201);
      assertThat(seen.get()).isEqualTo(1);
      assertThat(count(db, "orders")).isEqualTo(1);
    }
  }

  /**
   * A transaction the database aborts for a concurrent one (a deadlock or serialization failure in
   * the listener's statements, as racing orders can meet) is placed again, not answered 500; when
   * it keeps failing, 503 and nothing kept.
   */
  @Tag("slow") // a database per method, as the suite budget asks
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aTransactionAbortedForAConcurrentOneIsPlacedAgain(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind)) {
      Design design = cheapest("pizza");
      String hash = IdempotencyKey.hash("test", design);
      AtomicInteger calls = new AtomicInteger();
      OrderPlacedListener deadlockOnce =
          (h, order) -> {
            if (calls.getAndIncrement() == 0) {
              throw aborted("40P01");
            }
            return Optional.empty();
          };
      Outcome<RawJson> placed =
          service(db, deadlockOnce)
              .place(1, new IdempotencyKey("once"), hash, design, "design", null, 1, null);
      assertThat(placed).isInstanceOf(Outcome.Ok.class);
      assertThat(((Outcome.Ok<RawJson>) placed).status()).isEqualTo(201);
      assertThat(calls.get()).isEqualTo(2);
      assertThat(count(db, "orders")).isEqualTo(1);
      assertThat(count(db, "order_idempotency_keys")).isEqualTo(1);

      OrderPlacedListener alwaysAborted =
          (h, order) -> {
            throw aborted("40001");
          };
      Outcome<RawJson> busy =
          service(db, alwaysAborted)
              .place(1, new IdempotencyKey("never"), hash, design, "design", null, 1, null);
      assertThat(busy).isInstanceOf(Outcome.Rejected.class);
      assertThat(((Outcome.Rejected<RawJson>) busy).problem().status()).isEqualTo(503);
      assertThat(count(db, "orders")).isEqualTo(1);
      assertThat(count(db, "order_idempotency_keys")).isEqualTo(1);
    }
  }

  private static UnableToExecuteStatementException aborted(String sqlState) {
    return new UnableToExecuteStatementException(
        new SQLException("aborted for a concurrent transaction", sqlState), null);
  }

  private static OrderService service(Database db, OrderPlacedListener listener) {
    return new OrderService(CATALOGUE, Duration.ofSeconds(10), db, listener, Clock.systemUTC());
  }

  private static Design cheapest(String product) {
    ProductVersion version = CATALOGUE.current(product).orElseThrow();
    var completion =
        ConfigurationSession.start(version.compiled())
            .complete(Objective.cheapest(), Deadline.inMillis(10_000))
            .orThrow();
    List<Choice> choices = new ArrayList<>();
    completion.configuration().values().forEach((a, v) -> choices.add(new Choice(a, v)));
    return new Design(product, version.version(), choices);
  }

  private static long count(Database db, String table) {
    return db.jdbi()
        .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
  }
}
