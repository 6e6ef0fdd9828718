package dev.atelier.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.cnf.Cnf;
import dev.atelier.engine.result.Deadline;
import java.math.BigInteger;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The count race with the model's background decision-DNNF as a third contestant. */
class ModelCountingRaceTest {

  @Test
  void doesNotWaitForABackgroundCompilationThatHasNotFinished() {
    int n = 1_000;
    int[] clause = new int[n];
    for (int v = 1; v <= n; v++) {
      clause[v - 1] = v % 3 == 0 ? -v : v;
    }
    Cnf cnf = new Cnf(n, 0, new int[][] {clause}, new int[0], 0);
    Fake stuck = new Fake(false);

    BigInteger count =
        ModelCounting.count(cnf, new int[0], Deadline.inMillis(600_000), Optional.of(stuck))
            .orThrow();

    assertThat(count).isEqualTo(BigInteger.TWO.pow(n).subtract(BigInteger.ONE));
    // The race polls the background, never blocks on it for longer, and leaves stopping it to
    // its owner (sessions keep using it).
    // (0 when the counters answered before the first poll; the old race waited up to 6 s.)
    assertThat(stuck.longestWaitMillis.get()).isLessThanOrEqualTo(1_000L);
    assertThat(stuck.cancelled.get()).isFalse();
  }

  @Test
  void aFinishedBackgroundCompilationCountsUnderUnits() {
    Random random = new Random(17);
    for (int round = 0; round < 20; round++) {
      int vars = 4 + random.nextInt(8);
      int[][] clauses = new int[1 + random.nextInt(12)][];
      for (int c = 0; c < clauses.length; c++) {
        clauses[c] = new int[1 + random.nextInt(3)];
        for (int i = 0; i < clauses[c].length; i++) {
          int v = 1 + random.nextInt(vars);
          clauses[c][i] = random.nextBoolean() ? v : -v;
        }
      }
      int unit = (1 + random.nextInt(vars)) * (random.nextBoolean() ? 1 : -1);
      Cnf cnf = new Cnf(vars, 0, clauses, new int[0], 0);
      KnowledgeCompilation dnnf = new KnowledgeCompilation(cnf);
      dnnf.await(Deadline.inMillis(60_000));
      BigInteger expected = ModelCounting.countWithLogicNg(cnf, new int[] {unit}, () -> false);

      assertThat(
              ModelCounting.count(
                      cnf, new int[] {unit}, Deadline.inMillis(60_000), Optional.of(dnnf))
                  .orThrow())
          .as("round " + round)
          .isEqualTo(expected);
      assertThat(
              ModelCounting.count(
                      cnf, new int[] {unit}, Deadline.inMillis(60_000), Optional.of(new Fake(true)))
                  .orThrow())
          .as("round " + round + ", background gave up")
          .isEqualTo(expected);
    }
  }

  /**
   * A compilation without a result: still running (every wait lasts until the deadline it is given)
   * or finished empty (over its budget).
   */
  private static final class Fake implements Compilation<DecisionDnnf> {
    final boolean finished;
    final AtomicLong longestWaitMillis = new AtomicLong();
    final AtomicBoolean cancelled = new AtomicBoolean();

    Fake(boolean finished) {
      this.finished = finished;
    }

    @Override
    public Optional<DecisionDnnf> now() {
      return Optional.empty();
    }

    @Override
    public Optional<DecisionDnnf> ready() {
      return Optional.empty();
    }

    @Override
    public Optional<DecisionDnnf> await(Deadline deadline) {
      long millis = deadline.remainingMillis();
      longestWaitMillis.accumulateAndGet(millis, Math::max);
      if (!finished) {
        try {
          Thread.sleep(Math.max(0, millis));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return Optional.empty();
    }

    @Override
    public boolean decline() {
      return false;
    }

    @Override
    public void cancel() {
      cancelled.set(true);
    }

    @Override
    public boolean supply(DecisionDnnf compiled) {
      return false;
    }

    @Override
    public long compileNanos() {
      return finished ? 1 : -1;
    }
  }
}
