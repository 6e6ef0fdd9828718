package dev.atelier.cli;

import dev.atelier.engine.result.Deadline;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The {@code --timeout SECONDS} option (a picocli mixin) of the commands that analyse models; each
 * command gives its own default by declaring the mixin initialised, e.g. {@code @Mixin
 * TimeoutOption timeout = new TimeoutOption(60)}. One instance per command run; not thread-safe.
 */
public final class TimeoutOption {

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description =
          "Time for the analysis; what does not finish is reported as such"
              + " (default: ${DEFAULT-VALUE}).")
  private long seconds;

  /** A timeout of {@code defaultSeconds} unless the command line says otherwise. */
  TimeoutOption(long defaultSeconds) {
    this.seconds = defaultSeconds;
  }

  /** The timeout in seconds, as given. */
  long seconds() {
    return seconds;
  }

  /** A deadline that many seconds from now. */
  Deadline deadline() {
    return Deadline.in(Duration.ofSeconds(seconds));
  }
}
