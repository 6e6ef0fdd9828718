package dev.atelier.server.account;

import dev.atelier.server.account.AccountSettings.SignUpLimits;
import dev.atelier.server.db.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Sign-up rate limits per client address and in total, counted in the database (table {@code
 * signup_attempt}) so that they hold across nodes. Every sign-up that passes the rules counts,
 * whether its email was new or not (both cost a password hash and answer alike); refused ones do
 * not. Two nodes counting at the same instant may let one or two more through. Thread-safe.
 */
public final class SignUpLimiter {

  private final Jdbi jdbi;
  private final SignUpLimits limits;
  private final SlidingWindow perAddress;
  private final SlidingWindow total;

  /** Limits {@code limits} counted in {@code database}. */
  public SignUpLimiter(Database database, SignUpLimits limits) {
    this.jdbi = database.jdbi();
    this.limits = limits;
    this.perAddress = new SlidingWindow("signup_attempt", "attempted_at", limits.addressWindow());
    this.total = new SlidingWindow("signup_attempt", "attempted_at", limits.totalWindow());
  }

  /** How long a sign-up from {@code address} must wait, or empty when it may go ahead now. */
  public Optional<Duration> blocked(String address, Instant now) {
    return Sql.call(
        jdbi,
        "check the sign-up limits",
        h ->
            SlidingWindow.longer(
                perAddress.wait(
                    h, "address = ?", limits.perAddress(), now, SlidingWindow.bounded(address)),
                total.wait(h, "1 = 1", limits.total(), now)));
  }

  /** Counts a sign-up from {@code address}; forgets those out of both windows. */
  public void record(String address, Instant now) {
    Duration longest =
        limits.addressWindow().compareTo(limits.totalWindow()) >= 0
            ? limits.addressWindow()
            : limits.totalWindow();
    Sql.transaction(
        jdbi,
        "count a sign-up",
        h -> {
          Sql.update(
              h,
              "INSERT INTO signup_attempt (address, attempted_at) VALUES (?, ?)",
              SlidingWindow.bounded(address),
              now);
          return Sql.update(
              h, "DELETE FROM signup_attempt WHERE attempted_at <= ?", now.minus(longest));
        });
  }
}
