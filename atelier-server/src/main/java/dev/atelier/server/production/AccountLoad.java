package dev.atelier.server.production;

import dev.atelier.server.db.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The minutes each account's open operations hold per day and work centre (table {@code
 * account_load}): added in the order's transaction ({@link #hold}), taken off when an operation is
 * done ({@link #release}). Every change runs with the account's row locked ({@link
 * AccountCapacity#lock}), rows in (day, work centre) order. Plain JDBC on the handle's connection:
 * every order runs this. Stateless and thread-safe.
 */
final class AccountLoad {

  private static final String ADD =
      "UPDATE account_load SET held_minutes = held_minutes + ?"
          + " WHERE account_id = ? AND work_day = ? AND work_centre = ?";

  private static final String INSERT =
      "INSERT INTO account_load (account_id, work_day, work_centre, held_minutes)"
          + " VALUES (?, ?, ?, ?)";

  private static final String UPSERT =
      INSERT
          + " ON CONFLICT (account_id, work_day, work_centre) DO UPDATE"
          + " SET held_minutes = account_load.held_minutes + EXCLUDED.held_minutes";

  private static final String TAKE_OFF =
      "UPDATE account_load SET held_minutes = GREATEST(held_minutes - ?, 0)"
          + " WHERE account_id = ? AND work_day = ? AND work_centre = ?";

  private static final String HELD =
      "SELECT work_centre, SUM(held_minutes) FROM account_load"
          + " WHERE account_id = ? AND work_day >= ? GROUP BY work_centre"
          + " HAVING SUM(held_minutes) > 0 ORDER BY work_centre";

  private AccountLoad() {}

  /** Adds {@code slots} to what {@code account} holds. */
  static void hold(Handle h, long account, List<Slot> slots) {
    List<Slot> merged = merged(slots);
    Connection c = h.getConnection();
    try {
      if (Dialect.of(c) == Dialect.POSTGRESQL) {
        try (PreparedStatement s = c.prepareStatement(UPSERT)) {
          for (Slot slot : merged) {
            bind(s, account, slot);
            s.addBatch();
          }
          s.executeBatch();
        }
        return;
      }
      List<Slot> missing = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(ADD)) {
        for (Slot slot : merged) {
          bindChange(s, account, slot);
          s.addBatch();
        }
        int[] updated = s.executeBatch();
        for (int i = 0; i < updated.length; i++) {
          if (updated[i] == 0) {
            missing.add(merged.get(i));
          }
        }
      }
      if (!missing.isEmpty()) {
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
          for (Slot slot : missing) {
            bind(s, account, slot);
            s.addBatch();
          }
          s.executeBatch();
        }
      }
    } catch (SQLException e) {
      throw new UnableToExecuteStatementException(e, null);
    }
  }

  /**
   * Takes operation {@code operation}'s slots off what the account of customer order {@code
   * orderId} holds (nothing for a production order without a customer order), with the account's
   * row locked. Nothing with {@link AccountCapacity#SCAN}.
   */
  static void release(Handle h, String orderId, String operation) {
    if (AccountCapacity.SCAN) {
      return; // the old check keeps no rows
    }
    OptionalLong account = accountOf(h, orderId);
    if (account.isEmpty()) {
      return;
    }
    AccountCapacity.lock(h, account.getAsLong());
    List<Slot> slots =
        h.createQuery(
                "SELECT work_centre, work_day, minutes FROM production_slot WHERE operation = :op")
            .bind("op", operation)
            .map(
                (rs, ctx) ->
                    new Slot(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getInt(3)))
            .list();
    Connection c = h.getConnection();
    try (PreparedStatement s = c.prepareStatement(TAKE_OFF)) {
      for (Slot slot : merged(slots)) {
        bindChange(s, account.getAsLong(), slot);
        s.addBatch();
      }
      s.executeBatch();
    } catch (SQLException e) {
      throw new UnableToExecuteStatementException(e, null);
    }
  }

  /** The minutes {@code account} holds from {@code today} on, per work centre that has any. */
  static Map<String, Long> held(Handle h, long account, LocalDate today) {
    return perWorkCentre(h, HELD, account, today);
  }

  /** Runs {@code sql} (work centre, minutes; parameters account and today) into a sorted map. */
  static Map<String, Long> perWorkCentre(Handle h, String sql, long account, LocalDate today) {
    Map<String, Long> held = new TreeMap<>();
    try (PreparedStatement s = h.getConnection().prepareStatement(sql)) {
      s.setLong(1, account);
      s.setObject(2, today);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          held.put(rs.getString(1), rs.getLong(2));
        }
      }
      return held;
    } catch (SQLException e) {
      throw new UnableToExecuteStatementException(e, null);
    }
  }

  private static OptionalLong accountOf(Handle h, String orderId) {
    long id;
    try {
      id = Long.parseLong(orderId);
    } catch (NumberFormatException e) {
      return OptionalLong.empty(); // booked without a customer order (tests, tools)
    }
    return h.createQuery("SELECT account_id FROM orders WHERE id = :id")
        .bind("id", id)
        .mapTo(Long.class)
        .findOne()
        .map(OptionalLong::of)
        .orElse(OptionalLong.empty());
  }

  /** One slot per (day, work centre), in that order: the order every change takes rows in. */
  private static List<Slot> merged(List<Slot> slots) {
    Map<String, Slot> merged = new TreeMap<>();
    for (Slot s : slots) {
      merged.merge(
          s.day() + "|" + s.workCentre(),
          s,
          (a, b) -> new Slot(a.workCentre(), a.day(), a.minutes() + b.minutes()));
    }
    return new ArrayList<>(merged.values());
  }

  private static void bind(PreparedStatement s, long account, Slot slot) throws SQLException {
    s.setLong(1, account);
    s.setObject(2, slot.day());
    s.setString(3, slot.workCentre());
    s.setLong(4, slot.minutes());
  }

  private static void bindChange(PreparedStatement s, long account, Slot slot) throws SQLException {
    s.setLong(1, slot.minutes());
    s.setLong(2, account);
    s.setObject(3, slot.day());
    s.setString(4, slot.workCentre());
  }
}
