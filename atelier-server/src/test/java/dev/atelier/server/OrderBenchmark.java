package dev.atelier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.server.account.AccountService;
import dev.atelier.server.account.AccountSettings;
import dev.atelier.server.account.AccountStore;
import dev.atelier.server.account.PasswordHasher;
import dev.atelier.server.catalogue.StoredCatalogue;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.AtelierServer;
import dev.atelier.server.http.Role;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Not a test: orders per second on PostgreSQL, exactly once. Starts embedded PostgreSQL and a real
 * server (real accounts: session cookie and CSRF token), signs in {@code customers} customers, and
 * lets {@code threads} clients post orders with fresh idempotency keys for {@code seconds} (after a
 * warm-up); every order is posted twice (the retry must be answered from the key, with the same
 * bytes). Each client thread keeps one connection ({@link BenchHttp}, lean on CPU, which it shares
 * with the server). Prints orders/s, latency percentiles, CPU per order of server, client and
 * PostgreSQL, and checks that the database holds exactly one order per acknowledged key. Run with
 * {@code atelier-server/bench/orders.sh}.
 */
final class OrderBenchmark {

  private OrderBenchmark() {}

  private static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  public static void main(String[] args)
      throws IOException, InterruptedException, ExecutionException {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 16;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int customers = args.length > 2 ? Integer.parseInt(args[2]) : 16;
    int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    int poolSize = args.length > 4 ? Integer.parseInt(args[4]) : Database.poolSizeForCores();
    String url = TestDatabases.freshPostgresUrl();
    try (Database db = Database.open(url, "postgres", null, poolSize)) {
      StoredCatalogue catalogue = StoredCatalogue.open(db, Clock.systemUTC());
      catalogue.warm();
      AccountService accounts = new AccountService(db, AccountSettings.cheap());
      AtelierApi.Options d = AtelierApi.Options.defaults(0);
      try (AtelierServer server =
          AtelierApi.start(
              ApiWiring.of(
                      catalogue,
                      db,
                      new AtelierApi.Options(
                          "127.0.0.1",
                          0,
                          d.engineBudget(),
                          Duration.ZERO,
                          d.cacheSize(),
                          d.bodyLimit()))
                  .withAccounts(accounts))) {
        Client client = new Client("http://127.0.0.1:" + server.port());
        String hash = PasswordHasher.cheap().hash(TestAccounts.PASSWORD);
        List<Client.Session> sessions = new ArrayList<>();
        for (int c = 0; c < customers; c++) {
          String email = "bench" + c + "@test";
          assertThat(new AccountStore(db).create(email, hash, Role.CUSTOMER, Instant.now()))
              .as("account created")
              .isPresent();
          sessions.add(client.signIn(email, TestAccounts.PASSWORD));
        }
        List<String> bodies = new ArrayList<>();
        for (String product : List.of("bicycle", "pc", "sneakers", "jeans", "pizza")) {
          bodies.add(OrderServer.orderBody(client.complete(catalogue, product), 1));
        }
        run(client, sessions, bodies, threads, warmUp, "warm-up");
        long before = count(db);
        BenchCpu cpu =
            new BenchCpu(
                BenchCpu.parentOf(
                    db.jdbi()
                        .withHandle(
                            h ->
                                h.createQuery("SELECT pg_backend_pid()").mapTo(Long.class).one())));
        BenchCpu.Sample cpu0 = cpu.now();
        Result r = run(client, sessions, bodies, threads, seconds, "measured");
        BenchCpu.Sample spent = cpu.now().minus(cpu0);
        long stored = count(db) - before;
        System.out.printf(
            "threads=%d customers=%d: %d orders in %.1f s = %.0f orders/s (each also retried:"
                + " %d identical replays, %d mismatches); latency p50 %.1f ms, p99 %.1f ms;"
                + " stored %d (exactly once: %s); load average %.2f on %d cores%n",
            threads,
            customers,
            r.orders,
            r.seconds,
            r.orders / r.seconds,
            r.replays,
            r.mismatches,
            r.p50,
            r.p99,
            stored,
            stored == r.orders && r.mismatches == 0,
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
            Runtime.getRuntime().availableProcessors());
        double perOrder = 1e6 * Math.max(1, r.orders);
        System.out.printf(
            "CPU per order (both posts): server JVM %.2f ms, client %.2f ms (%.0f %% of all),"
                + " PostgreSQL %.2f ms%n",
            (spent.jvm() - r.clientCpuNanos) / perOrder,
            r.clientCpuNanos / perOrder,
            100.0 * r.clientCpuNanos / Math.max(1, spent.jvm() + spent.postgres()),
            spent.postgres() / perOrder);
      }
    }
    System.exit(0); // the embedded PostgreSQL's shutdown hook stops it
  }

