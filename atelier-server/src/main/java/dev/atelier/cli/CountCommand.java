package dev.atelier.cli;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.count.TableCounter;
import dev.atelier.engine.count.TableCsp;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code atelier count MODEL}: prints the exact number of complete valid configurations of a model
 * as the last line of standard output; everything else goes to standard error. One instance per
 * run; not thread-safe.
 */
@Command(
    name = "count",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the exact number of complete valid configurations of MODEL.",
      "The number is the last line of standard output; progress and problems go to standard error."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:counted",
      "2:bad arguments, or MODEL has problems (file:line:col: message)",
      "3:the engine could not count (reason on standard error)",
      "4:the timeout passed"
    })
public final class CountCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "MODEL", description = ModelArgument.HELP)
  private String model;

  @Mixin private FormatOption format;

  @Mixin private TimeoutOption timeout = new TimeoutOption(600);

  @Option(
      names = "--per-value",
      description =
          "Also print, before the total, one line per attribute value: ATTRIBUTE<TAB>VALUE<TAB>"
              + "COUNT (configurations with that value; ~ for unset), from the compiled form.")
  private boolean perValue;

  @Override
  public Integer call() {
    if (timeout.seconds() <= 0) {
      throw format.badArgument(
          "--timeout must be a positive number of seconds: " + timeout.seconds());
    }
    InterruptNotice notice = InterruptNotice.start(format.err(), "count of " + model);
    try {
      return count();
    } finally {
      notice.close();
    }
  }

  private Integer count() {
    Deadline deadline = timeout.deadline();
    PrintWriter out = format.out();
    PrintWriter err = format.err();
    Optional<ProductModel> read;
    Heartbeat readBeat = Heartbeat.start(err, "reading the model");
    try {
      read = format.load(model);
    } finally {
      readBeat.close();
    }
    if (read.isEmpty()) {
      return AtelierCommand.EXIT_BAD_INPUT;
    }
    ProductModel loaded = read.get();
    err.printf(
        "model: %s (%d attributes, %d rules)%n",
        loaded.id(), loaded.attributes().size(), loaded.constraints().size());
    long start = System.nanoTime();
    Optional<TableCsp> tables = TableCsp.of(loaded);
    if (perValue) {
      Optional<Result<BigInteger>> counted;
      Heartbeat perValueBeat = Heartbeat.start(err, "counting per value (from the compiled form)");
      try {
        counted =
            BoundedCall.call("count", () -> PerValueCounts.print(loaded, deadline, out), deadline);
      } finally {
        perValueBeat.close();
      }
      if (counted.isEmpty()) {
        return fail(err, "count", Failure.timedOut("counting"));
      }
      if (counted.get() instanceof Result.Failed<BigInteger> failed) {
        return fail(err, "count", failed.failure());
      }
      return printCount(out, err, counted.get().orThrow(), start);
    }
    if (tables.isPresent()) {
      // A table model counts over its tables (variable elimination), without clauses; only when
      // that does not fit is the model compiled and counted as a CNF.
      Optional<Result<BigInteger>> counted =
          BoundedCall.call("count", () -> countTables(tables.get(), deadline, err), deadline);
      if (counted.isPresent() && counted.get().isOk()) {
        return printCount(out, err, counted.get().orThrow(), start);
      }
      if (counted.isEmpty() || counted.get().failureOrNull().kind() == Failure.Kind.TIMED_OUT) {
        return fail(err, "count", Failure.timedOut("counting"));
      }
      err.printf("tables: %s; counting the CNF%n", counted.get().failureOrNull().message());
    }
    Optional<Result<CompiledModel>> compiled;
    Heartbeat perValueBeat = Heartbeat.start(err, "compiling to CNF");
    try {
      compiled =
          BoundedCall.call("compile", () -> CompiledModel.compile(loaded, deadline), deadline);
    } finally {
      perValueBeat.close();
    }
    if (compiled.isEmpty()) {
      return fail(err, "compile", Failure.timedOut("compiling"));
    }
    if (compiled.get() instanceof Result.Failed<CompiledModel> failed) {
      return fail(err, "compile", failed.failure());
    }
    err.printf("compiled in %d ms%n", millisSince(start));
    err.flush();
    start = System.nanoTime();
    CompiledModel compiledModel = compiled.get().orThrow();
    Optional<Result<BigInteger>> count;
    Heartbeat compileBeat = Heartbeat.start(err, "counting the CNF");
    try {
      count = BoundedCall.call("count", () -> compiledModel.count(deadline), deadline);
    } finally {
      compileBeat.close();
      // Only the number is wanted here: the background DNNF, one of the racers, stops now.
      compiledModel.knowledge().cancel();
    }
    if (count.isEmpty()) {
      return fail(err, "count", Failure.timedOut("counting"));
    }
    if (count.get() instanceof Result.Failed<BigInteger> failed) {
      return fail(err, "count", failed.failure());
    }
    return printCount(out, err, count.get().orThrow(), start);
  }

  private static int printCount(PrintWriter out, PrintWriter err, BigInteger count, long start) {
    err.printf("counted in %d ms%n", millisSince(start));
    err.flush();
    out.println(count);
    out.flush();
    return AtelierCommand.EXIT_OK;
  }

  /** Counts over the tables, printing progress at most once a second after the first second. */
  private static Result<BigInteger> countTables(TableCsp csp, Deadline deadline, PrintWriter err) {
    long start = System.nanoTime();
    long[] lastPrint = {start};
    return TableCounter.count(
        csp,
        new int[0],
        deadline,
        TableCounter.MAX_ROWS,
        () -> false,
        (done, total, rows) -> {
          long now = System.nanoTime();
          if (now - lastPrint[0] >= 1_000_000_000L) {
            lastPrint[0] = now;
            err.printf(
                "counting: %d%% (%d of %d variables eliminated, largest table %,d rows) after %d"
                    + " ms%n",
                100L * done / Math.max(1, total), done, total, rows, (now - start) / 1_000_000);
            err.flush();
          }
        });
  }

  private int fail(PrintWriter err, String step, Failure failure) {
    boolean timedOut = failure.kind() == Failure.Kind.TIMED_OUT;
    err.println(
        "atelier: cannot "
            + step
            + " "
            + model
            + (timedOut ? " within " + timeout.seconds() + " s" : "")
            + ": "
            + failure.message());
    for (String detail : failure.details()) {
      err.println("  " + detail);
    }
    err.flush();
    return timedOut ? AtelierCommand.EXIT_TIMED_OUT : AtelierCommand.EXIT_ENGINE_FAILURE;
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
