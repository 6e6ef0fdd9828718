package dev.atelier.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shared witness pool answers only models that agree with the decisions and keeps the newest.
 */
class WitnessPoolTest {

  @Test
  void answersOnlyAgreeingModelsAndForgetsTheOldest() {
    WitnessPool pool = new WitnessPool();
    for (int k = 0; k < WitnessPool.CAPACITY + 10; k++) {
      // Variable 1 alternates; variable 2 is true only for k < 10 (those get replaced).
      pool.offer(new boolean[] {false, k % 2 == 0, k < 10, true});
    }
    List<boolean[]> even = pool.agreeingWith(new int[] {1, 3}, 1000);
    assertThat(even).hasSize(WitnessPool.CAPACITY / 2);
    assertThat(even).allMatch(m -> m[1] && m[3]);
    assertThat(pool.agreeingWith(new int[] {2}, 1000)).isEmpty();
    assertThat(pool.agreeingWith(new int[] {-1}, 3)).hasSize(3);
  }
}
