package dev.atelier.server.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestServer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 64 threads post one order with one idempotency key at the same moment, round after round (a fresh
 * key per round): each round places exactly one order, and every answer is 201 with the very same
 * body or 409 (in progress). The default suite runs 10 rounds on H2 and PostgreSQL; the slow suite
 * 200.
 */
class IdempotencyRaceTest {

  private static final int THREADS = 64;

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void sixtyFourThreadsOneKeyTenRounds(TestDatabases.Kind kind)
      throws InterruptedException, ExecutionException, IOException {
    race(kind, 10);
  }

  @Tag("slow")
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void sixtyFourThreadsOneKeyTwoHundredRounds(TestDatabases.Kind kind)
      throws InterruptedException, ExecutionException, IOException {
    race(kind, 200);
  }

  private static void race(TestDatabases.Kind kind, int rounds)
      throws InterruptedException, ExecutionException, IOException {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try (OrderServer server = OrderServer.fresh(kind)) {
      String body = OrderServer.orderBody(server.completeDesign("sneakers"), 2);
      long account = 7;
      Set<Long> orderIds = new HashSet<>();
      int conflicts = 0;
      for (int round = 0; round < rounds; round++) {
        String key = "race-" + round;
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<OrderServer.Answer>> answers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          answers.add(
              pool.submit(
                  () -> {
                    await(start);
                    return server.post("/api/orders", account, key, body);
                  }));
        }
        Set<String> created = new HashSet<>();
        for (Future<OrderServer.Answer> f : answers) {
          OrderServer.Answer a = get(f);
          assertThat(a.status()).as(a.text()).isIn(201, 409);
          if (a.status() == 201) {
            created.add(a.text());
          } else {
            conflicts++;
            assertThat(a.body().get("type").asText()).isEqualTo("/problems/request-in-progress");
          }
        }
        assertThat(created).as("round %d: one 201 body", round).hasSize(1);
        orderIds.add(TestServer.JSON.readTree(created.iterator().next()).get("id").asLong());
      }
      assertThat(orderIds).hasSize(rounds);
      assertThat(OrderFlowTest.orders(server.database())).isEqualTo(rounds);
      OrderFlowTest.eachOrderWentToProductionOnce(server.database());
      System.out.printf(
          "idempotency race on %s: %d rounds x %d threads, %d answered 409%n",
          kind, rounds, THREADS, conflicts);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (BrokenBarrierException e) {
      throw new IllegalStateException(e);
    }
  }

  private static OrderServer.Answer get(Future<OrderServer.Answer> f)
      throws InterruptedException, ExecutionException {
    return f.get();
  }
}
