package dev.atelier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.bench.run.BenchConfig;
import dev.atelier.bench.run.SessionTrace;
import dev.atelier.engine.session.Decision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayTest {

  /**
   * Line 1: an electric car, automatic, no tow bar (-1): three decisions. Line 2: electric with a
   * manual gearbox and a tow bar: both refused. Lines 3 and 4: fine. Line 5: gearbox 5 is unknown.
   */
  private static final String SALES = "engine gearbox tow\n2 1 -1\n2 0 0\n0 0 -1\n\n1 1 0\n1 5 0\n";

  @TempDir Path dir;

  @Test
  void replaysEachLineInAFreshSessionCountingRefusedAndUnknownValues() throws IOException {
    Path sales = Files.writeString(dir.resolve("sales.txt"), SALES);

    BenchReport report = measure(sales, true);

    List<SessionTrace> traces = report.ours().traces();
    assertThat(traces).hasSize(5);
    assertThat(traces.get(0).decisions())
        .containsExactly(
            new Decision("engine", "2"),
            new Decision("gearbox", "1"),
            new Decision("tow", Decision.UNSET));
    assertThat(traces.get(1).decisions()).containsExactly(new Decision("engine", "2"));
    assertThat(traces.get(2).decisions()).hasSize(3);
    assertThat(traces.get(3).decisions()).hasSize(3);
    assertThat(traces.get(4).decisions())
        .containsExactly(new Decision("engine", "1"), new Decision("tow", "0"));
    assertThat(report.ours().refusedReplays()).isEqualTo(2);
    assertThat(report.ours().unknownReplays()).isEqualTo(1);
    assertThat(report.ours().decisions()).isEqualTo(12);
    assertThat(report.baseline().orElseThrow().mismatches()).isZero();
    assertThat(report.baseline().orElseThrow().compared()).isEqualTo(12);
    assertThat(report.toJson()).contains("\"refused_replays\": 2").contains("\"mode\": \"replay\"");
  }

  @Test
  void sessionsLimitTheReplayedLines() throws IOException {
    Path sales = Files.writeString(dir.resolve("sales.txt"), SALES);
    BenchReport report =
        completed(BenchRunner.measure(TinyModels.car(), replay(sales, 2, Integer.MAX_VALUE, 0)));

    assertThat(report.ours().traces()).hasSize(2);
    assertThat(report.ours().refusedReplays()).isEqualTo(2);
    assertThat(report.baseline()).isEmpty();
  }

  @Test
  void aColumnThatIsNoAttributeIsBadInput() throws IOException {
    assertThat(firstProblem("engine colour\n0 1\n")).contains("'colour'");
  }

  @Test
  void aRaggedLineIsBadInputWithItsLineNumber() throws IOException {
    assertThat(firstProblem("engine gearbox\n0 1\n1\n")).contains("sales.txt:3:");
  }

  /** The first problem reported for a replay of {@code salesText}, which must be bad input. */
  private String firstProblem(String salesText) throws IOException {
    Path sales = Files.writeString(dir.resolve("sales.txt"), salesText);
    BenchOutcome outcome = BenchRunner.measure(TinyModels.car(), replay(sales, 1, 5, 0));
    assertThat(outcome).isInstanceOf(BenchOutcome.BadInput.class);
    return ((BenchOutcome.BadInput) outcome).problems().get(0);
  }

  /** A replay of {@code sales} without the baseline, counting and explaining. */
  private static BenchConfig replay(Path sales, int sessions, int decisions, int warmup) {
    return new BenchConfig(
        sessions,
        decisions,
        1,
        Optional.of(sales),
        warmup,
        false,
        10_000,
        Optional.empty(),
        false,
        false);
  }

  private static BenchReport measure(Path sales, boolean baseline) {
    BenchConfig config =
        new BenchConfig(
            Integer.MAX_VALUE,
            Integer.MAX_VALUE,
            1,
            Optional.of(sales),
            1,
            baseline,
            10_000,
            Optional.empty(),
            false,
            false);
    return completed(BenchRunner.measure(TinyModels.car(), config));
  }

  private static BenchReport completed(BenchOutcome outcome) {
    assertThat(outcome).isInstanceOf(BenchOutcome.Completed.class);
    return ((BenchOutcome.Completed) outcome).report();
  }
}
