package dev.atelier.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.result.Deadline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CompiledModelsTest {

  private static final ProductVersion PIZZA =
      FixedCatalogue.demos(Deadline.inMillis(60_000)).current("pizza").orElseThrow();

  @Test
  void compilesOnceForManyThreadsAndSharesTheResult()
      throws InterruptedException, ExecutionException, TimeoutException {
    CompiledModels cache = new CompiledModels(4);
    AtomicInteger compilations = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Optional<ProductVersion>>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(
            pool.submit(
                () -> {
                  go.await();
                  return cache.get(
                      "pizza",
                      () -> {
                        compilations.incrementAndGet();
                        return Optional.of(PIZZA);
                      });
                }));
      }
      go.countDown();
      for (Future<Optional<ProductVersion>> a : answers) {
        assertThat(a.get(60, TimeUnit.SECONDS)).containsSame(PIZZA);
      }
      assertThat(compilations).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void keepsAtMostItsCapacityAndRetriesFailuresAfterAMinute() {
    AtomicLong now = new AtomicLong();
    CompiledModels cache = new CompiledModels(2, now::get);
    for (String digest : List.of("a", "b", "c")) {
      cache.get(digest, () -> Optional.of(PIZZA));
    }
    assertThat(cache.size()).isEqualTo(2);
    AtomicInteger tries = new AtomicInteger();
    for (int i = 0; i < 2; i++) {
      assertThat(
              cache.get(
                  "broken",
                  () -> {
                    tries.incrementAndGet();
                    return Optional.empty();
                  }))
          .isEmpty();
    }
    assertThat(tries).as("the second call within the minute does not compile").hasValue(1);
    now.addAndGet(TimeUnit.SECONDS.toNanos(61));
    assertThat(cache.get("broken", () -> Optional.of(PIZZA))).containsSame(PIZZA);
    assertThat(cache.get("broken", () -> Optional.empty())).containsSame(PIZZA);
  }

  @Test
  void aVersionStillCompilingAnswersCompilingWhileCompiledOnesAnswerAtOnce()
      throws InterruptedException {
    CompiledModels cache = new CompiledModels(4);
    // One compiler thread and one place in its queue: a slow model's compile takes the thread.
    ThreadPoolExecutor compiler =
        new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1));
    CountDownLatch slow = new CountDownLatch(1);
    try {
      assertThat(cache.within("pizza", () -> Optional.of(PIZZA), compiler, Duration.ofMinutes(1)))
          .isEqualTo(new CompiledModels.Lookup.Ready(Optional.of(PIZZA)));
      Supplier<Optional<ProductVersion>> bad =
          () -> {
            try {
              slow.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return Optional.of(PIZZA);
          };
      // Before session 17 a request compiled on its own thread, and every other request for the
      // version waited until the compile ended (up to a minute), holding its thread.
      assertThat(cache.within("bad", bad, compiler, Duration.ofMillis(20)))
          .isInstanceOf(CompiledModels.Lookup.Compiling.class);
      assertThat(cache.within("bad", bad, compiler, Duration.ZERO))
          .isInstanceOf(CompiledModels.Lookup.Compiling.class);
      // The compiled version answers at once; a new one waits its time in the queue and is told so.
      assertThat(cache.within("pizza", () -> Optional.empty(), compiler, Duration.ZERO))
          .isEqualTo(new CompiledModels.Lookup.Ready(Optional.of(PIZZA)));
      assertThat(cache.within("other", () -> Optional.of(PIZZA), compiler, Duration.ofMillis(20)))
          .isInstanceOf(CompiledModels.Lookup.Compiling.class);
      slow.countDown();
      assertThat(cache.within("bad", bad, compiler, Duration.ofMinutes(1)))
          .isEqualTo(new CompiledModels.Lookup.Ready(Optional.of(PIZZA)));
    } finally {
      slow.countDown();
      compiler.shutdownNow();
      compiler.awaitTermination(1, TimeUnit.MINUTES);
    }
  }
}
