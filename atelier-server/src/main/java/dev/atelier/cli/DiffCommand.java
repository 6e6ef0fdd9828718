package dev.atelier.cli;

import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.formats.check.ModelDiff;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code atelier diff OLD NEW}: values added and removed, rules changed, and how many
 * configurations the new version gains and loses. One instance per run; not thread-safe.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = "Compares two versions of a model: values, rules, configurations gained/lost.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:compared", "2:a model has problems (file:line:col: message)"})
public final class DiffCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = ModelArgument.HELP)
  private String oldModel;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new version, same forms.")
  private String newModel;

  @Mixin private FormatOption format;

  @Mixin private TimeoutOption timeout = new TimeoutOption(60);

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<ProductModel> before = format.load(oldModel, err);
    Optional<ProductModel> after = format.load(newModel, err);
    if (before.isEmpty() || after.isEmpty()) {
      return AtelierCommand.EXIT_BAD_INPUT;
    }
    Deadline deadline = timeout.deadline();
    out.print(ModelDiff.compare(before.get(), after.get(), deadline).render());
    out.flush();
    return AtelierCommand.EXIT_OK;
  }
}
