package dev.atelier.server.order;

import dev.atelier.server.db.Database;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One phase of {@link OrderBenchmark}: client threads placing orders, each retried with its key,
 * and the exactly-once check of what they were told against what the database holds.
 */
final class OrderBenchRun {

  private OrderBenchRun() {}

  /**
   * What the clients saw.
   *
   * @param orders first posts answered 201
   * @param acknowledged idempotency key to the order id of its 201
   */
  record Result(
      long orders,
      double seconds,
      long replays,
      long mismatches,
      double p50,
      double p99,
      long clientCpuNanos,
      Map<String, Long> acknowledged) {}

  /** The exactly-once check: a verdict and what it found. */
  record Check(boolean exactlyOnce, String text) {}

  private record ThreadResult(
      long replays, long mismatches, long cpu, long[] latencies, Map<String, Long> acknowledged) {}

  static Result run(
      OrderBenchClient client,
      List<OrderBenchClient.Session> sessions,
      List<String> bodies,
      int threads,
      int seconds,
      String phase)
      throws InterruptedException, ExecutionException {
    AtomicInteger names = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "bench-" + phase + "-" + names.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long start = System.nanoTime();
    List<Future<ThreadResult>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      results.add(
          pool.submit(
              () -> {
                long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                OrderBenchClient.Session s = sessions.get(thread % sessions.size());
                List<Long> latencies = new ArrayList<>();
                Map<String, Long> acknowledged = new HashMap<>();
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
                    acknowledged.put(key, orderId(first.body()));
                    BenchHttp.Response retry = client.order(http, s, key, body);
                    if (retry.status() == 201 && retry.body().equals(first.body())) {
                      replays++;
                    } else {
                      mismatches++;
                    }
                  }
                }
                long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0;
                return new ThreadResult(
                    replays,
                    mismatches,
                    cpu,
                    latencies.stream().mapToLong(Long::longValue).toArray(),
                    acknowledged);
              }));
    }
    long replays = 0;
    long mismatches = 0;
    long clientCpu = 0;
    Map<String, Long> acknowledged = new HashMap<>();
    List<long[]> all = new ArrayList<>();
    for (Future<ThreadResult> f : results) {
      ThreadResult r = f.get();
      replays += r.replays();
      mismatches += r.mismatches();
      clientCpu += r.cpu();
      all.add(r.latencies());
      acknowledged.putAll(r.acknowledged());
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    long[] sorted = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(
        acknowledged.size(),
        elapsed,
        replays,
        mismatches,
        sorted.length == 0 ? 0 : sorted[sorted.length / 2] / 1e6,
        sorted.length == 0 ? 0 : sorted[(int) (sorted.length * 0.99)] / 1e6,
        clientCpu,
        acknowledged);
  }

  /** The id of a placed order's answer ({@code {"id":123,...}}). */
  private static long orderId(String body) {
    String prefix = "{\"id\":";
    if (!body.startsWith(prefix)) {
      throw new IllegalStateException("an order answer without its id first: " + body);
    }
    int end = prefix.length();
    while (end < body.length() && Character.isDigit(body.charAt(end))) {
      end++;
    }
    return Long.parseLong(body.substring(prefix.length(), end));
  }

  /** The highest order id so far (0 when none). */
  static long lastOrderId(Database db) {
    return db.jdbi()
        .withHandle(
            h -> h.createQuery("SELECT COALESCE(MAX(id), 0) FROM orders").mapTo(Long.class).one());
  }

  /**
   * Exactly once: the orders inserted after order id {@code before} are exactly the acknowledged
   * ones (none missing, none extra), and each acknowledged key's row names its order.
   */
  static Check verify(Database db, Result r, long before) {
    Set<Long> stored =
        new HashSet<>(
            db.jdbi()
                .withHandle(
                    h ->
                        h.createQuery("SELECT id FROM orders WHERE id > :b")
                            .bind("b", before)
                            .mapTo(Long.class)
                            .list()));
    Map<String, Long> keys = new HashMap<>();
    db.jdbi()
        .useHandle(
            h ->
                h.createQuery(
                        "SELECT idempotency_key, order_id FROM order_idempotency_keys"
                            + " WHERE idempotency_key LIKE 'measured-%'")
                    .map((rs, ctx) -> keys.put(rs.getString(1), rs.getLong(2)))
                    .list());
    Set<Long> acked = new HashSet<>(r.acknowledged().values());
    long missing = acked.stream().filter(id -> !stored.contains(id)).count();
    long extra = stored.stream().filter(id -> !acked.contains(id)).count();
    long wrongKeys =
        r.acknowledged().entrySet().stream()
            .filter(e -> !e.getValue().equals(keys.get(e.getKey())))
            .count();
    boolean once =
        acked.size() == r.acknowledged().size() && missing == 0 && extra == 0 && wrongKeys == 0;
    return new Check(
        once,
        String.format(
            "stored %d new orders for %d acknowledged (%d missing, %d extra, %d keys not naming"
                + " their order)",
            stored.size(), r.acknowledged().size(), missing, extra, wrongKeys));
  }
}
