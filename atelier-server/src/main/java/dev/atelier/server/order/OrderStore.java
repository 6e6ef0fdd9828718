package dev.atelier.server.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.atelier.engine.session.PriceLine;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.Dialect;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Problem;
import dev.atelier.server.shared.DesignSummary;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Places orders exactly once per idempotency key: the key is claimed (a row under the primary key
 * (account, key)) in the same transaction that inserts the order, its price lines and whatever the
 * {@link OrderPlacedListener} writes, and the row keeps the exact response. A second request with
 * the key waits for the first transaction (bounded by a lock timeout) and then finds its row.
 * Thread-safe.
 */
final class OrderStore {

  /** How long a request waits for another request's uncommitted claim of its key. */
  static final int LOCK_TIMEOUT_MILLIS = 5_000;

  /** What a key row says: the request's hash and the response given. */
  record StoredKey(String requestHash, int status, String response) {}

  /** The outcome of an attempt to place an order. */
  sealed interface Placement {
    /** Placed now: the response body (201). */
    record Placed(String response) implements Placement {}

    /** The key was claimed by another request that has finished (or rolled back): look again. */
    record Taken() implements Placement {}

    /** Another request holds the key and has not finished. */
    record InProgress() implements Placement {}

    /** The listener refused the order; nothing was written. */
    record Refused(Problem problem) implements Placement {}
  }

  private final Database database;
  private final DesignSummary labels;

  OrderStore(Database database, DesignSummary labels) {
    this.database = database;
    this.labels = labels;
  }

  /** The row of {@code key} of {@code accountId}, when it was claimed and committed. */
  Optional<StoredKey> key(long accountId, String key) {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT request_hash, response_status, response FROM order_idempotency_keys"
                            + " WHERE account_id = :a AND idempotency_key = :k")
                    .bind("a", accountId)
                    .bind("k", key)
                    .map((rs, ctx) -> new StoredKey(rs.getString(1), rs.getInt(2), rs.getString(3)))
                    .findOne());
  }

  /** Inserts {@code order} under {@code key} (with {@code hash}), unless the key is claimed. */
  Placement place(NewOrder order, String key, String hash, OrderPlacedListener listener) {
    try {
      return database.jdbi().inTransaction(h -> placeIn(h, order, key, hash, listener));
    } catch (JdbiException e) {
      String state = sqlState(e);
      if ("55P03".equals(state) || "HYT00".equals(state)) {
        return new Placement.InProgress(); // lock timeout: the other claim is still open
      }
      if ("23505".equals(state)) {
        return new Placement.Taken(); // H2 may report the concurrent claim as a duplicate key
      }
      throw new UnableToStoreOrder("cannot place an order: " + e.getMessage(), e);
    }
  }

  /**
   * One transaction, as few round trips as it takes: the order and its price lines, then the key
   * claimed together with the response, then the listener (production books the contended capacity
   * rows last, so their locks are held only until the commit that follows).
   */
  private Placement placeIn(
      Handle h, NewOrder order, String key, String hash, OrderPlacedListener listener) {
    if (database.dialect() == Dialect.POSTGRESQL) {
      h.execute("SET LOCAL lock_timeout = " + LOCK_TIMEOUT_MILLIS);
    } else {
      h.execute("SET LOCK_TIMEOUT " + LOCK_TIMEOUT_MILLIS);
    }
    Timestamp created = Timestamp.from(order.createdAt());
    var checked = order.checked();
    long id =
        h.createUpdate(
                "INSERT INTO orders (account_id, product, version, quantity, status, currency,"
                    + " unit_price, total, design, configuration, texts, reorder_of, created_at)"
                    + " VALUES (:a, :p, :v, :q, :s, :c, :u, :total, :d, :conf, :texts, :r, :t)")
            .bind("a", order.accountId())
            .bind("p", checked.design().product().product())
            .bind("v", checked.design().product().version())
            .bind("q", order.quantity())
            .bind("s", OrderStatus.PLACED)
            .bind("c", checked.price().currency())
            .bind("u", checked.price().total())
            .bind("total", order.total())
            .bind("d", json(checked.design().json()))
            .bind("conf", json(checked.configuration().values()))
            .bind("texts", json(order.texts()))
            .bind("r", order.reorderOf())
            .bind("t", created)
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    PreparedBatch lines =
        h.prepareBatch(
            "INSERT INTO order_price_lines (order_id, position, kind, reference, label, amount)"
                + " VALUES (:o, :n, :kind, :ref, :label, :amount)");
    int n = 0;
    for (PriceLine line : checked.price().lines()) {
      lines
          .bind("o", id)
          .bind("n", n++)
          .bind("kind", line.kind())
          .bind("ref", line.reference())
          .bind("label", line.label())
          .bind("amount", line.amount())
          .add();
    }
    lines.execute();
    String response = json(OrderViews.placed(id, order, labels));
    // The claim: a concurrent request with this key waits here (up to the lock timeout) until this
    // transaction ends, then finds the key taken.
    int claimed =
        h.createUpdate(
                "INSERT INTO order_idempotency_keys (account_id, idempotency_key, request_hash,"
                    + " order_id, response_status, response, created_at)"
                    + " VALUES (:a, :k, :hash, :o, 201, :r, :t) ON CONFLICT DO NOTHING")
            .bind("a", order.accountId())
            .bind("k", key)
            .bind("hash", hash)
            .bind("o", id)
            .bind("r", response)
            .bind("t", created)
            .execute();
    if (claimed == 0) {
      h.rollback();
      return new Placement.Taken();
    }
    PlacedOrder placed =
        new PlacedOrder(
            id,
            order.accountId(),
            checked.design().product(),
            checked.configuration(),
            order.texts(),
            order.quantity(),
            checked.price(),
            order.total(),
            order.createdAt());
    Optional<Problem> refused = listener.placed(h, placed);
    if (refused.isPresent()) {
      h.rollback();
      return new Placement.Refused(refused.get());
    }
    return new Placement.Placed(response);
  }

  static String json(Object value) {
    try {
      return JsonBodies.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UnableToStoreOrder("cannot write an order as JSON", e);
    }
  }

  private static String sqlState(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return null;
  }
}
