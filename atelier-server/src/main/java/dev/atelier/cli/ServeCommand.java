package dev.atelier.cli;

import dev.atelier.server.ApiWiring;
import dev.atelier.server.ServerOptions;
import dev.atelier.server.account.AccountService;
import dev.atelier.server.account.AccountSettings;
import dev.atelier.server.catalogue.StoredCatalogue;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.DatabaseException;
import dev.atelier.server.design.PoolSettings;
import dev.atelier.server.events.WebhookTargets;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code atelier serve}: opens the database (seeding the demo catalogue into it on first use) and
 * answers the HTTP API until the process is stopped. Prints the URL on standard output. One
 * instance per run; not thread-safe.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the web configurator and the HTTP API (JSON, OpenAPI at /openapi.json) on the",
      "catalogue kept in the database given by --db (the demo products are added on first start).",
      "Prints the URL, then runs until stopped (Ctrl-C)."
    })
public final class ServeCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  private int port;

  @Option(
      names = "--host",
      defaultValue = "0.0.0.0",
      description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
  private String host;

  @Option(
      names = "--engine-millis",
      defaultValue = "2000",
      description = "Deadline of each request's engine work (default: ${DEFAULT-VALUE}).")
  private long engineMillis;

  @Option(
      names = "--reasons-millis",
      defaultValue = "100",
      description = "Time per request for refusal reasons, 0 for none (default: ${DEFAULT-VALUE}).")
  private long reasonsMillis;

  @Option(
      names = "--cache",
      defaultValue = "4096",
      description = "Designs whose engine answers are cached (default: ${DEFAULT-VALUE}).")
  private int cacheSize;

  @Option(
      names = "--session-pool",
      defaultValue = "0",
      description =
          "Warm engine sessions kept between design requests, 0 for none (default:"
              + " ${DEFAULT-VALUE}).")
  private int sessionPool;

  @Option(
      names = "--db",
      defaultValue = Database.DEFAULT_URL,
      description = {
        "JDBC URL of the database (default: ${DEFAULT-VALUE}, an H2 file created on first use).",
        "PostgreSQL: jdbc:postgresql://host:5432/atelier?user=U&password=P"
      })
  private String dbUrl;

  @Option(
      names = "--admin-email",
      description = {
        "Makes sure this admin account exists (created, or its password and role reset);",
        "the password is the first line of --admin-password-file, else $"
            + AccountBootstrap.PASSWORD_VARIABLE
            + "."
      })
  private String adminEmail;

  @Option(names = "--admin-password-file", description = "File holding the admin's password.")
  private Path adminPasswordFile;

  @Option(
      names = "--demo-accounts",
      description =
          "Creates one account per role with a new random password and prints them (for demos).")
  private boolean demoAccounts;

  @Mixin private AccountLimitOptions accountLimits = new AccountLimitOptions();

  @Option(
      names = "--webhook-allow",
      paramLabel = "CIDR",
      description =
          "Let webhooks go to this non-public address range (e.g. 10.1.2.0/24 or ::1); repeatable."
              + " Loopback, private, link-local and metadata addresses are refused otherwise.")
  private List<String> webhookAllow = new ArrayList<>();

  @Mixin private TransportLimitOptions transportLimits = new TransportLimitOptions();

  @Option(
      names = "--print-threads",
      paramLabel = "N",
      description =
          "Threads rendering print files after orders, at low priority (default: half the cores,"
              + " at least 1).")
  private Integer printThreads;

  /** The default render threads: half the cores, so rendering leaves cores to orders. */
  static int defaultPrintThreads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
  }

  /** The server's options and limits from the command line; a bad limit is a parameter error. */
  private ServerOptions options() {
    ServerOptions.Builder options =
        ServerOptions.defaults(port).toBuilder()
            .host(host)
            .engineBudget(Duration.ofMillis(engineMillis))
            .reasonsBudget(Duration.ofMillis(reasonsMillis))
            .cacheSize(cacheSize)
            .sessionPool(new PoolSettings(sessionPool, PoolSettings.ON.maxBytes()))
            // -Datelier.serve.warmup=off: no first-visit warm-up (the old start, for measuring).
            .warmFirstVisit(!"off".equals(System.getProperty("atelier.serve.warmup")));
    try {
      options.limits(transportLimits.limits());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "limits: " + e.getMessage());
    }
    return options.build();
  }

  @Override
  public Integer call() {
    if (port < 0
        || port > 65_535
        || engineMillis < 1
        || reasonsMillis < 0
        || cacheSize < 0
        || sessionPool < 0) {
      throw new ParameterException(
          spec.commandLine(),
          "--port must be 0 to 65535; --engine-millis positive; --reasons-millis, --cache and"
              + " --session-pool not negative");
    }
    int renderThreads = printThreads == null ? defaultPrintThreads() : printThreads;
    if (renderThreads < 1 || renderThreads > 256) {
      throw new ParameterException(spec.commandLine(), "--print-threads must be 1 to 256");
    }
    if (accountLimits.problem() != null) {
      throw new ParameterException(spec.commandLine(), accountLimits.problem());
    }
    WebhookTargets targets;
    try {
      targets = WebhookTargets.allowing(webhookAllow.toArray(String[]::new));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--webhook-allow: " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ServerOptions options = options();
    Database database;
    try {
      database = Database.open(dbUrl, null, null, Database.poolSizeForCores());
    } catch (IllegalArgumentException | DatabaseException e) {
      err.println("atelier serve: " + e.getMessage());
      return AtelierCommand.EXIT_BAD_INPUT;
    }
    err.println("database " + database.url());
    long start = System.nanoTime();
    StoredCatalogue catalogue;
    try {
      catalogue = StoredCatalogue.open(database, Clock.systemUTC());
    } catch (DatabaseException e) {
      err.println("atelier serve: " + e.getMessage());
      database.close();
      return AtelierCommand.EXIT_BAD_INPUT;
    }
    err.printf(
        "catalogue: compiled %d products in %d ms%n",
        catalogue.warm(), (System.nanoTime() - start) / 1_000_000);
    AccountService accounts =
        new AccountService(database, accountLimits.apply(AccountSettings.standard()));
    if (adminEmail != null) {
      Optional<String> wrong =
          AccountBootstrap.admin(
              accounts,
              adminEmail,
              adminPasswordFile,
              System.getenv(AccountBootstrap.PASSWORD_VARIABLE));
      if (wrong.isPresent()) {
        err.println("atelier serve: " + wrong.get());
        database.close();
        return AtelierCommand.EXIT_BAD_INPUT;
      }
    }
    RunningServer server =
        RunningServer.start(
            ApiWiring.of(catalogue, database, options)
                .withAccounts(accounts)
                .withWebhookTargets(targets),
            catalogue,
            targets,
            renderThreads);
    String shown = host.equals("0.0.0.0") ? "localhost" : host;
    out.println("http://" + shown + ":" + server.port() + "/");
    out.flush();
    if (demoAccounts) {
      AccountBootstrap.demo(accounts, out);
    }
    server.runUntilStopped();
    return AtelierCommand.EXIT_OK;
  }
}
