package dev.atelier.server.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code atelier serve --db <PostgreSQL>} as a child process (the jar's main class on the test
 * classpath) and kills it with SIGKILL at random moments while clients stream orders with unique
 * idempotency keys as a signed-in customer (session cookie and CSRF token); restarts it; retries
 * every unacknowledged request with its key until it is answered. Then: every acknowledged order is
 * present exactly once with its response, no order is partial (every order has its key row,
 * snapshot and price lines summing to its unit price), and every key resolved to exactly one order.
 */
@Tag("slow")
class SigkillTest {

  private static final int KILLS = 24;
  private static final int CLIENTS = 8;

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private volatile String base;
  private long nodeCpuMillis;
  private long startingNanos;
  private long firstOrdersNanos;
  private String cookie;
  private String csrf;

  @Test
  void everyAcknowledgedOrderSurvivesAndNoneIsDuplicatedOrPartial()
      throws IOException, InterruptedException, ExecutionException {
    String url = TestDatabases.freshPostgresUrl();
    String body;
    try (Database db = Database.open(url, "postgres", null, 2);
        OrderServer local = new OrderServer(db)) {
      body = OrderServer.orderBody(local.completeDesign("pizza"), 1);
    }
    Map<String, String> acknowledged = new ConcurrentHashMap<>();
    ConcurrentLinkedQueue<String> retry = new ConcurrentLinkedQueue<>();
    AtomicInteger nextKey = new AtomicInteger();
    AtomicInteger failedInFlight = new AtomicInteger();
    Map<String, Long> lostAt = new ConcurrentHashMap<>();
    AtomicBoolean streaming = new AtomicBoolean(true);
    Random random = new Random(20261122);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    Process node = start(url);
    signUpAndSignIn();
    int kills = 0;
    long started = System.nanoTime();
    List<Future<Void>> streams = new ArrayList<>();
    try {
      for (int c = 0; c < CLIENTS; c++) {
        streams.add(
            clients.submit(
                () -> {
                  while (streaming.get() || !retry.isEmpty()) {
                    String key = retry.poll();
                    if (key == null) {
                      if (!streaming.get()) {
                        break;
                      }
                      key = "kill-" + nextKey.incrementAndGet();
                    }
                    int status = post(key, body, acknowledged);
                    if (status != 201) {
                      if (status == -1) {
                        failedInFlight.incrementAndGet();
                        lostAt.putIfAbsent(key, System.currentTimeMillis());
                      }
                      retry.add(key);
                      sleep(20);
                    }
                  }
                  return null;
                }));
      }
      while (kills < KILLS) {
        // Kill while orders stream: once this node has acknowledged a few, at a random moment.
        int before = acknowledged.size();
        long waiting = System.nanoTime();
        long until = waiting + TimeUnit.SECONDS.toNanos(120);
        while (acknowledged.size() < before + 5 && System.nanoTime() < until) {
          sleep(10);
        }
        firstOrdersNanos += System.nanoTime() - waiting;
        sleep(random.nextInt(400));
        kill(node);
        kills++;
        node = start(url);
      }
      streaming.set(false);
      clients.shutdown();
      assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
      for (Future<Void> stream : streams) {
        stream.get();
      }
    } finally {
      clients.shutdownNow();
      kill(node);
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;

    try (Database db = Database.open(url, "postgres", null, 2)) {
      int keys = nextKey.get();
      List<Map<String, Object>> rows =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery(
                              "SELECT k.idempotency_key, k.order_id, k.response, o.unit_price,"
                                  + " o.created_at,"
                                  + " o.design, (SELECT SUM(amount) FROM order_price_lines l"
                                  + " WHERE l.order_id = o.id) AS lines"
                                  + " FROM order_idempotency_keys k"
                                  + " JOIN orders o ON o.id = k.order_id")
                          .mapToMap()
                          .list());
      assertThat(rows).hasSize(keys);
      assertThat(acknowledged).hasSize(keys);
      int committedBeforeLoss = 0;
      for (Map<String, Object> row : rows) {
        String key = (String) row.get("idempotency_key");
        Long lost = lostAt.get(key);
        if (lost != null && ((java.sql.Timestamp) row.get("created_at")).getTime() < lost) {
          committedBeforeLoss++;
        }
        assertThat(row.get("response")).as(key).isEqualTo(acknowledged.get(key));
        assertThat(((Number) row.get("lines")).longValue())
            .isEqualTo(((Number) row.get("unit_price")).longValue());
        assertThat((String) row.get("design")).isNotBlank();
      }
      long orders = OrderFlowTest.orders(db);
      long distinct =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT COUNT(DISTINCT order_id) FROM order_idempotency_keys")
                          .mapTo(Long.class)
                          .one());
      assertThat(orders).isEqualTo(keys);
      assertThat(distinct).isEqualTo(keys);
      report(kills, seconds, keys, failedInFlight.get(), lostAt.size(), committedBeforeLoss);
    }
  }

  /** Prints the run's figures. */
  private void report(
      int kills, long seconds, int keys, int lostInFlight, int lostKeys, int committedBeforeLoss) {
    System.out.printf(
        "SIGKILL run: %d kills in %d s, %d orders acknowledged and present exactly once,"
            + " %d requests lost in flight and retried (%d keys; %d of them had been committed"
            + " before the answer was lost); the nodes used %.1f s of CPU, took %.1f s to"
            + " listen and %.1f s to acknowledge their first 5 orders (%s)%n",
        kills,
        seconds,
        keys,
        lostInFlight,
        lostKeys,
        committedBeforeLoss,
        cpu(),
        startingNanos / 1e9,
        firstOrdersNanos / 1e9,
        jit());
  }

  /** Kills {@code node} with SIGKILL, adding the CPU time it used (where the platform says). */
  private void kill(Process node) throws InterruptedException {
    nodeCpuMillis += node.info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
    node.destroyForcibly().waitFor();
  }

  /** Seconds of CPU the killed nodes used. */
  private double cpu() {
    return nodeCpuMillis / 1000.0;
  }

  /** Posts one order: its status, -1 when the node did not answer, -2 when it is restarting. */
  private int post(String key, String body, Map<String, String> acknowledged) {
    String at = base;
    if (at == null) {
      sleep(50);
      return -2;
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(at + "/api/orders"))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .header("Cookie", cookie)
            .header("X-CSRF-Token", csrf)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 201) {
        String previous = acknowledged.putIfAbsent(key, r.body());
        assertThat(previous == null || previous.equals(r.body())).as(key).isTrue();
      } else if (r.statusCode() != 409 && r.statusCode() < 500) {
        throw new IllegalStateException(key + ": " + r.statusCode() + " " + r.body());
      }
      return r.statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /**
   * The nodes' JIT: C1 only unless {@code -Datelier.sigkill.jit=full}. A node lives for a few
   * seconds, most of them the start (the demo catalogue compiled), where C2's compilations cost
   * more CPU than they save; what the test checks does not depend on the JIT.
   */
  private static String jit() {
    return "full".equals(System.getProperty("atelier.sigkill.jit"))
        ? "-XX:TieredStopAtLevel=4"
        : "-XX:TieredStopAtLevel=1";
  }

  /** Starts {@code atelier serve --db url} (the jar's main class and classpath) on a free port. */
  private Process start(String url) throws IOException {
    base = null;
    long starting = System.nanoTime();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    // -Datelier.accountCapacity.scan=true (a benchmark's old path) and -Datelier.serve.warmup=off
    // (no first-visit warm-up) reach the node too.
    String scan =
        "-Datelier.accountCapacity.scan=" + Boolean.getBoolean("atelier.accountCapacity.scan");
    String warmup = "-Datelier.serve.warmup=" + System.getProperty("atelier.serve.warmup", "on");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "-Xss8m",
                "-Xmx512m",
                jit(),
                scan,
                warmup,
                "-cp",
                System.getProperty("java.class.path"),
                "dev.atelier.cli.AtelierCommand",
                "serve",
                "--db",
                url,
                "--host",
                "127.0.0.1",
                "--port",
                "0")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith("http://")) {
        base = line.endsWith("/") ? line.substring(0, line.length() - 1) : line;
        startingNanos += System.nanoTime() - starting;
        return p;
      }
    }
    throw new UncheckedIOException(new IOException("the node exited before listening"));
  }

  /** Signs a new customer up and in; the session (in the database) outlives every kill. */
  private void signUpAndSignIn() throws IOException, InterruptedException {
    String credentials =
        "{\"email\":\"sigkill@test\",\"password\":\"a long enough test password\"}";
    HttpResponse<String> up = client.send(json("/api/accounts", credentials).build(), ofString());
    assertThat(up.statusCode()).as(up.body()).isEqualTo(202);
    HttpResponse<String> in = client.send(json("/api/session", credentials).build(), ofString());
    assertThat(in.statusCode()).as(in.body()).isEqualTo(200);
    String setCookie = in.headers().firstValue("Set-Cookie").orElseThrow();
    cookie = setCookie.substring(0, setCookie.indexOf(';'));
    csrf = TestServer.JSON.readTree(in.body()).get("csrfToken").asText();
  }

  private HttpRequest.Builder json(String path, String body) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private static HttpResponse.BodyHandler<String> ofString() {
    return HttpResponse.BodyHandlers.ofString();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
