package dev.atelier.server.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.server.ApiWiring;
import dev.atelier.server.AtelierApi;
import dev.atelier.server.ServerOptions;
import dev.atelier.server.account.AccountService;
import dev.atelier.server.account.AccountSettings;
import dev.atelier.server.account.AccountStore;
import dev.atelier.server.account.PasswordHasher;
import dev.atelier.server.catalogue.StoredCatalogue;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.Dialect;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.design.ArtworkContractTest;
import dev.atelier.server.http.AtelierServer;
import dev.atelier.server.http.Role;
import dev.atelier.server.printfile.PrintJobWorker; // print-worker-import
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestAccounts;
import dev.atelier.server.testing.TestServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;

/**
 * Not a test: orders per second, exactly once, on PostgreSQL (default) or H2 in memory. Starts the
 * database and a real server (real accounts: session cookie and CSRF token), signs in {@code
 * customers} customers, and lets {@code threads} clients post orders with fresh idempotency keys
 * for {@code seconds} (after a warm-up); every order is posted twice (the retry must be answered
 * from the key, with the same bytes). Prints orders/s, latency percentiles, CPU per order of
 * server, client and PostgreSQL, and checks that the database holds every acknowledged order
 * exactly once ({@link OrderBenchRun#verify}). Run with {@code atelier-server/bench/orders.sh}.
 */
final class OrderBenchmark {

  private OrderBenchmark() {}

