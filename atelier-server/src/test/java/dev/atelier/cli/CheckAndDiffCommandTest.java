package dev.atelier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckAndDiffCommandTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void checkReportsCountDeadForcedAndRedundantRules() throws IOException {
    // a, b, c free except: a -> b (twice: the copy never restricts anything), c never true.
    Path cnf = write("m.dimacs", "c 1 a\nc 2 b\nc 3 c\np cnf 3 3\n-1 2 0\n-1 2 0\n-3 0\n");
    CliRun run = CliRun.of("check", cnf.toString());

    assertThat(run.exitCode()).isEqualTo(AtelierCommand.EXIT_OK);
    assertThat(run.out())
        .contains("attributes: 3")
        .contains("configurations: 3")
        .contains("c=true")
        .contains("clause1")
        .contains("clause2");
  }

  @Test
  void checkOfABrokenFileListsEveryDiagnosticAndFails() throws IOException {
    Path cnf = write("bad.dimacs", "p cnf 2 2\n1 x 0\n3 0\n");
    CliRun run = CliRun.of("check", cnf.toString());

    assertThat(run.exitCode()).isEqualTo(AtelierCommand.EXIT_BAD_INPUT);
    assertThat(run.err()).contains(cnf + ":2:3:").contains(cnf + ":3:1:");
  }

  @Test
  void diffCountsGainedAndLostConfigurations() throws IOException {
    Path before = write("old.dimacs", "c 1 a\nc 2 b\np cnf 2 1\n-1 2 0\n");
    Path after = write("new.dimacs", "c 1 a\nc 2 b\np cnf 2 1\n1 0\n");
    CliRun run = CliRun.of("diff", before.toString(), after.toString());

    // old: (a -> b) = {00, 01, 11}; new: a = {10, 11}: gained {10}, lost {00, 01}.
    assertThat(run.exitCode()).isEqualTo(AtelierCommand.EXIT_OK);
    assertThat(run.out()).contains("configurations gained: 1").contains("configurations lost: 2");
  }

  @Test
  void diffNamesTheLibraryImportAndSlotThatChanged() throws IOException {
    String source;
    try (var in = getClass().getResourceAsStream("/demo/homeserver.yaml")) {
      source = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    String changed =
        source
            .replace("{library: parts, version: 1,", "{library: parts, version: 2,")
            .replace("count: 1..4", "count: 1..5");
    assertThat(changed).isNotEqualTo(source);
    Path after = write("homeserver-v2.yaml", changed);

    CliRun run = CliRun.of("diff", "demo:homeserver", after.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(AtelierCommand.EXIT_OK);
    assertThat(run.out())
        .contains("modules:")
        .contains("import changed: parts v1 [drive] -> parts v2 [drive]")
        .contains("slot changed: drives (drive, 1..4")
        .contains("-> drives (drive, 1..5");
  }

  @Test
  void diffOfFlatModelsHasNoModulesSection() throws IOException {
    Path cnf = write("m.dimacs", "c 1 a\np cnf 1 0\n");
    CliRun run = CliRun.of("diff", cnf.toString(), cnf.toString());

    assertThat(run.exitCode()).isEqualTo(AtelierCommand.EXIT_OK);
    assertThat(run.out()).doesNotContain("modules:");
  }

  @Test
  void countReadsEveryBundledDemoInTheNativeFormat() {
    for (String demo : new String[] {"demo:bicycle", "demo:pc", "demo:pizza"}) {
      CliRun run = CliRun.of("count", demo);
      assertThat(run.exitCode()).as(demo + ": " + run.err()).isEqualTo(AtelierCommand.EXIT_OK);
      assertThat(run.out().strip()).matches("[1-9][0-9]*");
    }
  }
}
