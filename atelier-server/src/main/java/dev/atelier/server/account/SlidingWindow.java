package dev.atelier.server.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Sliding-window counting over timestamped rows, shared by the sign-in and sign-up limiters: the
 * wait until fewer than {@code limit} rows remain in the window, i.e. until the {@code limit}-th
 * most recent one leaves it. Stateless.
 *
 * @param table the table (a constant, never input)
 * @param column its timestamp column (a constant, never input)
 * @param window how long a row counts
 */
record SlidingWindow(String table, String column, Duration window) {

  /**
   * The wait for the rows matching {@code where} (SQL with {@code ?} for {@code args}; a constant)
   * at {@code now}, or empty when fewer than {@code limit} of them are in the window.
   */
  Optional<Duration> wait(Handle h, String where, int limit, Instant now, Object... args) {
    Query q =
        h.createQuery(
            "SELECT "
                + column
                + " FROM "
                + table
                + " WHERE "
                + where
                + " AND "
                + column
                + " > ? ORDER BY "
                + column
                + " DESC LIMIT 1 OFFSET "
                + (limit - 1));
    for (int i = 0; i < args.length; i++) {
      q.bind(i, args[i]);
    }
    q.bind(args.length, Sql.at(now.minus(window)));
    return q.map((rs, ctx) -> Sql.instant(rs, column))
        .findOne()
        .map(
            t -> {
              Duration left = Duration.between(now, t.plus(window));
              return left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left;
            });
  }

  /** The longer of two waits, either of which may be empty. */
  static Optional<Duration> longer(Optional<Duration> a, Optional<Duration> b) {
    if (a.isPresent() && b.isPresent()) {
      return Optional.of(a.get().compareTo(b.get()) >= 0 ? a.get() : b.get());
    }
    return a.or(() -> b);
  }

  /** {@code subject} bounded for a key column: itself when short, else its SHA-256. */
  static String bounded(String subject) {
    return subject.length() <= 64 ? subject : Secrets.hash(subject);
  }
}
