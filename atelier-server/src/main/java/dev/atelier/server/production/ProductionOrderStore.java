package dev.atelier.server.production;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.atelier.server.db.Dialect;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.shared.MaterialLine;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Writes production orders, their operations and booked slots (tables {@code production_order},
 * {@code production_operation}, {@code production_slot}). Stateless and thread-safe; every call
 * runs on the caller's handle.
 */
final class ProductionOrderStore {

  private ProductionOrderStore() {}

  private static final String INSERT_ORDER =
      "INSERT INTO production_order (id, order_id, line_no, product, version, quantity,"
          + " configuration, materials, promised_date, status, created_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?)";

  private static final String INSERT_OPERATION =
      "INSERT INTO production_operation (id, production_order, seq, operation, label, work_centre,"
          + " minutes, setup_minutes, run_minutes, first_day, last_day, status)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued')";

  private static final String INSERT_SLOT =
      "INSERT INTO production_slot (operation, work_centre, work_day, minutes)"
          + " VALUES (?, ?, ?, ?)";

  /**
   * Takes savepoint {@code savepoint} (undone with {@link #rollbackTo}) and inserts a queued
   * production order for a booked schedule; returns its id. Plain JDBC on the transaction's
   * connection: every order runs this. On PostgreSQL the savepoint goes in the same round trip as
   * the insert.
   */
  static String insert(
      Handle h,
      String savepoint,
      Line line,
      List<MaterialLine> materials,
      Promise.Dated promise,
      Instant now) {
    String id = UUID.randomUUID().toString();
    Connection c = h.getConnection();
    boolean postgres = Dialect.of(c) == Dialect.POSTGRESQL;
    if (!postgres) {
      h.savepoint(savepoint);
    }
    try {
      try (PreparedStatement s =
          c.prepareStatement(
              postgres ? "SAVEPOINT " + savepoint + "; " + INSERT_ORDER : INSERT_ORDER)) {
        s.setString(1, id);
        s.setString(2, line.orderId());
        s.setInt(3, line.lineNo());
        s.setString(4, line.product());
        s.setString(5, line.version());
        s.setLong(6, line.quantity());
        s.setString(7, json(line.configuration()));
        s.setString(8, json(materials));
        s.setObject(9, promise.date());
        s.setObject(10, timestamp(now));
        s.execute();
      }
      if (promise.operations().isEmpty()) {
        return id;
      }
      try (PreparedStatement operations = c.prepareStatement(INSERT_OPERATION);
          PreparedStatement slots = c.prepareStatement(INSERT_SLOT)) {
        for (ScheduledOperation so : promise.operations()) {
          PlannedOperation op = so.operation();
          String opId = UUID.randomUUID().toString();
          operations.setString(1, opId);
          operations.setString(2, id);
          operations.setInt(3, op.sequence());
          operations.setString(4, op.id());
          operations.setString(5, json(op.label().texts()));
          operations.setString(6, op.workCentre());
          operations.setLong(7, op.minutes());
          operations.setString(8, exact(op.setupMinutes()));
          operations.setString(9, exact(op.runMinutes()));
          operations.setObject(10, so.firstDay());
          operations.setObject(11, so.lastDay());
          operations.addBatch();
          for (Slot sl : so.slots()) {
            slots.setString(1, opId);
            slots.setString(2, sl.workCentre());
            slots.setObject(3, sl.day());
            slots.setLong(4, sl.minutes());
            slots.addBatch();
          }
        }
        operations.executeBatch();
        if (!promise.slots().isEmpty()) {
          slots.executeBatch();
        }
      }
      return id;
    } catch (SQLException e) {
      throw new UnableToExecuteStatementException(e, null);
    }
  }

  /** Undoes what followed savepoint {@code savepoint} taken by {@link #insert}. */
  static void rollbackTo(Handle h, String savepoint) {
    Connection c = h.getConnection();
    if (Dialect.of(c) != Dialect.POSTGRESQL) {
      h.rollbackToSavepoint(savepoint);
      return;
    }
    try (Statement s = c.createStatement()) {
      s.execute("ROLLBACK TO SAVEPOINT " + savepoint);
    } catch (SQLException e) {
      throw new UnableToExecuteStatementException(e, null);
    }
  }

  /**
   * The order line a production order makes.
   *
   * @param orderId the customer order
   * @param lineNo the line number in it
   * @param product the product id
   * @param version the model version
   * @param quantity how many
   * @param configuration attribute id to value id
   */
  record Line(
      String orderId,
      int lineNo,
      String product,
      String version,
      long quantity,
      Map<String, String> configuration) {}

  /** Exact decimal text of {@code minutes}, or null. */
  private static String exact(BigDecimal minutes) {
    return minutes == null ? null : minutes.stripTrailingZeros().toPlainString();
  }

  static OffsetDateTime timestamp(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  static String json(Object value) {
    try {
      return JsonBodies.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }
}
