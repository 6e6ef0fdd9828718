package dev.atelier.server.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, migrated databases for tests, of both kinds Atelier supports, so that one test runs the
 * same repository code on H2 and on a real PostgreSQL server. Use it as
 *
 * <pre>{@code
 * @ParameterizedTest
 * @EnumSource(TestDatabases.Kind.class)
 * void saves(TestDatabases.Kind kind) {
 *   try (Database db = TestDatabases.fresh(kind)) { ... }
 * }
 * }</pre>
 *
 * <p>One embedded PostgreSQL server (binaries from Maven Central) starts lazily per test JVM and
 * stops when it exits; each {@link #fresh} call creates a new database in it. Thread-safe.
 */
public final class TestDatabases {

  /** The kinds of database under test. */
  public enum Kind {
    H2,
    POSTGRESQL
  }

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private TestDatabases() {}

  /** A new, empty database of {@code kind} with every migration applied. Close it after use. */
  public static Database fresh(Kind kind) {
    if (kind == Kind.H2) {
      return Database.inMemory();
    }
    return Database.open(freshPostgresUrl(), "postgres", null, 16);
  }

  /** The JDBC URL of a new empty PostgreSQL database (not migrated), for multi-process tests. */
  public static String freshPostgresUrl() {
    EmbeddedPostgres server = postgres();
    String name = "atelier_test_" + NEXT.incrementAndGet();
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return server.getJdbcUrl("postgres", name);
  }

  private static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        String preload = System.getProperty("atelier.pg.preload"); // e.g. pg_stat_statements
        if (preload != null) {
          builder.setServerConfig("shared_preload_libraries", preload);
        }
        EmbeddedPostgres started = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started)));
        postgres = started;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
      }
    }
    return postgres;
  }

  private static void close(EmbeddedPostgres server) {
    try {
      server.close();
    } catch (IOException e) {
      // The JVM is exiting; the server's directory is temporary.
    }
  }
}
