package dev.atelier.cli;

import dev.atelier.server.account.AccountSettings;
import dev.atelier.server.account.AccountSettings.LoginLimits;
import dev.atelier.server.account.AccountSettings.SignUpLimits;
import dev.atelier.server.http.Nullable;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The {@code atelier serve} options for the sign-in and sign-up limits (docs/limits.md, "Accounts
 * and sign-in"). Defaults are {@link LoginLimits#standard()} and {@link SignUpLimits#standard()}.
 * Filled by picocli; not thread-safe.
 */
final class AccountLimitOptions {

  @Option(
      names = "--signin-failures-per-account",
      defaultValue = "5",
      description =
          "Failed sign-ins per account in the window before 429 (default: ${DEFAULT-VALUE}).")
  int perAccount;

  @Option(
      names = "--signin-failures-per-address",
      defaultValue = "20",
      description =
          "Failed sign-ins per client address in the window before 429 (default: ${DEFAULT-VALUE}).")
  int perAddress;

  @Option(
      names = "--signin-failures-per-device",
      defaultValue = "10",
      description =
          "Failed sign-ins per known device (device cookie) in the window (default: ${DEFAULT-VALUE}).")
  int perDevice;

  @Option(
      names = "--signin-window-minutes",
      defaultValue = "15",
      description = "How long a failed sign-in counts (default: ${DEFAULT-VALUE}).")
  long windowMinutes;

  @Option(
      names = "--device-cookie-days",
      defaultValue = "30",
      description =
          "How long a device cookie lets its browser past a lock-out (default: ${DEFAULT-VALUE}).")
  long deviceDays;

  @Option(
      names = "--signups-per-address-hour",
      defaultValue = "10",
      description = "Sign-ups per client address an hour (default: ${DEFAULT-VALUE}).")
  int signUpsPerAddress;

  @Option(
      names = "--signups-per-minute",
      defaultValue = "60",
      description = "Sign-ups from everywhere a minute (default: ${DEFAULT-VALUE}).")
  int signUpsPerMinute;

  /** A message naming a value out of range, or null when all are fine. */
  @Nullable
  String problem() {
    if (perAccount < 1
        || perAddress < 1
        || perDevice < 1
        || windowMinutes < 1
        || deviceDays < 1
        || signUpsPerAddress < 1
        || signUpsPerMinute < 1) {
      return "the --signin-... , --device-cookie-days and --signups-... options must be at least 1";
    }
    return null;
  }

  /** {@code settings} with these limits. */
  AccountSettings apply(AccountSettings settings) {
    return settings
        .withLimits(
            new LoginLimits(
                perAccount,
                perAddress,
                perDevice,
                Duration.ofMinutes(windowMinutes),
                Duration.ofDays(deviceDays)))
        .withSignUps(
            new SignUpLimits(
                signUpsPerAddress, Duration.ofHours(1), signUpsPerMinute, Duration.ofMinutes(1)));
  }
}
