package dev.atelier.server.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.atelier.server.db.Dialect;
import dev.atelier.server.http.JsonBodies;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The transactional outbox: {@link #append} writes an event in the caller's transaction, together
 * with the state change it reports, so an event exists if and only if its change committed. The
 * {@link OutboxDispatcher} delivers it later. Stateless and thread-safe.
 */
public final class Outbox {

  private static final String FIRST =
      "INSERT INTO outbox_order (order_id, last_sequence) VALUES (?, 1)";

  private static final String INSERT =
      "INSERT INTO outbox_event (id, order_id, order_seq, type, body, occurred_at)"
          + " VALUES (?, ?, ?, ?, ?, ?)";

  /** {@link #FIRST} and {@link #INSERT} as one statement (PostgreSQL). */
  private static final String FIRST_AND_INSERT = "WITH f AS (" + FIRST + ") " + INSERT;

  private Outbox() {}

  /**
   * Appends {@code data} as the next event of its order, in the transaction of {@code h}. The
   * per-order sequence is taken under a row lock on the order's counter, held to commit, so
   * sequence numbers follow commit order and have no gaps. (The first event of an order, {@code
   * order.placed}, creates the counter; two concurrent first events of one order would conflict.)
   */
  public static WebhookEvent append(Handle h, EventData data, Instant now) {
    String orderId = data.orderId();
    int bumped =
        h.createUpdate(
                "UPDATE outbox_order SET last_sequence = last_sequence + 1 WHERE order_id = :o")
            .bind("o", orderId)
            .execute();
    if (bumped == 0) {
      h.createUpdate("INSERT INTO outbox_order (order_id, last_sequence) VALUES (:o, 1)")
          .bind("o", orderId)
          .execute();
    }
    long sequence =
        h.createQuery("SELECT last_sequence FROM outbox_order WHERE order_id = :o")
            .bind("o", orderId)
            .mapTo(Long.class)
            .one();
    return insert(h, data, sequence, now);
  }

  /**
   * Appends {@code data} as the first event of its order (sequence 1), in the transaction of {@code
   * h}: two statements instead of {@link #append}'s three or four, for an order just created
   * ({@code order.placed}). Fails with a duplicate key when the order has events already.
   */
  public static WebhookEvent appendFirst(Handle h, EventData data, Instant now) {
    Connection c = h.getConnection();
    if (Dialect.of(c) == Dialect.POSTGRESQL) {
      // Both inserts in one statement.
      WebhookEvent event = event(data, 1, now);
      try (PreparedStatement s = c.prepareStatement(FIRST_AND_INSERT)) {
        s.setString(1, data.orderId());
        bind(s, 2, event, now);
        s.execute();
      } catch (SQLException e) {
        throw new UnableToExecuteStatementException(e, null);
      }
      return event;
    }
    // Plain JDBC on the transaction's connection: every order runs this.
    try (PreparedStatement s = c.prepareStatement(FIRST)) {
      s.setString(1, data.orderId());
      s.executeUpdate();
    } catch (SQLException e) {
      throw new UnableToExecuteStatementException(e, null);
    }
    return insert(h, data, 1, now);
  }

  private static WebhookEvent insert(Handle h, EventData data, long sequence, Instant now) {
    WebhookEvent event = event(data, sequence, now);
    try (PreparedStatement s = h.getConnection().prepareStatement(INSERT)) {
      bind(s, 1, event, now);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new UnableToExecuteStatementException(e, null);
    }
    return event;
  }

  private static WebhookEvent event(EventData data, long sequence, Instant now) {
    return new WebhookEvent(
        UUID.randomUUID().toString(), data.type(), data.orderId(), sequence, now.toString(), data);
  }

  /** Binds {@link #INSERT}'s parameters from parameter {@code first} on. */
  private static void bind(PreparedStatement s, int first, WebhookEvent event, Instant now)
      throws SQLException {
    s.setString(first, event.id());
    s.setString(first + 1, event.orderId());
    s.setLong(first + 2, event.sequence());
    s.setString(first + 3, event.type());
    s.setString(first + 4, json(event));
    s.setObject(first + 5, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
  }

  private static String json(WebhookEvent event) {
    try {
      return JsonBodies.mapper().writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write event " + event.type(), e);
    }
  }
}
