package dev.atelier.cli;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import dev.atelier.formats.ModelFormat;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MODEL", description = ModelArgument.HELP)
  private String model;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Override format detection: ${COMPLETION-CANDIDATES}.")
  private ModelFormat format;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "600",
      description = "Give up after this many seconds (default: ${DEFAULT-VALUE}).")
  private long timeoutSeconds;

  @Override
  public Integer call() {
    if (timeoutSeconds <= 0) {
      throw new ParameterException(
          spec.commandLine(), "--timeout must be a positive number of seconds: " + timeoutSeconds);
    }
    Deadline deadline = Deadline.in(Duration.ofSeconds(timeoutSeconds));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<ProductModel> read = ModelArgument.load(model, format, err);
    if (read.isEmpty()) {
      return AtelierCommand.EXIT_BAD_INPUT;
    }
    ProductModel loaded = read.get();
    err.printf(
        "model: %s (%d attributes, %d rules)%n",
        loaded.id(), loaded.attributes().size(), loaded.constraints().size());
    long start = System.nanoTime();
    Optional<Result<CompiledModel>> compiled =
        BoundedCall.call("compile", () -> CompiledModel.compile(loaded, deadline), deadline);
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
    Optional<Result<BigInteger>> count =
        BoundedCall.call("count", () -> compiledModel.count(deadline), deadline);
    if (count.isEmpty()) {
      return fail(err, "count", Failure.timedOut("counting"));
    }
    if (count.get() instanceof Result.Failed<BigInteger> failed) {
      return fail(err, "count", failed.failure());
    }
    err.printf("counted in %d ms%n", millisSince(start));
    err.flush();
    out.println(count.get().orThrow());
    out.flush();
    return AtelierCommand.EXIT_OK;
  }

  private int fail(PrintWriter err, String step, Failure failure) {
    boolean timedOut = failure.kind() == Failure.Kind.TIMED_OUT;
    err.println(
        "atelier: cannot "
            + step
            + " "
            + model
            + (timedOut ? " within " + timeoutSeconds + " s" : "")
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
