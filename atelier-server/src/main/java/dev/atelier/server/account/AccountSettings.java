package dev.atelier.server.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How accounts behave: password hashing cost, session lifetimes, sign-in limits and the clock
 * (tests move it). Immutable and thread-safe.
 *
 * @param hasher the password hashing setting
 * @param sessionIdle a session unused this long ends
 * @param sessionAbsolute a session ends this long after sign-in, used or not
 * @param limits the sign-in rate limits
 * @param clock the time source
 */
public record AccountSettings(
    PasswordHasher hasher,
    Duration sessionIdle,
    Duration sessionAbsolute,
    LoginLimits limits,
    Clock clock) {

  public AccountSettings {
    Objects.requireNonNull(hasher, "hasher");
    Objects.requireNonNull(sessionIdle, "sessionIdle");
    Objects.requireNonNull(sessionAbsolute, "sessionAbsolute");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(clock, "clock");
  }

  /**
   * Sign-in rate limits: at most {@code perAccount} failures per account and {@code perAddress} per
   * client address within {@code window}; then 429 until the oldest counted failure leaves it.
   */
  public record LoginLimits(int perAccount, int perAddress, Duration window) {
    /** 5 per account and 20 per address in 15 minutes. */
    public static LoginLimits standard() {
      return new LoginLimits(5, 20, Duration.ofMinutes(15));
    }
  }

  /** Production: Argon2id at {@link PasswordHasher#standard()}, 2 h idle, 12 h absolute. */
  public static AccountSettings standard() {
    return new AccountSettings(
        PasswordHasher.standard(),
        Duration.ofHours(2),
        Duration.ofHours(12),
        LoginLimits.standard(),
        Clock.systemUTC());
  }

  /** The standard settings with cheap hashing, for tests. */
  public static AccountSettings cheap() {
    return standard().withHasher(PasswordHasher.cheap());
  }

  /** These settings with another hasher. */
  public AccountSettings withHasher(PasswordHasher other) {
    return new AccountSettings(other, sessionIdle, sessionAbsolute, limits, clock);
  }

  /** These settings with another clock. */
  public AccountSettings withClock(Clock other) {
    return new AccountSettings(hasher, sessionIdle, sessionAbsolute, limits, other);
  }
}
