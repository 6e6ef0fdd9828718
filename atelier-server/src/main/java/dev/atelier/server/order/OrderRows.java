package dev.atelier.server.order;

import dev.atelier.engine.answer.PriceLine;
import dev.atelier.server.db.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

/**
 * Writes a new order's row and its price lines on a transaction's connection, in as few round trips
 * as the database allows, and sets the transaction's lock timeout ({@link
 * OrderStore#LOCK_TIMEOUT_MILLIS}) for the key claim that follows. Stateless.
 */
final class OrderRows {

  private static final String INSERT_ORDER =
      "INSERT INTO orders (account_id, product, version, quantity, status, currency, unit_price,"
          + " total, design, configuration, texts, reorder_of, created_at, artwork)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String INSERT_PRICE_LINE =
      "INSERT INTO order_price_lines (order_id, position, kind, reference, label, amount)"
          + " VALUES (?, ?, ?, ?, ?, ?)";

  /**
   * The order and its price lines (arrays, numbered from 0) in one statement, and the transaction's
   * lock timeout set by the same round trip (before the key claim, the statement it matters for).
   */
  private static final String INSERT_ORDER_POSTGRES =
      "WITH o AS ("
          + INSERT_ORDER
          + " RETURNING id), p AS (INSERT INTO order_price_lines (order_id, position, kind,"
          + " reference, label, amount) SELECT o.id, t.n - 1, t.kind, t.reference, t.label,"
          + " t.amount FROM o, unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[])"
          + " WITH ORDINALITY AS t(kind, reference, label, amount, n))"
          + " SELECT id, set_config('lock_timeout', '"
          + OrderStore.LOCK_TIMEOUT_MILLIS
          + "', true) FROM o";

  private OrderRows() {}

  /** Inserts {@code order} and its price lines; its generated id. */
  static long insert(Connection c, Dialect dialect, NewOrder order) throws SQLException {
    return dialect == Dialect.POSTGRESQL ? insertPostgres(c, order) : insertH2(c, order);
  }

  /**
   * PostgreSQL: the lock timeout, the order and its price lines in one statement (one round trip
   * instead of three); the lines go as arrays.
   */
  private static long insertPostgres(Connection c, NewOrder order) throws SQLException {
    List<PriceLine> lines = order.checked().price().lines();
    int n = lines.size();
    String[] kinds = new String[n];
    String[] references = new String[n];
    String[] labels = new String[n];
    Long[] amounts = new Long[n];
    for (int i = 0; i < n; i++) {
      PriceLine line = lines.get(i);
      kinds[i] = line.kind();
      references[i] = line.reference();
      labels[i] = line.label();
      amounts[i] = line.amount();
    }
    try (PreparedStatement s = c.prepareStatement(INSERT_ORDER_POSTGRES)) {
      bindOrder(s, order);
      s.setArray(15, c.createArrayOf("varchar", kinds));
      s.setArray(16, c.createArrayOf("varchar", references));
      s.setArray(17, c.createArrayOf("varchar", labels));
      s.setArray(18, c.createArrayOf("bigint", amounts));
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("no id generated for the order");
        }
        return rs.getLong(1);
      }
    }
  }

  /** H2 (in the server's JVM: statements cost no round trip): the same, one statement each. */
  private static long insertH2(Connection c, NewOrder order) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SET LOCK_TIMEOUT " + OrderStore.LOCK_TIMEOUT_MILLIS);
    }
    long id;
    try (PreparedStatement s = c.prepareStatement(INSERT_ORDER, new String[] {"id"})) {
      bindOrder(s, order);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("no id generated for the order");
        }
        id = keys.getLong(1);
      }
    }
    List<PriceLine> priceLines = order.checked().price().lines();
    if (!priceLines.isEmpty()) {
      try (PreparedStatement s = c.prepareStatement(INSERT_PRICE_LINE)) {
        int n = 0;
        for (PriceLine line : priceLines) {
          s.setLong(1, id);
          s.setInt(2, n++);
          s.setString(3, line.kind());
          s.setString(4, line.reference());
          s.setString(5, line.label());
          s.setLong(6, line.amount());
          s.addBatch();
        }
        s.executeBatch();
      }
    }
    return id;
  }

  private static void bindOrder(PreparedStatement s, NewOrder order) throws SQLException {
    var checked = order.checked();
    s.setLong(1, order.accountId());
    s.setString(2, checked.design().product().product());
    s.setString(3, checked.design().product().version());
    s.setInt(4, order.quantity());
    s.setString(5, OrderStatus.PLACED);
    s.setString(6, checked.price().currency());
    s.setLong(7, checked.price().total());
    s.setLong(8, order.total());
    s.setString(9, OrderStore.json(checked.design().json()));
    s.setString(10, OrderStore.json(checked.configuration().values()));
    s.setString(11, OrderStore.json(order.texts()));
    if (order.reorderOf() == null) {
      s.setNull(12, Types.BIGINT);
    } else {
      s.setLong(12, order.reorderOf());
    }
    s.setTimestamp(13, Timestamp.from(order.createdAt()));
    if (checked.artwork().isEmpty()) {
      s.setNull(14, Types.VARCHAR);
    } else {
      s.setString(14, OrderStore.json(checked.artwork()));
    }
  }
}
