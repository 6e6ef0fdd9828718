package dev.atelier.cli;

import dev.atelier.engine.model.ProductModel;
import dev.atelier.formats.check.ModelDiff;
import dev.atelier.formats.check.ModuleDiff;
import dev.atelier.formats.product.ModuleStructure;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code atelier diff OLD NEW}: values added and removed, rules changed, and how many
 * configurations the new version gains and loses, and for native models the module library imports,
 * slots and module types that changed. One instance per run; not thread-safe.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = "Compares two versions of a model: values, rules, configurations gained/lost.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:compared", "2:a model has problems (file:line:col: message)"})
public final class DiffCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "OLD", description = ModelArgument.HELP)
  private String oldModel;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new version, same forms.")
  private String newModel;

  @Mixin private FormatOption format;

  @Mixin private TimeoutOption timeout = new TimeoutOption(60);

  @Override
  public Integer call() {
    Optional<ProductModel> before = format.load(oldModel);
    Optional<ProductModel> after = format.load(newModel);
    if (before.isEmpty() || after.isEmpty()) {
      return AtelierCommand.EXIT_BAD_INPUT;
    }
    PrintWriter out = format.out();
    out.print(ModelDiff.compare(before.get(), after.get(), timeout.deadline()).render());
    List<String> modules =
        ModuleDiff.compare(
            ModelLoader.modules(oldModel).orElse(ModuleStructure.NONE),
            ModelLoader.modules(newModel).orElse(ModuleStructure.NONE));
    if (!modules.isEmpty()) {
      out.println("modules:");
      modules.forEach(line -> out.println("  " + line));
    }
    out.flush();
    return AtelierCommand.EXIT_OK;
  }
}
