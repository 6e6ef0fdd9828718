package dev.atelier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.account.AccountSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The serve options for the account limits: defaults, values, and values out of range. */
class AccountLimitOptionsTest {

  private static AccountLimitOptions parse(String... args) {
    AccountLimitOptions options = new AccountLimitOptions();
    new CommandLine(options).parseArgs(args);
    return options;
  }

  @Test
  void theDefaultsAreTheStandardLimits() {
    AccountLimitOptions options = parse();
    assertThat(options.problem()).isNull();
    AccountSettings applied = options.apply(AccountSettings.standard());
    assertThat(applied.limits()).isEqualTo(AccountSettings.LoginLimits.standard());
    assertThat(applied.signUps()).isEqualTo(AccountSettings.SignUpLimits.standard());
  }

  @Test
  void optionsSetTheLimitsAndZeroIsRefused() {
    AccountSettings applied =
        parse(
                "--signin-failures-per-account=7",
                "--signin-failures-per-address=70",
                "--signin-failures-per-device=3",
                "--signin-window-minutes=30",
                "--device-cookie-days=90",
                "--signups-per-address-hour=4",
                "--signups-per-minute=9")
            .apply(AccountSettings.standard());
    assertThat(applied.limits())
        .isEqualTo(
            new AccountSettings.LoginLimits(7, 70, 3, Duration.ofMinutes(30), Duration.ofDays(90)));
    assertThat(applied.signUps())
        .isEqualTo(
            new AccountSettings.SignUpLimits(4, Duration.ofHours(1), 9, Duration.ofMinutes(1)));
    assertThat(parse("--signups-per-minute=0").problem()).contains("at least 1");
  }

  @Test
  void serveHelpListsTheOptions() {
    CliRun run = CliRun.of("serve", "--help");
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).contains("--signin-failures-per-account", "--signups-per-minute");
  }
}
