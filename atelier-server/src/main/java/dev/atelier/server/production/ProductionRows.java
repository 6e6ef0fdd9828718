package dev.atelier.server.production;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.shared.MaterialLine;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The rows of a production order as SQL: the insert statements of {@code production_order}, {@code
 * production_operation} and {@code production_slot} and the binding of their parameters, from any
 * parameter index (so that several rows share one statement).
 */
final class ProductionRows {

  private ProductionRows() {}

  static final String INSERT_ORDER =
      "INSERT INTO production_order (id, order_id, line_no, product, version, quantity,"
          + " configuration, materials, promised_date, status, created_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?)";

  static final String INSERT_OPERATION =
      "INSERT INTO production_operation (id, production_order, seq, operation, label, work_centre,"
          + " minutes, setup_minutes, run_minutes, first_day, last_day, status)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued')";

  static final String INSERT_SLOT =
      "INSERT INTO production_slot (operation, work_centre, work_day, minutes)"
          + " VALUES (?, ?, ?, ?)";

  /** Binds {@link #INSERT_ORDER}'s parameters; returns the next parameter's index. */
  static int bindOrder(
      PreparedStatement s,
      String id,
      ProductionOrderStore.Line line,
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
  static int bindOperation(
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
  static int bindSlot(PreparedStatement s, int at, String opId, Slot sl) throws SQLException {
    s.setString(at, opId);
    s.setString(at + 1, sl.workCentre());
    s.setObject(at + 2, sl.day());
    s.setLong(at + 3, sl.minutes());
    return at + 4;
  }

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
