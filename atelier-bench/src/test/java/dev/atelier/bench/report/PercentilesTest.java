package dev.atelier.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void nearestRankOnOneToHundred() {
    long[] samples = LongStream.rangeClosed(1, 100).toArray();

    assertThat(Percentiles.of(samples, 50)).isEqualTo(50);
    assertThat(Percentiles.of(samples, 90)).isEqualTo(90);
    assertThat(Percentiles.of(samples, 99)).isEqualTo(99);
    assertThat(Percentiles.of(samples, 100)).isEqualTo(100);
    assertThat(Percentiles.of(samples, 0.5)).isEqualTo(1);
  }

  @Test
  void unsortedInputAndSmallCounts() {
    long[] samples = {40, 10, 30, 20};

    assertThat(Percentiles.of(samples, 50)).as("lower middle of an even count").isEqualTo(20);
    assertThat(Percentiles.of(samples, 90)).as("rank ceil(3.6) = 4").isEqualTo(40);
    assertThat(Percentiles.of(samples, 75)).as("rank 3").isEqualTo(30);
    assertThat(Percentiles.of(new long[] {7}, 99)).isEqualTo(7);
    assertThat(Percentiles.of(new long[0], 50)).isZero();
    assertThat(samples).as("input untouched").containsExactly(40, 10, 30, 20);
  }

  @Test
  void p99OfAThousandIgnoresOnlyTheTopTen() {
    long[] samples = LongStream.rangeClosed(1, 1000).map(n -> 1001 - n).toArray();

    assertThat(Percentiles.of(samples, 99)).isEqualTo(990);
  }

  @Test
  void rejectsPercentilesOutsideTheRange() {
    assertThatThrownBy(() -> Percentiles.of(new long[] {1}, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Percentiles.of(new long[] {1}, 101))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void latencyStatsInMilliseconds() {
    long[] nanos = {3_000_000, 1_000_000, 2_000_000, 10_000_000};

    LatencyStats stats = LatencyStats.ofNanos(nanos);

    assertThat(stats.count()).isEqualTo(4);
    assertThat(stats.p50Ms()).isEqualTo(2.0);
    assertThat(stats.p90Ms()).isEqualTo(10.0);
    assertThat(stats.p99Ms()).isEqualTo(10.0);
    assertThat(stats.maxMs()).isEqualTo(10.0);
    assertThat(stats.meanMs()).isEqualTo(4.0);
    assertThat(LatencyStats.ofNanos(new long[0]).count()).isZero();
  }
}
