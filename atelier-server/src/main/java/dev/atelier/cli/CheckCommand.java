package dev.atelier.cli;

import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Result;
import dev.atelier.formats.check.CheckReport;
import dev.atelier.formats.check.ModelCheck;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code atelier check MODEL}: loads a model and reports its attributes and rules, the number of
 * configurations (exact within the timeout, else a bound), dead and forced values, and rules that
 * never restrict anything. One instance per run; not thread-safe.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Loads MODEL and reports sizes, solution count, dead and forced values, and"
            + " redundant rules.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the model loads", "2:MODEL has problems (file:line:col: message)"})
public final class CheckCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "MODEL", description = ModelArgument.HELP)
  private String model;

  @Mixin private FormatOption format;

  @Mixin private TimeoutOption timeout = new TimeoutOption(60);

  @Option(
      names = "--per-value",
      description =
          "Also print, after the report, the exact per-value counts as count --per-value does"
              + " (ATTRIBUTE<TAB>VALUE<TAB>COUNT, then the total).")
  private boolean perValue;

  @Override
  public Integer call() {
    Optional<ProductModel> loaded = format.load(model);
    if (loaded.isEmpty()) {
      return AtelierCommand.EXIT_BAD_INPUT;
    }
    PrintWriter err = format.err();
    ProgressBar bar = ProgressBar.forConsole(err);
    CheckReport report = ModelCheck.run(loaded.get(), timeout.deadline(), bar);
    bar.finish();
    format.out().print(report.render());
    format.out().flush();
    if (perValue) {
      Result<BigInteger> total;
      Heartbeat h = Heartbeat.start(err, "counting per value");
      try {
        total = PerValueCounts.print(loaded.get(), timeout.deadline(), format.out());
      } finally {
        h.close();
      }
      if (total.isOk()) {
        format.out().println(total.orThrow());
      } else {
        err.println("atelier: cannot count per value: " + total.failureOrNull().message());
      }
      format.out().flush();
      err.flush();
    }
    if (!report.problems().isEmpty()) {
      report.problems().forEach(p -> err.println(model + ": " + p));
      err.flush();
      return AtelierCommand.EXIT_BAD_INPUT;
    }
    return AtelierCommand.EXIT_OK;
  }
}
