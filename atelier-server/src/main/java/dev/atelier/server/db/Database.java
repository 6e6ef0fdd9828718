package dev.atelier.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.atelier.server.http.Nullable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * An open, migrated database: a HikariCP pool, Flyway migrations from {@code
 * classpath:db/migration} applied on open, and a {@link Jdbi} on the pool. H2 (a file by default,
 * or in memory) runs in PostgreSQL mode so that one set of migrations and statements serves both.
 * Thread-safe; close it once, when the application stops.
 *
 * <p>Migration version ranges, one per feature: V1–V9 catalogue and saved designs, V10–V19 accounts
 * and orders, V20–V29 production and events, V30–V39 analytics and the four faces.
 */
public final class Database implements AutoCloseable {

  /** The embedded default: an H2 file under {@code ./data}, created on first use. */
  public static final String DEFAULT_URL = "jdbc:h2:file:./data/atelier";

  private static final String H2_MODE =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  private final HikariDataSource pool;
  private final Jdbi jdbi;
  private final Dialect dialect;
  private final String shownUrl;

  private Database(HikariDataSource pool, Dialect dialect, String shownUrl) {
    this.pool = pool;
    this.jdbi = Jdbi.create(pool);
    this.dialect = dialect;
    this.shownUrl = shownUrl;
  }

  /**
   * Opens and migrates the database at {@code jdbcUrl} ({@code jdbc:h2:...} or {@code
   * jdbc:postgresql:...}, credentials in the URL or as {@code user}/{@code password}, which may be
   * null).
   *
   * @throws IllegalArgumentException when the URL is of an unsupported database
   * @throws UnableToOpenDatabase when it cannot be connected to or migrated
   */
  public static Database open(
      String jdbcUrl, @Nullable String user, @Nullable String password, int poolSize) {
    return open(jdbcUrl, user, password, poolSize, DEFAULT_CONNECTION_WAIT);
  }

  /** How long a statement waits for a pooled connection by default (HikariCP's default). */
  public static final Duration DEFAULT_CONNECTION_WAIT = Duration.ofSeconds(30);

  /**
   * As {@link #open(String, String, String, int)}, a statement waiting at most {@code
   * connectionWait} (at least 250 ms) for a pooled connection before it fails with a {@code
   * SQLTransientConnectionException} (answered 503 busy).
   */
  public static Database open(
      String jdbcUrl,
      @Nullable String user,
      @Nullable String password,
      int poolSize,
      Duration connectionWait) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Dialect dialect = Dialect.of(jdbcUrl);
    if (dialect == null) {
      throw new IllegalArgumentException(
          "unsupported JDBC URL '"
              + withoutSecrets(jdbcUrl)
              + "': use jdbc:h2:... or jdbc:postgresql://host/db");
    }
    String url = dialect == Dialect.H2 ? withH2Mode(jdbcUrl) : jdbcUrl;
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    if (user != null) {
      config.setUsername(user);
    } else if (dialect == Dialect.H2) {
      config.setUsername("sa");
    }
    if (password != null) {
      config.setPassword(password);
    }
    if (dialect == Dialect.POSTGRESQL) {
      // Batches of inserts (order price lines, production operations and slots, design events)
      // go as one multi-row statement: fewer messages, less CPU on both sides.
      config.addDataSourceProperty("reWriteBatchedInserts", "true");
    }
    config.setMaximumPoolSize(poolSize);
    config.setConnectionTimeout(connectionWait.toMillis());
    config.setPoolName("atelier");
    // Fail at once when the first connection cannot be made: a server without its database is
    // useless, and the message should name the URL now rather than after a pool timeout.
    config.setInitializationFailTimeout(1);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new UnableToOpenDatabase(withoutSecrets(jdbcUrl), e);
    }
    try {
      migrate(pool);
    } catch (RuntimeException e) {
      pool.close();
      throw new UnableToOpenDatabase(withoutSecrets(jdbcUrl), e);
    }
    return new Database(pool, dialect, withoutSecrets(jdbcUrl));
  }

  /**
   * The pool size for a server on this machine: two connections per core, at least 4. More
   * connections do not make more work go through: their transactions only queue for the same cores
   * and row locks, and the switching between them costs CPU (measured with {@code
   * atelier-server/bench/orders.sh}, docs/performance.md "Orders per second").
   */
  public static int poolSizeForCores() {
    return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
  }

  /** Opens the database at {@code jdbcUrl} with a pool of 16 connections. */
  public static Database open(String jdbcUrl) {
    return open(jdbcUrl, null, null, 16);
  }

  /** A new, empty, private H2 database in memory that lives until {@link #close()}. */
  public static Database inMemory() {
    return open("jdbc:h2:mem:atelier-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  private static void migrate(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .failOnMissingLocations(false)
        .load()
        .migrate();
  }

  private static String withH2Mode(String url) {
    return url.toUpperCase(Locale.ROOT).contains(";MODE=") ? url : url + H2_MODE;
  }

  /** {@code url} with any password parameter blanked, for messages and logs. */
  static String withoutSecrets(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  /** The JDBI handle factory on the pool. */
  public Jdbi jdbi() {
    return jdbi;
  }

  /**
   * A connection of the pool (auto-commit) for the hottest one-statement reads, which skip the cost
   * of a JDBI handle; the caller closes it.
   */
  public Connection connection() throws SQLException {
    return pool.getConnection();
  }

  /** The dialect, for the few statements that differ. */
  public Dialect dialect() {
    return dialect;
  }

  /** The URL without credentials, for messages. */
  public String url() {
    return shownUrl;
  }

  /** Closes the pool; an in-memory H2 database is gone afterwards. */
  @Override
  public void close() {
    if (dialect == Dialect.H2 && shownUrl.startsWith("jdbc:h2:mem:")) {
      try (Connection c = pool.getConnection();
          Statement s = c.createStatement()) {
        s.execute("SHUTDOWN");
      } catch (SQLException e) {
        // SHUTDOWN ends the connection it runs on; the database is gone either way.
      }
    }
    pool.close();
  }
}
