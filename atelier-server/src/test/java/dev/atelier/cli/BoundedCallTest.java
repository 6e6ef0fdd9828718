package dev.atelier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.engine.result.Deadline;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BoundedCallTest {

  @Test
  void returnsTheValue() {
    assertThat(BoundedCall.call("t", () -> "done", Deadline.inMillis(5_000))).contains("done");
  }

  @Test
  void runsOnADeepStack() {
    assertThat(BoundedCall.call("t", () -> depth(200_000), Deadline.inMillis(30_000)))
        .contains(200_000);
  }

  @Test
  void stopsWaitingShortlyAfterTheDeadline() {
    CountDownLatch never = new CountDownLatch(1);
    long start = System.nanoTime();

    Optional<Boolean> result =
        BoundedCall.call("t", () -> await(never), Deadline.in(Duration.ofMillis(200)));

    long waitedMillis = (System.nanoTime() - start) / 1_000_000;
    assertThat(result).isEmpty();
    assertThat(waitedMillis).isBetween(200L, 200L + BoundedCall.GRACE_MILLIS + 2_000);
  }

  @Test
  void rethrowsRuntimeExceptions() {
    assertThatThrownBy(
            () ->
                BoundedCall.call(
                    "t",
                    () -> {
                      throw new UnsupportedOperationException("boom");
                    },
                    Deadline.inMillis(5_000)))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("boom");
  }

  private static int depth(int n) {
    return n == 0 ? 0 : 1 + depth(n - 1);
  }

  private static boolean await(CountDownLatch latch) {
    try {
      return latch.await(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