  public static void main(String[] args)
      throws IOException, InterruptedException, ExecutionException {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 16;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int customers = args.length > 2 ? Integer.parseInt(args[2]) : 16;
    int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 15;
    int poolSize =
        args.length > 4 && !args[4].equals("-")
            ? Integer.parseInt(args[4])
            : Database.poolSizeForCores();
    boolean h2 = args.length > 5 && args[5].toLowerCase(Locale.ROOT).equals("h2");
    boolean exact;
    try (Database db =
        h2
            ? Database.open("jdbc:h2:mem:orders-bench;DB_CLOSE_DELAY=-1", null, null, poolSize)
            : Database.open(TestDatabases.freshPostgresUrl(), "postgres", null, poolSize)) {
      StoredCatalogue catalogue = StoredCatalogue.open(db, Clock.systemUTC());
      catalogue.warm();
      AccountService accounts = new AccountService(db, AccountSettings.cheap());
      try (AtelierServer server =
          AtelierApi.start(
              ApiWiring.of(
                      catalogue,
                      db,
                      ServerOptions.defaults(0)
                          .withAddress("127.0.0.1", 0)
                          .withReasonsBudget(Duration.ZERO))
                  .withAccounts(accounts))) {
        OrderBenchClient client = new OrderBenchClient("http://127.0.0.1:" + server.port());
        String hash = PasswordHasher.cheap().hash(TestAccounts.PASSWORD);
        List<OrderBenchClient.Session> sessions = new ArrayList<>();
        for (int c = 0; c < customers; c++) {
          String email = "bench" + c + "@test";
          assertThat(new AccountStore(db).create(email, hash, Role.CUSTOMER, Instant.now()))
              .as("account created")
              .isPresent();
          sessions.add(client.signIn(email, TestAccounts.PASSWORD));
        }
        List<String> bodies = new ArrayList<>();
        boolean artwork = Boolean.getBoolean("bench.artwork");
        if (artwork) {
          // Every order: sneakers with a 600 x 600 photo printed on the tongue.
          String photo = null;
          for (OrderBenchClient.Session session : sessions) {
            photo = client.upload(session, ArtworkContractTest.photo(600, 600));
          }
          bodies.add(photoOrder(client.complete(catalogue, "sneakers"), photo));
        } else {
          for (String product : List.of("bicycle", "pc", "sneakers", "jeans", "pizza")) {
            bodies.add(OrderServer.orderBody(client.complete(catalogue, product), 1));
          }
        }
        // print-worker-start
        int renderThreads =
            Integer.getInteger(
                "bench.printThreads", Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
        PrintJobWorker printJobs =
            new PrintJobWorker(db.jdbi(), catalogue, Clock.systemUTC(), renderThreads);
        printJobs.start(Duration.ofSeconds(1));
        // print-worker-end
        OrderBenchRun.run(client, sessions, bodies, threads, warmUp, "warm-up");
        long before = OrderBenchRun.lastOrderId(db);
        BenchCpu cpu =
            new BenchCpu(
                db.dialect() == Dialect.POSTGRESQL
                    ? BenchCpu.parentOf(
                        db.jdbi()
                            .withHandle(
                                h ->
                                    h.createQuery("SELECT pg_backend_pid()")
                                        .mapTo(Long.class)
                                        .one()))
                    : 0);
        BenchStatements statements = new BenchStatements(db);
        statements.reset();
        BenchCpu.Sample cpu0 = cpu.now();
        OrderBenchRun.Result r =
            OrderBenchRun.run(client, sessions, bodies, threads, seconds, "measured");
        BenchCpu.Sample spent = cpu.now().minus(cpu0);
        statements.print(r.orders());
        System.out.println(
            "orders with artwork: "
                + artwork
                + "; render threads "
                + renderThreads
                + "; at the end of the run: "
                + printJobs(db));
        if (artwork) {
          drain(db, Integer.getInteger("bench.drainSeconds", 600));
        }
        OrderBenchRun.Check check = OrderBenchRun.verify(db, r, before);
        exact = check.exactlyOnce() && r.mismatches() == 0;
        System.out.printf(
            "database %s, pool %d; threads=%d customers=%d: %d orders in %.1f s = %.0f orders/s"
                + " (each also retried: %d identical replays, %d mismatches); latency p50 %.1f ms,"
                + " p99 %.1f ms; %s; exactly once: %s; load average %.2f on %d cores%n",
            h2 ? "H2 (in memory, in the server JVM)" : "PostgreSQL (embedded)",
            poolSize,
            threads,
            customers,
            r.orders(),
            r.seconds(),
            r.orders() / r.seconds(),
            r.replays(),
            r.mismatches(),
            r.p50(),
            r.p99(),
            check.text(),
            exact,
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
            Runtime.getRuntime().availableProcessors());
        printCpu(r, spent, h2);
      }
    }
    System.exit(exact ? 0 : 1); // the embedded PostgreSQL's shutdown hook stops it
  }

  /** Prints the CPU each order cost the server, the client and PostgreSQL. */
  private static void printCpu(OrderBenchRun.Result r, BenchCpu.Sample spent, boolean h2) {
    double perOrder = 1e6 * Math.max(1, r.orders());
    System.out.printf(
        "CPU per order (both posts): server JVM %.2f ms%s (request threads %.2f ms, other"
            + " threads %.2f ms, JIT/GC/ended threads %.2f ms), client %.2f ms (%.0f %% of"
            + " all), PostgreSQL %.2f ms%n",
        (spent.jvm() - r.clientCpuNanos()) / perOrder,
        h2 ? " (H2 included)" : "",
        spent.server() / perOrder,
        spent.otherThreads() / perOrder,
        (spent.jvm() - spent.server() - spent.otherThreads() - r.clientCpuNanos()) / perOrder,
        r.clientCpuNanos() / perOrder,
        100.0 * r.clientCpuNanos() / Math.max(1, spent.jvm() + spent.postgres()),
        spent.postgres() / perOrder);
  }

  /** The order body of {@code design} (sneakers) with {@code photo} on a 20 mm tongue box. */
  private static String photoOrder(JsonNode design, String photo) throws IOException {
    for (String side : new String[] {"width", "height", "x", "y"}) {
      design = ArtworkContractTest.with(design, "tongue_" + side, side.length() == 1 ? "5" : "20");
    }
    design = ArtworkContractTest.with(design, "tongue_technique", "print");
    ObjectNode body = (ObjectNode) TestServer.JSON.readTree(OrderServer.orderBody(design, 1));
    body.set("artwork", ArtworkContractTest.artwork("tongue", photo, 90));
    return body.toString();
  }

  /** Waits (at most {@code seconds}) until no print job is due; prints how long it took. */
  private static void drain(Database db, int seconds) throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + seconds * 1_000_000_000L;
    long due = dueJobs(db);
    while (due > 0 && System.nanoTime() < deadline) {
      Thread.sleep(1000);
      due = dueJobs(db);
    }
    System.out.printf(
        "backlog: %s after %.0f s (%s); load average %.2f%n",
        due == 0 ? "drained" : due + " jobs still due",
        (System.nanoTime() - start) / 1e9,
        printJobs(db),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static long dueJobs(Database db) {
    return db.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT COUNT(*) FROM print_job WHERE status = 'due'")
                    .mapTo(Long.class)
                    .one());
  }

  /** How many print jobs are done and due (none before issue 17's print_job table). */
  private static String printJobs(Database db) {
    try {
      return db.jdbi()
          .withHandle(
              h ->
                  h.createQuery(
                          "SELECT COUNT(*) FILTER (WHERE status = 'done') || ' print jobs done, '"
                              + " || COUNT(*) FILTER (WHERE status = 'due') || ' due, '"
                              + " || (SELECT COUNT(*) FROM production_print_files) / 2"
                              + " || ' production orders with files' FROM print_job")
                      .mapTo(String.class)
                      .one());
    } catch (org.jdbi.v3.core.JdbiException e) {
      return "no print_job table; "
          + db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT COUNT(*) / 2 FROM production_print_files")
                          .mapTo(Long.class)
                          .one())
          + " production orders with files";
    }
  }
}
