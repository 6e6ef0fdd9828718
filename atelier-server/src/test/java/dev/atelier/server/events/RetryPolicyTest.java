package dev.atelier.server.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void delaysDoubleWithinJitterBoundsUpToTheCap() {
    RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(60));
    Random random = new Random(7);
    for (int failures = 1; failures <= 40; failures++) {
      long nominal = Math.min(60_000L, 1_000L << Math.min(failures - 1, 20));
      for (int i = 0; i < 200; i++) {
        long d = policy.delay(failures, random).toMillis();
        assertThat(d).isBetween(nominal / 2, nominal);
      }
    }
  }

  @Test
  void jitterSpreadsTheDelays() {
    RetryPolicy policy = RetryPolicy.DEFAULT;
    Random random = new Random(11);
    long distinct =
        random.ints(100, 0, 1).mapToObj(i -> policy.delay(5, random)).distinct().count();
    assertThat(distinct).isGreaterThan(50);
  }
}
