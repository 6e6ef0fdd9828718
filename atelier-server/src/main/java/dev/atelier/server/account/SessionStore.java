package dev.atelier.server.account;

import dev.atelier.server.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Server-side sessions in the database, so that any node answers any request. The cookie carries a
 * random 256-bit id; the table keeps only its SHA-256, the CSRF token bound to it, and idle and
 * absolute expiry. Thread-safe.
 */
public final class SessionStore {

  /** Sessions seen more recently than this are not written on every request. */
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private static final String FIND =
      "SELECT s.csrf_token, s.last_seen_at, a.id, a.email, a.role, a.password_hash, a.created_at"
          + " FROM account_session s JOIN account a ON a.id = s.account_id"
          + " WHERE s.id_hash = ? AND s.expires_at > ? AND s.last_seen_at > ?";

  private static final String TOUCH =
      "UPDATE account_session SET last_seen_at = ? WHERE id_hash = ? AND last_seen_at < ?";

  private final Database database;
  private final Jdbi jdbi;
  private final Duration idle;
  private final Duration absolute;

  /** Sessions in {@code database} ending after {@code idle} unused or {@code absolute} in all. */
  public SessionStore(Database database, Duration idle, Duration absolute) {
    this.database = database;
    this.jdbi = database.jdbi();
    this.idle = idle;
    this.absolute = absolute;
  }

  /**
   * A session just opened: the id for the cookie (shown once, never stored) and its CSRF token.
   * Immutable.
   */
  public record Opened(String id, String csrfToken, Duration lifetime) {}

  /** A live session: its account and CSRF token. Immutable. */
  public record Live(String idHash, Account account, String csrfToken) {}

  /** Opens a session for account {@code accountId}, clearing that account's ended sessions. */
  public Opened open(long accountId, Instant now) {
    String id = Secrets.random();
    String csrf = Secrets.random();
    Sql.transaction(
        jdbi,
        "open a session",
        h -> {
          Sql.update(
              h,
              "DELETE FROM account_session WHERE account_id = ? AND (expires_at <= ?"
                  + " OR last_seen_at <= ?)",
              accountId,
              now,
              now.minus(idle));
          return Sql.update(
              h,
              "INSERT INTO account_session (id_hash, account_id, csrf_token, created_at,"
                  + " last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
              Secrets.hash(id),
              accountId,
              csrf,
              now,
              now,
              now.plus(absolute));
        });
    return new Opened(id, csrf, absolute);
  }

  /**
   * The live session with cookie value {@code id}; marks it used when it was last marked more than
   * a minute ago (so most requests cost one query).
   */
  public Optional<Live> find(String id, Instant now) {
    String idHash = Secrets.hash(id);
    // Plain JDBC on a pooled connection (no JDBI handle): every signed-in request runs this.
    try (Connection c = database.connection()) {
      Optional<Seen> seen;
      try (PreparedStatement q = c.prepareStatement(FIND)) {
        q.setString(1, idHash);
        q.setObject(2, Sql.at(now));
        q.setObject(3, Sql.at(now.minus(idle)));
        try (ResultSet rs = q.executeQuery()) {
          seen =
              rs.next()
                  ? Optional.of(
                      new Seen(
                          new Live(idHash, AccountStore.map(rs, null), rs.getString("csrf_token")),
                          Sql.requiredInstant(rs, "last_seen_at")))
                  : Optional.empty();
        }
      }
      if (seen.isPresent() && seen.get().at().isBefore(now.minus(TOUCH_EVERY))) {
        try (PreparedStatement u = c.prepareStatement(TOUCH)) {
          u.setObject(1, Sql.at(now));
          u.setString(2, idHash);
          u.setObject(3, Sql.at(now.minus(TOUCH_EVERY)));
          u.executeUpdate();
        }
      }
      return seen.map(Seen::live);
    } catch (SQLException e) {
      throw new UnableToAccessAccounts("find a session", e);
    }
  }

  private record Seen(Live live, Instant at) {}

  /** Ends the session whose id hashes to {@code idHash} (sign-out). */
  public void close(String idHash) {
    Sql.call(
        jdbi,
        "end a session",
        h -> Sql.update(h, "DELETE FROM account_session WHERE id_hash = ?", idHash));
  }

  /** How many sessions are stored for account {@code accountId} (ended ones not yet cleared). */
  public int count(long accountId) {
    return Sql.call(
        jdbi,
        "count sessions",
        h ->
            h.createQuery("SELECT COUNT(*) FROM account_session WHERE account_id = ?")
                .bind(0, accountId)
                .mapTo(Integer.class)
                .one());
  }
}
