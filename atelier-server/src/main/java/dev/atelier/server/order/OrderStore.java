package dev.atelier.server.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.atelier.server.db.Database;
import dev.atelier.server.http.DatabaseBusy;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Problem;
import dev.atelier.server.shared.DesignSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

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

  /**
   * What a key row says: the request's hash, the hash of its body bytes (null for rows stored
   * before it was kept) and the response given.
   */
  record StoredKey(String requestHash, @Nullable String bodyHash, int status, String response) {}

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

    /**
     * The database rolled the whole transaction back for a conflict with a concurrent one
     * (deadlock, serialization failure): nothing was written, placing it again may succeed.
     */
    record Conflict() implements Placement {}

    /** No database connection became free in time: nothing was written. */
    record Busy() implements Placement {}
  }

  /**
   * SQL states of a transaction the database aborted for a concurrent one: deadlock or
   * serialization failure (PostgreSQL 40P01, 40001; H2 reports a deadlock as 40001) and H2's
   * concurrent update of a row (90131).
   */
  private static final Set<String> CONFLICT = Set.of("40001", "40P01", "90131");

  private static final String FIND_KEY =
      "SELECT request_hash, body_hash, response_status, response FROM order_idempotency_keys"
          + " WHERE account_id = ? AND idempotency_key = ?";

  private static final String CLAIM_KEY =
      "INSERT INTO order_idempotency_keys (account_id, idempotency_key, request_hash, body_hash,"
          + " order_id, response_status, response, created_at) VALUES (?, ?, ?, ?, ?, 201, ?, ?)"
          + " ON CONFLICT DO NOTHING";

  private final Database database;
  private final DesignSummary labels;

  OrderStore(Database database, DesignSummary labels) {
    this.database = database;
    this.labels = labels;
  }

  /** The row of {@code key} of {@code accountId}, when it was claimed and committed. */
  Optional<StoredKey> key(long accountId, String key) {
    // Plain JDBC on a pooled connection: the hot path of every order and retry.
    try (Connection c = database.connection();
        PreparedStatement s = c.prepareStatement(FIND_KEY)) {
      s.setLong(1, accountId);
      s.setString(2, key);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next()
            ? Optional.of(
                new StoredKey(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new UnableToStoreOrder("cannot read an idempotency key: " + e.getMessage(), e);
    }
  }

  /**
   * Inserts {@code order} under {@code key} (with {@code hash} and {@code bodyHash}), unless the
   * key is claimed.
   */
  Placement place(
      NewOrder order,
      String key,
      String hash,
      @Nullable String bodyHash,
      OrderPlacedListener listener) {
    try {
      return database.jdbi().inTransaction(h -> placeIn(h, order, key, hash, bodyHash, listener));
    } catch (JdbiException | SQLException e) {
      String state = sqlState(e);
      if ("55P03".equals(state) || "HYT00".equals(state)) {
        return new Placement.InProgress(); // lock timeout: the other claim is still open
      }
      if ("23505".equals(state)) {
        return new Placement.Taken(); // H2 may report the concurrent claim as a duplicate key
      }
      if (CONFLICT.contains(state)) {
        return new Placement.Conflict();
      }
      if (DatabaseBusy.causedBy(e)) {
        return new Placement.Busy();
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
      Handle h,
      NewOrder order,
      String key,
      String hash,
      @Nullable String bodyHash,
      OrderPlacedListener listener)
      throws SQLException {
    // Plain JDBC on the transaction's connection (the listener goes on through the handle): a
    // JDBI statement costs more CPU than its round trip on this, the hottest path of the server.
    Connection c = h.getConnection();
    long id = OrderRows.insert(c, database.dialect(), order);
    var checked = order.checked();
    String response = json(OrderViews.placed(id, order, labels));
    // The claim: a concurrent request with this key waits here (up to the lock timeout) until this
    // transaction ends, then finds the key taken.
    int claimed;
    try (PreparedStatement s = c.prepareStatement(CLAIM_KEY)) {
      s.setLong(1, order.accountId());
      s.setString(2, key);
      s.setString(3, hash);
      s.setString(4, bodyHash);
      s.setLong(5, id);
      s.setString(6, response);
      s.setTimestamp(7, Timestamp.from(order.createdAt()));
      claimed = s.executeUpdate();
    }
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
            order.createdAt(),
            checked.artwork());
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

  private static @Nullable String sqlState(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return null;
  }
}
