package dev.atelier.cli;

import dev.atelier.engine.model.ProductModel;
import dev.atelier.formats.ModelFormat;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --format} option of every command that reads models (a picocli mixin): overrides
 * format detection. One instance per command run; not thread-safe.
 */
public final class FormatOption {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Override format detection of the models read: ${COMPLETION-CANDIDATES}.")
  private ModelFormat format;

  /** Loads {@code argument} in the chosen format, or reports its problems on {@code err}. */
  Optional<ProductModel> load(String argument, PrintWriter err) {
    return ModelArgument.load(argument, format, err);
  }
}