  private record Result(
      long orders,
      double seconds,
      long replays,
      long mismatches,
      double p50,
      double p99,
      long clientCpuNanos) {}

  private static Result run(
      Client client,
      List<Client.Session> sessions,
      List<String> bodies,
      int threads,
      int seconds,
      String phase)
      throws InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, named("bench-" + phase));
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long start = System.nanoTime();
    List<Future<long[]>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      results.add(
          pool.submit(
              () -> {
                long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                Client.Session s = sessions.get(thread % sessions.size());
                List<Long> latencies = new ArrayList<>();
                long orders = 0;
                long replays = 0;
                long mismatches = 0;
                try (BenchHttp http = client.connect()) {
                  for (int i = 0; System.nanoTime() < end; i++) {
                    String key = phase + "-" + thread + "-" + i;
                    String body = bodies.get(i % bodies.size());
                    long t0 = System.nanoTime();
                    BenchHttp.Response first = client.order(http, s, key, body);
                    latencies.add(System.nanoTime() - t0);
                    if (first.status() != 201) {
                      throw new IllegalStateException(first.status() + " " + first.body());
                    }
                    orders++;
                    BenchHttp.Response retry = client.order(http, s, key, body);
                    if (retry.status() == 201 && retry.body().equals(first.body())) {
                      replays++;
                    } else {
                      mismatches++;
                    }
                  }
                }
                long[] out = new long[4 + latencies.size()];
                out[0] = orders;
                out[1] = replays;
                out[2] = mismatches;
                out[3] = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0;
                for (int k = 0; k < latencies.size(); k++) {
                  out[4 + k] = latencies.get(k);
                }
                return out;
              }));
    }
    long orders = 0;
    long replays = 0;
    long mismatches = 0;
    long clientCpu = 0;
    List<Long> all = new ArrayList<>();
    for (Future<long[]> f : results) {
      long[] r = f.get();
      orders += r[0];
      replays += r[1];
      mismatches += r[2];
      clientCpu += r[3];
      for (int k = 4; k < r.length; k++) {
        all.add(r[k]);
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    long[] sorted = all.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return new Result(
        orders,
        elapsed,
        replays,
        mismatches,
        sorted.length == 0 ? 0 : sorted[sorted.length / 2] / 1e6,
        sorted.length == 0 ? 0 : sorted[(int) (sorted.length * 0.99)] / 1e6,
        clientCpu);
  }

  private static long count(Database db) {
    return db.jdbi()
        .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM orders").mapTo(Long.class).one());
  }

  /** A small HTTP client signing in and placing orders. Thread-safe. */
  private static final class Client {
    private final HttpClient http =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    record Session(String cookie, String csrf) {}

    Client(String base) {
      this.base = base;
    }

    Session signIn(String email, String password) throws IOException, InterruptedException {
      HttpResponse<String> r =
          send(
              post("/api/session")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")));
      String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
      return new Session(
          setCookie.substring(0, setCookie.indexOf(';')),
          TestServer.JSON.readTree(r.body()).get("csrfToken").asText());
    }

    JsonNode complete(StoredCatalogue catalogue, String product)
        throws IOException, InterruptedException {
      ObjectNode request = TestServer.JSON.createObjectNode();
      request
          .putObject("design")
          .put("product", product)
          .put("version", catalogue.current(product).orElseThrow().version())
          .putArray("decisions");
      request.put("objective", "cheapest");
      HttpResponse<String> r =
          send(
              post("/api/designs/complete")
                  .POST(HttpRequest.BodyPublishers.ofString(request.toString())));
      return TestServer.JSON.readTree(r.body()).get("design");
    }

    /** A connection of its own for one client thread. */
    BenchHttp connect() throws IOException {
      URI uri = URI.create(base);
      return new BenchHttp(uri.getHost(), uri.getPort());
    }

    BenchHttp.Response order(BenchHttp http, Session s, String key, String body)
        throws IOException {
      return http.post(
          "/api/orders",
          body,
          "Idempotency-Key: " + key,
          "Cookie: " + s.cookie(),
          "X-CSRF-Token: " + s.csrf());
    }

    private HttpRequest.Builder post(String path) {
      return HttpRequest.newBuilder(URI.create(base + path))
          .timeout(Duration.ofSeconds(30))
          .header("Content-Type", "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder b)
        throws IOException, InterruptedException {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
