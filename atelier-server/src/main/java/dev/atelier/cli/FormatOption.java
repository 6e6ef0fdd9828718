package dev.atelier.cli;

import dev.atelier.engine.model.ProductModel;
import dev.atelier.formats.ModelFormat;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --format} option of every command that reads models (a picocli mixin): overrides
 * format detection. It also gives the command what reading models needs: its console, and problems
 * with its arguments. One instance per command run; not thread-safe.
 */
public final class FormatOption {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Override format detection of the models read: ${COMPLETION-CANDIDATES}.")
  private ModelFormat format;

  /** Loads {@code argument} in the chosen format, or reports its problems on {@link #err()}. */
  Optional<ProductModel> load(String argument) {
    return ModelArgument.load(argument, format, err());
  }

  /** The command's standard output. */
  PrintWriter out() {
    return command.commandLine().getOut();
  }

  /** The command's standard error. */
  PrintWriter err() {
    return command.commandLine().getErr();
  }

  /** A usage error of the command: picocli prints {@code message} and the usage, exit code 2. */
  ParameterException badArgument(String message) {
    return new ParameterException(command.commandLine(), message);
  }
}
