package dev.atelier.server.production;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.atelier.server.db.Dialect;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.shared.MaterialLine;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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

  /**
   * {@link #together}'s statement lists, by savepoint and row counts: building them is not free.
   */
  private static final Map<String, String> TOGETHER = new ConcurrentHashMap<>();

  /** Statement lists of up to this many operation and slot rows are kept in {@link #TOGETHER}. */
  private static final int CACHED_ROWS = 48;

  private static final String INSERT_SLOT =
      "INSERT INTO production_slot (operation, work_centre, work_day, minutes)"
          + " VALUES (?, ?, ?, ?)";

  /**
   * Takes savepoint {@code savepoint} (undone with {@link #rollbackTo}) and inserts a queued
   * production order for a booked schedule, its operations and slots; returns its id. Plain JDBC on
   * the transaction's connection: every order runs this. On PostgreSQL all of it is one round trip
   * (the driver sends the statements together).
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
    try {
      if (Dialect.of(c) == Dialect.POSTGRESQL) {
        insertTogether(c, savepoint, id, line, materials, promise, now);
        return id;
      }
      h.savepoint(savepoint);
      try (PreparedStatement s = c.prepareStatement(INSERT_ORDER)) {
        bindOrder(s, id, line, materials, promise, now);
        s.executeUpdate();
      }
      if (promise.operations().isEmpty()) {
        return id;
      }
      try (PreparedStatement operations = c.prepareStatement(INSERT_OPERATION);
          PreparedStatement slots = c.prepareStatement(INSERT_SLOT)) {
        for (ScheduledOperation so : promise.operations()) {
          String opId = UUID.randomUUID().toString();
          bindOperation(operations, 1, opId, id, so);
          operations.addBatch();
          for (Slot sl : so.slots()) {
            bindSlot(slots, 1, opId, sl);
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

  /** PostgreSQL: savepoint, order, operations and slots as one statement list, one round trip. */
  private static void insertTogether(
      Connection c,
      String savepoint,
      String id,
      Line line,
      List<MaterialLine> materials,
      Promise.Dated promise,
      Instant now)
      throws SQLException {
    int operations = promise.operations().size();
    int slots = 0;
    for (ScheduledOperation so : promise.operations()) {
      slots += so.slots().size();
    }
    try (PreparedStatement s = c.prepareStatement(together(savepoint, operations, slots))) {
      int at = bindOrder(s, id, line, materials, promise, now);
      List<String> opIds = new ArrayList<>(operations);
      for (ScheduledOperation so : promise.operations()) {
        String opId = UUID.randomUUID().toString();
        opIds.add(opId);
        at = bindOperation(s, at, opId, id, so);
      }
      for (int i = 0; i < operations; i++) {
        for (Slot sl : promise.operations().get(i).slots()) {
          at = bindSlot(s, at, opIds.get(i), sl);
        }
      }
      s.execute();
    }
  }

  /** The statement list of {@link #insertTogether}, by savepoint name and row counts. */
  private static String together(String savepoint, int operations, int slots) {
    if (operations + slots > CACHED_ROWS) {
      return buildTogether(savepoint, operations, slots); // a rare large order: not kept
    }
    return TOGETHER.computeIfAbsent(
        savepoint + "/" + operations + "/" + slots,
        k -> buildTogether(savepoint, operations, slots));
  }

  /**
   * The savepoint, then the order, its operations and slots as one statement (data-modifying {@code
   * WITH} parts, the last insert the main statement; parameters in that order).
   */
  private static String buildTogether(String savepoint, int operations, int slots) {
    List<String> inserts = new ArrayList<>(3);
    inserts.add(INSERT_ORDER);
    if (operations > 0) {
      inserts.add(
          INSERT_OPERATION
              + ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued')".repeat(operations - 1));
    }
    if (slots > 0) {
      inserts.add(INSERT_SLOT + ", (?, ?, ?, ?)".repeat(slots - 1));
    }
    StringBuilder sql = new StringBuilder("SAVEPOINT ").append(savepoint).append("; ");
    for (int i = 0; i < inserts.size() - 1; i++) {
      sql.append(i == 0 ? "WITH " : ", ").append('w').append(i).append(" AS (");
      sql.append(inserts.get(i)).append(')');
    }
    if (inserts.size() > 1) {
      sql.append(' ');
    }
    return sql.append(inserts.get(inserts.size() - 1)).toString();
  }

  /** Binds {@link #INSERT_ORDER}'s parameters; returns the next parameter's index. */
  private static int bindOrder(
      PreparedStatement s,
      String id,
      Line line,
      List<MaterialLine> materials,
      Promise.Dated promise,
      Instant now)
      throws SQLException {
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
    return 11;
  }

  /** Binds one row of {@link #INSERT_OPERATION} from parameter {@code at}; returns the next. */
  private static int bindOperation(
      PreparedStatement s, int at, String opId, String orderId, ScheduledOperation so)
      throws SQLException {
    PlannedOperation op = so.operation();
    s.setString(at, opId);
    s.setString(at + 1, orderId);
    s.setInt(at + 2, op.sequence());
    s.setString(at + 3, op.id());
    s.setString(at + 4, json(op.label().texts()));
    s.setString(at + 5, op.workCentre());
    s.setLong(at + 6, op.minutes());
    s.setString(at + 7, exact(op.setupMinutes()));
    s.setString(at + 8, exact(op.runMinutes()));
    s.setObject(at + 9, so.firstDay());
    s.setObject(at + 10, so.lastDay());
    return at + 11;
  }

  /** Binds one row of {@link #INSERT_SLOT} from parameter {@code at}; returns the next. */
  private static int bindSlot(PreparedStatement s, int at, String opId, Slot sl)
      throws SQLException {
    s.setString(at, opId);
    s.setString(at + 1, sl.workCentre());
    s.setObject(at + 2, sl.day());
    s.setLong(at + 3, sl.minutes());
    return at + 4;
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
  private static @Nullable String exact(@Nullable BigDecimal minutes) {
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
