package dev.atelier.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code atelier} command line: {@code --help}, {@code --version} and the subcommands. Each run
 * of {@link #main} builds a fresh instance; not thread-safe.
 */
@Command(
    name = "atelier",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Atelier: an open-source mass-customization platform.",
    subcommands = {
      CountCommand.class,
      CheckCommand.class,
      DiffCommand.class,
      RecommendEvalCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:internal error",
      "2:bad arguments or a model file with problems (file:line:col: message)",
      "3:the engine gave no answer (reason on standard error)",
      "4:the timeout passed"
    })
public final class AtelierCommand implements Callable<Integer> {

  /** Exit code of a successful run. */
  public static final int EXIT_OK = 0;

  /** Exit code for bad arguments or a model file with problems. */
  public static final int EXIT_BAD_INPUT = 2;

  /** Exit code when the engine gives no answer (invalid or unsatisfiable model, too large ...). */
  public static final int EXIT_ENGINE_FAILURE = 3;

  /** Exit code when the timeout passes. */
  public static final int EXIT_TIMED_OUT = 4;

  @Spec private CommandSpec spec;

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** A fresh command line; set its out/err writers to capture output. */
  public static CommandLine commandLine() {
    return new CommandLine(new AtelierCommand()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  /** Without a subcommand: prints the usage to standard error. */
  @Override
  public Integer call() {
    CommandLine commandLine = spec.commandLine();
    commandLine.getErr().println("Missing a command, such as: atelier count demo:bicycle");
    commandLine.usage(commandLine.getErr());
    return EXIT_BAD_INPUT;
  }
}
