package dev.atelier.server.db;

import dev.atelier.server.http.Nullable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.postgresql.core.BaseConnection;

/**
 * The SQL dialect behind a {@link Database}. Migrations and statements are written once, in the
 * subset both understand (H2 runs in its PostgreSQL mode); code asks the dialect only where the two
 * truly differ.
 */
public enum Dialect {
  /** H2 in PostgreSQL compatibility mode: the embedded default. */
  H2,
  /** PostgreSQL: production. */
  POSTGRESQL;

  /** The dialect of {@code jdbcUrl}, or null when Atelier does not support it. */
  static @Nullable Dialect of(String jdbcUrl) {
    String url = jdbcUrl.toLowerCase(Locale.ROOT);
    if (url.startsWith("jdbc:h2:")) {
      return H2;
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    return null;
  }

  /**
   * The dialect of connection {@code c} (a pooled one included), for code that has a connection but
   * not its {@link Database}; no round trip.
   */
  public static Dialect of(Connection c) {
    try {
      return c.isWrapperFor(BaseConnection.class) ? POSTGRESQL : H2;
    } catch (SQLException e) {
      return H2;
    }
  }
}
