package dev.atelier.cli;

import dev.atelier.server.http.Limits;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The {@code atelier serve} options for what one client may take of the transport: connections,
 * body and header times, and per-address rates (docs/limits.md). Limits not named here keep {@link
 * Limits#defaults()}. Filled by picocli; not thread-safe.
 */
final class TransportLimitOptions {

  @Option(
      names = "--connections-per-address",
      defaultValue = "64",
      description = "Open connections one client address may hold (default: ${DEFAULT-VALUE}).")
  int connectionsPerAddress;

  @Option(
      names = "--idle-seconds",
      defaultValue = "15",
      description = "Seconds a connection may stay silent (default: ${DEFAULT-VALUE}).")
  int idleSeconds;

  @Option(
      names = "--body-grace-millis",
      defaultValue = "2000",
      description = "Time any request body may take (default: ${DEFAULT-VALUE}).")
  long bodyGraceMillis;

  @Option(
      names = "--body-min-rate",
      defaultValue = "16384",
      description =
          "Bytes per second a body must arrive at beyond the grace (default: ${DEFAULT-VALUE}).")
  long bodyMinRate;

  @Option(
      names = "--body-max-millis",
      defaultValue = "10000",
      description = "Absolute limit for reading one body (default: ${DEFAULT-VALUE}).")
  long bodyMaxMillis;

  @Option(
      names = "--wishes-per-minute",
      defaultValue = "20",
      description = "Wishes one client address may send per minute (default: ${DEFAULT-VALUE}).")
  int wishesPerMinute;

  @Option(
      names = "--header-seconds",
      defaultValue = "10",
      description =
          "Seconds a request's line and headers may take once begun (default: ${DEFAULT-VALUE}).")
  int headerSeconds;

  @Option(
      names = "--uploads-per-minute",
      defaultValue = "60",
      description =
          "Artwork uploads one client address may send per minute (default: ${DEFAULT-VALUE}).")
  int uploadsPerMinute;

  @Option(
      names = "--design-events-per-minute",
      defaultValue = "600",
      description =
          "Design-event batches and recorded design requests per address and minute (default:"
              + " ${DEFAULT-VALUE}).")
  int designEventsPerMinute;

  /**
   * The limits these options give.
   *
   * @throws IllegalArgumentException where one of them is out of range
   */
  Limits limits() {
    Limits defaults = Limits.defaults();
    return new Limits(
        connectionsPerAddress,
        Duration.ofSeconds(idleSeconds),
        Duration.ofMillis(bodyGraceMillis),
        bodyMinRate,
        Duration.ofMillis(bodyMaxMillis),
        defaults.bodyRequests(),
        defaults.bodyWait(),
        wishesPerMinute,
        designEventsPerMinute,
        Duration.ofSeconds(headerSeconds),
        defaults.bodyMemory(),
        new Limits.Uploads(
            uploadsPerMinute,
            defaults.uploads().deadline(),
            defaults.uploads().decoders(),
            defaults.uploads().queue(),
            defaults.uploads().decodeWait()));
  }
}
