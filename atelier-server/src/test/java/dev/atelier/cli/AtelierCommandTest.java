package dev.atelier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AtelierCommandTest {

  @Test
  void helpListsTheCommands() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .contains("Usage: atelier")
        .contains("--help")
        .contains("--version")
        .contains("count")
        .contains("Exit codes:");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void countHelpDescribesModelAndTimeout() {
    CliRun run = CliRun.of("count", "--help");

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .contains("Usage: atelier count")
        .contains("MODEL")
        .contains("--timeout=SECONDS")
        .contains("default: 600")
        .contains("demo:bicycle");
  }

  @Test
  void helpSubcommandShowsCommandHelp() {
    CliRun run = CliRun.of("help", "count");

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).contains("Usage: atelier count");
  }

  @Test
  void versionNamesTheBuiltVersion() {
    CliRun run = CliRun.of("--version");

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.outLines().get(0)).matches("atelier \\d+\\.\\d+\\.\\d+\\S*");
    assertThat(run.out()).doesNotContain("${");
  }

  @Test
  void withoutACommandPrintsUsageToStandardError() {
    CliRun run = CliRun.of();

    assertThat(run.exitCode()).isEqualTo(AtelierCommand.EXIT_BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Usage: atelier");
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = CliRun.of("count", "--frobnicate", "demo:bike");

    assertThat(run.exitCode()).isEqualTo(AtelierCommand.EXIT_BAD_INPUT);
    assertThat(run.err()).contains("--frobnicate");
  }
}
