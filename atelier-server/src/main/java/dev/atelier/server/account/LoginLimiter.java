package dev.atelier.server.account;

import dev.atelier.server.account.AccountSettings.LoginLimits;
import dev.atelier.server.db.Database;
import dev.atelier.server.http.Nullable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Sign-in rate limits per account, per client address and per known device, counted in the database
 * so that they hold across nodes: failures in a sliding window, cleared for the account and the
 * device by a successful sign-in. Accounts are keyed by the SHA-256 of the normalized email whether
 * or not it exists (so an unknown or over-long email is limited exactly like a known one and never
 * overflows a column). A caller with a valid {@link DeviceCookie device cookie} for the account is
 * held only by that device's limit, so that strangers locking the account out do not lock out its
 * owner (OWASP's device cookies); its failures still count for the account and the address. Two
 * nodes counting at the same instant may let a failure or two more through; the limit still bounds
 * guessing. Thread-safe.
 */
public final class LoginLimiter {

  private static final String ACCOUNT = "account";
  private static final String ADDRESS = "address";
  private static final String DEVICE = "device";
  private static final String INSERT =
      "INSERT INTO login_failure (scope, subject, failed_at) VALUES (?, ?, ?)";

  private final Jdbi jdbi;
  private final LoginLimits limits;
  private final SlidingWindow window;

  /** Limits {@code limits} counted in {@code database}. */
  public LoginLimiter(Database database, LoginLimits limits) {
    this.jdbi = database.jdbi();
    this.limits = limits;
    this.window = new SlidingWindow("login_failure", "failed_at", limits.window());
  }

  /** The key of account {@code email} (known or not, of any length): a SHA-256 in hex. */
  static String accountKey(String email) {
    return Secrets.hash(email.length() > 4096 ? email : Account.normalize(email));
  }

  /**
   * How long a sign-in as {@code email} (null when the request names none) from {@code address}
   * must wait, or empty when it may try now; {@code device} is the id of the caller's valid device
   * cookie for this account, or null.
   */
  public Optional<Duration> blocked(
      @Nullable String email, String address, @Nullable String device, Instant now) {
    String where = "scope = ? AND subject = ?";
    return Sql.call(
        jdbi,
        "check the sign-in limits",
        h -> {
          if (device != null) {
            return window.wait(h, where, limits.perDevice(), now, DEVICE, device);
          }
          Optional<Duration> byAddress =
              window.wait(
                  h, where, limits.perAddress(), now, ADDRESS, SlidingWindow.bounded(address));
          if (email == null) {
            return byAddress;
          }
          return SlidingWindow.longer(
              window.wait(h, where, limits.perAccount(), now, ACCOUNT, accountKey(email)),
              byAddress);
        });
  }

  /**
   * Counts a failed sign-in as {@code email} (null when the request named none) from {@code
   * address} and, when not null, {@code device}; forgets expired failures.
   */
  public void failed(@Nullable String email, String address, @Nullable String device, Instant now) {
    Sql.transaction(
        jdbi,
        "count a failed sign-in",
        h -> {
          Sql.update(h, INSERT, ADDRESS, SlidingWindow.bounded(address), now);
          if (email != null) {
            Sql.update(h, INSERT, ACCOUNT, accountKey(email), now);
          }
          if (device != null) {
            Sql.update(h, INSERT, DEVICE, device, now);
          }
          return Sql.update(
              h, "DELETE FROM login_failure WHERE failed_at <= ?", now.minus(limits.window()));
        });
  }

  /** Forgets the failures of {@code email} and of {@code device} (after a successful sign-in). */
  public void succeeded(String email, @Nullable String device) {
    Sql.call(
        jdbi,
        "reset the sign-in limit",
        h -> {
          String delete = "DELETE FROM login_failure WHERE scope = ? AND subject = ?";
          int deleted = Sql.update(h, delete, ACCOUNT, accountKey(email));
          return device == null ? deleted : deleted + Sql.update(h, delete, DEVICE, device);
        });
  }
}
