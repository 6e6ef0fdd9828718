package dev.atelier.server.order;

import dev.atelier.server.db.Database;
import dev.atelier.server.db.Dialect;
import java.util.List;
import java.util.Locale;

/**
 * Statements PostgreSQL ran during a benchmark phase, from {@code pg_stat_statements} (top-level
 * statements, BEGIN and COMMIT included). Only when the embedded server was started with the module
 * preloaded ({@code -Datelier.pg.preload=pg_stat_statements}, see {@code TestDatabases}); otherwise
 * it does nothing. Stateless.
 */
final class BenchStatements {

  private final Database db;
  private final boolean on;

  BenchStatements(Database db) {
    this.db = db;
    this.on =
        db.dialect() == Dialect.POSTGRESQL
            && String.valueOf(System.getProperty("atelier.pg.preload")).contains("pg_stat");
  }

  /** Forgets what was counted so far. */
  void reset() {
    if (on) {
      db.jdbi()
          .useHandle(
              h -> {
                h.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
                h.execute("SELECT pg_stat_statements_reset()");
              });
    }
  }

  /** Prints the statements per order counted since {@link #reset}, the most frequent first. */
  void print(long orders) {
    if (!on) {
      return;
    }
    List<Row> rows =
        db.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT calls, total_exec_time, query FROM pg_stat_statements s"
                                + " JOIN pg_database d ON d.oid = s.dbid"
                                + " WHERE d.datname = current_database()"
                                + " AND query NOT LIKE '%pg_stat_statements%'"
                                + " ORDER BY calls DESC")
                        .map((rs, ctx) -> new Row(rs.getLong(1), rs.getDouble(2), rs.getString(3)))
                        .list());
    double per = Math.max(1, orders);
    long total = rows.stream().mapToLong(Row::calls).sum();
    double millis = rows.stream().mapToDouble(Row::millis).sum();
    System.out.printf(
        Locale.ROOT,
        "PostgreSQL statements per order: %.2f (execution %.3f ms per order); per order:%n",
        total / per,
        millis / per);
    for (Row r : rows) {
      if (r.calls() / per >= 0.01) {
        String q = r.query().replaceAll("\\s+", " ");
        System.out.printf(
            Locale.ROOT,
            "  %6.2f  %.3f ms  %s%n",
            r.calls() / per,
            r.millis() / per,
            q.substring(0, Math.min(150, q.length())));
      }
    }
  }

  private record Row(long calls, double millis, String query) {}
}
