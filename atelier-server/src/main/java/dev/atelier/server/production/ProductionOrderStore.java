package dev.atelier.server.production;

import dev.atelier.server.db.Dialect;
import dev.atelier.server.shared.MaterialLine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
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

  /**
   * {@link #together}'s statement lists, by savepoint and row counts: building them is not free.
   */
  private static final Map<String, String> TOGETHER = new ConcurrentHashMap<>();

  /** Statement lists of up to this many operation and slot rows are kept in {@link #TOGETHER}. */
  private static final int CACHED_ROWS = 48;

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
      try (PreparedStatement s = c.prepareStatement(ProductionRows.INSERT_ORDER)) {
        ProductionRows.bindOrder(s, id, line, materials, promise, now);
        s.executeUpdate();
      }
      if (promise.operations().isEmpty()) {
        return id;
      }
      try (PreparedStatement operations = c.prepareStatement(ProductionRows.INSERT_OPERATION);
          PreparedStatement slots = c.prepareStatement(ProductionRows.INSERT_SLOT)) {
        for (ScheduledOperation so : promise.operations()) {
          String opId = UUID.randomUUID().toString();
          ProductionRows.bindOperation(operations, 1, opId, id, so);
          operations.addBatch();
          for (Slot sl : so.slots()) {
            ProductionRows.bindSlot(slots, 1, opId, sl);
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
      int at = ProductionRows.bindOrder(s, id, line, materials, promise, now);
      List<String> opIds = new ArrayList<>(operations);
      for (ScheduledOperation so : promise.operations()) {
        String opId = UUID.randomUUID().toString();
        opIds.add(opId);
        at = ProductionRows.bindOperation(s, at, opId, id, so);
      }
      for (int i = 0; i < operations; i++) {
        for (Slot sl : promise.operations().get(i).slots()) {
          at = ProductionRows.bindSlot(s, at, opIds.get(i), sl);
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
    inserts.add(ProductionRows.INSERT_ORDER);
    if (operations > 0) {
      inserts.add(
          ProductionRows.INSERT_OPERATION
              + ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued')".repeat(operations - 1));
    }
    if (slots > 0) {
      inserts.add(ProductionRows.INSERT_SLOT + ", (?, ?, ?, ?)".repeat(slots - 1));
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
}
