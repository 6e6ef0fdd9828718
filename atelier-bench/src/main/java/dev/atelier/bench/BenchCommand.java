package dev.atelier.bench;

import dev.atelier.bench.run.BenchClock;
import dev.atelier.bench.run.BenchConfig;
import dev.atelier.engine.result.Failure;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code atelier bench MODEL}: times configuration sessions on a model (seeded random sessions, or
 * real ones replayed from a sales file), optionally against a stock LogicNG backbone baseline, and
 * prints a summary (and JSON with {@code --json}). One instance per run; not thread-safe.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Times the valid-domain computation after each decision of configuration sessions on MODEL.",
      "Random sessions pick a random free attribute and one of its offered values until nothing is"
          + " free; --replay decides the values of each line of a sales file instead.",
      "The first --warmup session(s) are run untimed first."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:measured (and no mismatch with the baseline)",
      "2:bad arguments, or MODEL or the sales file has problems",
      "3:the engine gave no answer (reason on standard error)",
      "5:the baseline disagreed with the engine on some decision"
    })
public final class BenchCommand implements Callable<Integer> {

  /** Exit code of a successful run. */
  public static final int EXIT_OK = 0;

  /** Exit code for bad arguments or input files. */
  public static final int EXIT_BAD_INPUT = 2;

  /** Exit code when the engine gives no answer. */
  public static final int EXIT_ENGINE_FAILURE = 3;

  /** Exit code when the baseline and the engine disagree. */
  public static final int EXIT_MISMATCH = 5;

  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "MODEL",
      description =
          "A model file (DIMACS, XCSP 2.1, UVL, FeatureIDE, SXFM, native; optionally .gz)"
              + " or bundled:busybox, or a generated model:"
              + " gen:tables|kconfig|automotive|modular[:key=value,...]"
              + " (e.g. gen:tables:vars=200,width=12,seed=1; parameters in dev.atelier.bench.gen).")
  private String model;

  @Option(
      names = "--sessions",
      paramLabel = "N",
      description = "Timed sessions (default: 10 random sessions, or every line of --replay).")
  private Integer sessions;

  @Option(
      names = "--decisions",
      paramLabel = "K",
      description = "At most K decisions per session (default: 100 random, all columns replayed).")
  private Integer decisions;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed.")
  private long seed;

  @Option(names = "--replay", paramLabel = "FILE", description = "Replay a sales file.")
  private Path replay;

  @Option(
      names = "--warmup",
      paramLabel = "W",
      defaultValue = "1",
      description = "Untimed warm-up sessions run first (default: ${DEFAULT-VALUE}).")
  private int warmup;

  @Mixin private FormatOption format;

  @Option(names = "--baseline", description = "Also answer every decision with stock LogicNG.")
  private boolean baseline;

  @Option(
      names = "--cpu-time",
      description = "Time latencies in CPU time of the benchmark thread (for a loaded machine).")
  private boolean cpuTime;

  @Option(names = "--count", description = "Also time an exact count of the model (first).")
  private boolean count;

  @Option(
      names = "--explain-complete",
      description =
          "Also time explain (of a refused value) and complete(cheapest) after each decision.")
  private boolean explainComplete;

  @Option(names = "--json", paramLabel = "OUT", description = "Write the results as JSON to OUT.")
  private Path json;

  @Option(
      names = "--timeout-ms",
      paramLabel = "T",
      defaultValue = "60000",
      description = "Deadline of each engine call in ms (default: ${DEFAULT-VALUE}).")
  private long timeoutMillis;

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchCommand()).execute(args));
  }

  @Override
  public Integer call() {
    BenchConfig config = config();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    BenchOutcome outcome =
        BenchRunner.run(
            model,
            config,
            line -> {
              err.println("atelier bench: " + line);
              err.flush();
            });
    if (outcome instanceof BenchOutcome.BadInput bad) {
      bad.problems().forEach(err::println);
      err.flush();
      return EXIT_BAD_INPUT;
    }
    if (outcome instanceof BenchOutcome.EngineFailed failed) {
      Failure f = failed.failure();
      err.println("atelier bench: cannot " + failed.step() + ": " + f.kind() + ": " + f.message());
      f.details().forEach(d -> err.println("  " + d));
      err.flush();
      return EXIT_ENGINE_FAILURE;
    }
    BenchReport report = ((BenchOutcome.Completed) outcome).report();
    out.print(BenchSummary.of(report));
    out.flush();
    if (json != null) {
      try {
        Files.writeString(json, report.toJson());
      } catch (IOException e) {
        err.println("atelier bench: cannot write " + json + ": " + e.getMessage());
        err.flush();
        return EXIT_BAD_INPUT;
      }
    }
    boolean mismatch = report.baseline().map(b -> b.mismatches() > 0).orElse(false);
    return mismatch ? EXIT_MISMATCH : EXIT_OK;
  }

  private BenchConfig config() {
    BenchClock.useCpuTime(cpuTime);
    boolean isReplay = replay != null;
    int n =
        sessions != null
            ? sessions
            : isReplay ? Integer.MAX_VALUE : BenchConfig.DEFAULT_RANDOM_SESSIONS;
    int k =
        decisions != null
            ? decisions
            : isReplay ? Integer.MAX_VALUE : BenchConfig.DEFAULT_RANDOM_DECISIONS;
    if (n < 1 || k < 1 || warmup < 0 || timeoutMillis < 1) {
      throw new ParameterException(
          spec.commandLine(),
          "--sessions, --decisions and --timeout-ms must be positive, --warmup not negative");
    }
    return new BenchConfig(
        n,
        k,
        seed,
        Optional.ofNullable(replay),
        warmup,
        baseline,
        timeoutMillis,
        format.format(),
        count,
        explainComplete);
  }
}
