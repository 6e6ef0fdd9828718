package dev.atelier.server.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.ServerOptions;
import dev.atelier.server.http.AtelierServer;
import dev.atelier.server.testing.TestServer;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 300 configurator clients at once on the design routes of a server with a small warm session pool:
 * the pool never holds more idle sessions or estimated bytes than its bounds, every client gets all
 * its answers (the pool never makes a request wait: with no idle session it resumes a new one), and
 * every answer is the one a server without a pool gives to the same request.
 */
@Tag("slow")
class SessionPoolConcurrencyTest {

  private static final int CLIENTS = 300;
  private static final int STEPS = 6;

  @Test
  void threeHundredClientsStayWithinTheBoundsAndGetThePoolOffAnswers()
      throws InterruptedException, ExecutionException, TimeoutException {
    long largest = 0;
    for (String product : TestServer.CATALOGUE.productIds()) {
      largest =
          Math.max(
              largest,
              SessionPool.estimatedBytes(
                  TestServer.CATALOGUE.current(product).orElseThrow().compiled().cnf()));
    }
    // Room for 12 sessions by count, for fewer by bytes when the larger demos are idle.
    PoolSettings bounds = new PoolSettings(12, 6 * largest);
    DesignService pooled = service(bounds);
    DesignService plain = service(PoolSettings.OFF);
    List<ConfiguratorWalk> walks = new ArrayList<>();
    try (AtelierServer on = start(pooled);
        AtelierServer off = start(plain)) {
      List<String> products = TestServer.CATALOGUE.productIds();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      CountDownLatch go = new CountDownLatch(1);
      AtomicInteger busy = new AtomicInteger();
      List<Future<ConfiguratorWalk>> done = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        String product = products.get(c % products.size());
        long seed = 1_000 + c;
        done.add(
            clients.submit(
                () -> {
                  go.await();
                  ConfiguratorWalk walk = new ConfiguratorWalk(product, seed, retrying(on, busy));
                  for (int s = 0; s < STEPS; s++) {
                    walk.step();
                  }
                  return walk;
                }));
      }
      go.countDown();
      for (Future<ConfiguratorWalk> f : done) {
        // Generous: a request waiting on the pool would never come back at all.
        walks.add(f.get(20, TimeUnit.MINUTES));
      }
      clients.shutdown();
      System.out.println(
          "session pool, 300 clients: " + pooled.poolFigures() + ", retried " + busy);

      SessionPool.Figures figures = pooled.poolFigures();
      assertThat(figures.mostIdle()).isPositive().isLessThanOrEqualTo(bounds.maxSessions());
      assertThat(figures.mostBytes()).isPositive().isLessThanOrEqualTo(bounds.maxBytes());
      assertThat(figures.warm()).isPositive();
      assertThat(figures.evicted()).isPositive();

      // The same requests, one at a time, on the server without a pool.
      for (ConfiguratorWalk walk : walks) {
        for (ConfiguratorWalk.Exchange e : walk.exchanges()) {
          TestServer.Answer expected = poster(off).apply(e.path(), e.body());
          assertThat(e.status()).as(e.path() + " " + e.body()).isEqualTo(expected.status());
          assertThat(e.text()).as(e.path() + " " + e.body()).isEqualTo(expected.text());
        }
      }
    }
    assertThat(walks).hasSize(CLIENTS);
  }

  private static DesignService service(PoolSettings pool) {
    return new DesignService(
        Duration.ofSeconds(120), Duration.ofSeconds(120), 0, DesignListener.NONE, pool);
  }

  private static AtelierServer start(DesignService service) {
    ServerOptions options = ConfiguratorWalk.options(PoolSettings.OFF);
    return AtelierServer.start(
        "127.0.0.1",
        0,
        new DesignRoutes(TestServer.CATALOGUE, service, ArtworkFacts.NONE).routes(),
        options.bodyLimit(),
        options.limits(),
        TestServer.HEADER_AUTH);
  }

  /**
   * Posts as a client that retries: a 503 (the server sheds requests that wait too long for a turn,
   * docs/limits.md) or a kept-alive connection the server closed before answering is asked again
   * after a pause, and counted.
   */
  private static BiFunction<String, String, TestServer.Answer> retrying(
      AtelierServer server, AtomicInteger busy) {
    BiFunction<String, String, TestServer.Answer> post = poster(server);
    return (path, body) -> {
      while (true) {
        try {
          TestServer.Answer answer = post.apply(path, body);
          if (answer.status() != 503) {
            return answer;
          }
        } catch (UncheckedIOException e) {
          if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) {
            throw e;
          }
        }
        busy.incrementAndGet();
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    };
  }

  private static BiFunction<String, String, TestServer.Answer> poster(AtelierServer server) {
    return (path, body) ->
        TestServer.answer(
            TestServer.exchange(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                    .timeout(Duration.ofMinutes(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build()));
  }
}
