package dev.atelier.server.account;

import dev.atelier.server.account.AccountSettings.LoginLimits;
import dev.atelier.server.db.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Sign-in rate limits per account and per client address, counted in the database so that they hold
 * across nodes: failures in a sliding window, cleared for the account by a successful sign-in.
 * Accounts are keyed by the normalized email whether or not it exists, so an unknown email is
 * limited exactly like a known one. Two nodes counting at the same instant may let a failure or two
 * more through; the limit still bounds guessing. Thread-safe.
 */
public final class LoginLimiter {

  private static final String ACCOUNT = "account";
  private static final String ADDRESS = "address";

  private final Jdbi jdbi;
  private final LoginLimits limits;

  /** Limits {@code limits} counted in {@code database}. */
  public LoginLimiter(Database database, LoginLimits limits) {
    this.jdbi = database.jdbi();
    this.limits = limits;
  }

  /**
   * How long a sign-in as {@code email} from {@code address} must wait, or empty when it may try
   * now.
   */
  public Optional<Duration> blocked(String email, String address, Instant now) {
    return Sql.call(
        jdbi,
        "check the sign-in limits",
        h -> {
          Optional<Duration> byAccount =
              wait(h, ACCOUNT, Account.normalize(email), limits.perAccount(), now);
          Optional<Duration> byAddress = wait(h, ADDRESS, address, limits.perAddress(), now);
          if (byAccount.isPresent() && byAddress.isPresent()) {
            return Optional.of(
                byAccount.get().compareTo(byAddress.get()) > 0 ? byAccount.get() : byAddress.get());
          }
          return byAccount.or(() -> byAddress);
        });
  }

  /**
   * The wait until fewer than {@code limit} failures of {@code subject} remain in the window: the
   * {@code limit}-th most recent failure must leave it.
   */
  private Optional<Duration> wait(Handle h, String scope, String subject, int limit, Instant now) {
    Instant since = now.minus(limits.window());
    Optional<Instant> blocking =
        h.createQuery(
                "SELECT failed_at FROM login_failure WHERE scope = ? AND subject = ?"
                    + " AND failed_at > ? ORDER BY failed_at DESC LIMIT 1 OFFSET "
                    + (limit - 1))
            .bind(0, scope)
            .bind(1, subject)
            .bind(2, Sql.at(since))
            .map((rs, ctx) -> Sql.instant(rs, "failed_at"))
            .findOne();
    return blocking.map(
        t -> {
          Duration left = Duration.between(now, t.plus(limits.window()));
          return left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left;
        });
  }

  /** Counts a failed sign-in as {@code email} from {@code address}; forgets expired ones. */
  public void failed(String email, String address, Instant now) {
    String account = Account.normalize(email);
    Sql.transaction(
        jdbi,
        "count a failed sign-in",
        h -> {
          String insert = "INSERT INTO login_failure (scope, subject, failed_at) VALUES (?, ?, ?)";
          Sql.update(h, insert, ACCOUNT, account, now);
          Sql.update(h, insert, ADDRESS, address, now);
          return Sql.update(
              h, "DELETE FROM login_failure WHERE failed_at <= ?", now.minus(limits.window()));
        });
  }

  /** Forgets the failures of {@code email} (after a successful sign-in). */
  public void succeeded(String email) {
    Sql.call(
        jdbi,
        "reset the sign-in limit",
        h ->
            Sql.update(
                h,
                "DELETE FROM login_failure WHERE scope = ? AND subject = ?",
                ACCOUNT,
                Account.normalize(email)));
  }
}
