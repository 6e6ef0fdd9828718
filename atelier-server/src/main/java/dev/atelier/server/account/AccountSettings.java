package dev.atelier.server.account;

import dev.atelier.server.http.Require;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How accounts behave: password hashing cost, session lifetimes, sign-in and sign-up limits and the
 * clock (tests move it). Immutable and thread-safe.
 *
 * @param hasher the password hashing setting
 * @param sessionIdle a session unused this long ends
 * @param sessionAbsolute a session ends this long after sign-in, used or not
 * @param limits the sign-in rate limits
 * @param signUps the sign-up rate limits
 * @param clock the time source
 */
public record AccountSettings(
    PasswordHasher hasher,
    Duration sessionIdle,
    Duration sessionAbsolute,
    LoginLimits limits,
    SignUpLimits signUps,
    Clock clock) {

  public AccountSettings {
    Require.nonNull(
        "hasher sessionIdle sessionAbsolute limits signUps clock",
        hasher,
        sessionIdle,
        sessionAbsolute,
        limits,
        signUps,
        clock);
  }

  /**
   * Sign-in rate limits: at most {@code perAccount} failures per account and {@code perAddress} per
   * client address within {@code window}; then 429 until the oldest counted failure leaves it. A
   * browser that signed in to the account before (its device cookie, valid for {@code
   * deviceLifetime}) is not held by those two limits but by its own: {@code perDevice} failures in
   * {@code window}.
   */
  public record LoginLimits(
      int perAccount, int perAddress, int perDevice, Duration window, Duration deviceLifetime) {
    public LoginLimits {
      if (perAccount < 1 || perAddress < 1 || perDevice < 1) {
        throw new IllegalArgumentException("sign-in limits must be at least 1");
      }
      Objects.requireNonNull(window, "window");
      Objects.requireNonNull(deviceLifetime, "deviceLifetime");
    }

    /** 5 per account, 20 per address and 10 per device in 15 minutes; devices known 30 days. */
    public static LoginLimits standard() {
      return new LoginLimits(5, 20, 10, Duration.ofMinutes(15), Duration.ofDays(30));
    }
  }

  /**
   * Sign-up rate limits (each sign-up costs a password hash): at most {@code perAddress} per client
   * address within {@code addressWindow} and {@code total} from everywhere within {@code
   * totalWindow}; then 429 until the oldest counted one leaves its window.
   */
  public record SignUpLimits(
      int perAddress, Duration addressWindow, int total, Duration totalWindow) {
    public SignUpLimits {
      if (perAddress < 1 || total < 1) {
        throw new IllegalArgumentException("sign-up limits must be at least 1");
      }
      Objects.requireNonNull(addressWindow, "addressWindow");
      Objects.requireNonNull(totalWindow, "totalWindow");
    }

    /** 10 per address an hour, 60 in total a minute. */
    public static SignUpLimits standard() {
      return new SignUpLimits(10, Duration.ofHours(1), 60, Duration.ofMinutes(1));
    }
  }

  /** Production: Argon2id at {@link PasswordHasher#standard()}, 2 h idle, 12 h absolute. */
  public static AccountSettings standard() {
    return new AccountSettings(
        PasswordHasher.standard(),
        Duration.ofHours(2),
        Duration.ofHours(12),
        LoginLimits.standard(),
        SignUpLimits.standard(),
        Clock.systemUTC());
  }

  /** The standard settings with cheap hashing, for tests. */
  public static AccountSettings cheap() {
    return standard().withHasher(PasswordHasher.cheap());
  }

  /** These settings with another hasher. */
  public AccountSettings withHasher(PasswordHasher other) {
    return new AccountSettings(other, sessionIdle, sessionAbsolute, limits, signUps, clock);
  }

  /** These settings with another clock. */
  public AccountSettings withClock(Clock other) {
    return new AccountSettings(hasher, sessionIdle, sessionAbsolute, limits, signUps, other);
  }

  /** These settings with other sign-in limits. */
  public AccountSettings withLimits(LoginLimits other) {
    return new AccountSettings(hasher, sessionIdle, sessionAbsolute, other, signUps, clock);
  }

  /** These settings with other sign-up limits. */
  public AccountSettings withSignUps(SignUpLimits other) {
    return new AccountSettings(hasher, sessionIdle, sessionAbsolute, limits, other, clock);
  }
}
