package dev.atelier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountCommandTest {

  /**
   * (x1 or x2) and (not x1 or x3), x4 free: x1 true forces x3 (x2 free: 2), x1 false forces x2 (x3
   * free: 2); times 2 for x4 gives 8.
   */
  private static final String SMALL = "c 1 a\nc 2 b\np cnf 4 2\n1 2 0\n-1 3 0\n";

  /** v0 and v1 allow (0,0), (1,1), (2,1); v2 is free: 3 x 2 = 6 configurations. */
  private static final String TINY_XCSP =
      "<instance>\n<presentation format=\"XCSP 2.1\" type=\"CSP\" name=\"tiny\"/>\n"
          + "<domains nbDomains=\"2\">\n<domain name=\"D3\" nbValues=\"3\">0..2</domain>\n"
          + "<domain name=\"D2\" nbValues=\"2\">0..1</domain>\n</domains>\n"
          + "<variables nbVariables=\"3\">\n<variable name=\"v0\" domain=\"D3\"/>\n"
          + "<variable name=\"v1\" domain=\"D2\"/>\n<variable name=\"v2\" domain=\"D2\"/>\n"
          + "</variables>\n<relations nbRelations=\"1\">\n<relation name=\"R0\" arity=\"2\""
          + " nbTuples=\"3\" semantics=\"supports\">0 0|1 1|2 1</relation>\n</relations>\n"
          + "<constraints nbConstraints=\"1\">\n<constraint name=\"C0\" arity=\"2\""
          + " reference=\"R0\" scope=\"v0 v1\"/>\n</constraints>\n</instance>\n";

  @TempDir Path dir;

  @Test
  void countsASmallFile() throws IOException {
    Path file = Files.writeString(dir.resolve("small.dimacs"), SMALL);

    CliRun run = CliRun.of("count", file.toString());

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.lastOutLine()).isEqualTo("8");
    assertThat(run.err()).contains("model: small (4 attributes, 2 rules)");
  }

  /**
   * One clause of 2,000 literals over 2,000 variables: 2^2000 - 1. The count-only search answers in
   * closed form while the background decision-DNNF, which has none, is still compiling: the race
   * takes the first answer and the command stops the DNNF.
   */
  @Test
  void countsOneWideClauseByTheFirstAnswer() throws IOException {
    StringBuilder clause = new StringBuilder("p cnf 2000 1\n");
    for (int v = 1; v <= 2_000; v++) {
      clause.append(v % 3 == 0 ? -v : v).append(' ');
    }
    Path file = Files.writeString(dir.resolve("wide.dimacs"), clause.append("0\n").toString());

    CliRun run = CliRun.of("count", file.toString());

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.lastOutLine())
        .isEqualTo(BigInteger.TWO.pow(2_000).subtract(BigInteger.ONE).toString());
  }

  @Test
  void countsPerValueOverTheTablesOfAnXcspModel() throws IOException {
    Path file = Files.writeString(dir.resolve("tiny.xml"), TINY_XCSP);

    CliRun run = CliRun.of("count", "--per-value", file.toString());

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.lastOutLine()).isEqualTo("6");
    assertThat(run.out().lines())
        .contains(
            "v0\t0\t2", "v0\t1\t2", "v0\t2\t2", "v1\t0\t2", "v1\t1\t4", "v2\t0\t3", "v2\t1\t3");
  }

  @Test
  void checkPerValuePrintsTheSameCountsAfterItsReport() throws IOException {
    Path file = Files.writeString(dir.resolve("pair.xml"), TINY_XCSP);
    CliRun count = CliRun.of("count", "--per-value", file.toString());
    CliRun check = CliRun.of("check", "--per-value", file.toString());

    assertThat(check.exitCode()).as("%s", check).isZero();
    assertThat(check.lastOutLine()).isEqualTo(count.lastOutLine());
    assertThat(check.out().lines().filter(l -> l.contains("\t")))
        .containsExactlyElementsOf(count.out().lines().filter(l -> l.contains("\t")).toList())
        .hasSize(7);
  }

  @Test
  void countsPerValueOfACnfModelFromItsDecisionDnnf() {
    // 20 configurations with a carbon frame and 120 with each other frame (see the test below).
    CliRun run = CliRun.of("count", "--per-value", "demo:bike");

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.lastOutLine()).isEqualTo("260");
    assertThat(run.out().lines().filter(l -> l.startsWith("frame.")))
        .as("%s", run)
        .contains("frame.carbon\ttrue\t20", "frame.carbon\tfalse\t240")
        .contains("frame.steel\ttrue\t120", "frame.aluminium\ttrue\t120");
  }

  @Test
  void countsTheBundledBikeDemo() {
    // Carbon frame: disc brakes, no basket or rack; 2 gear systems x 8 extras + hub gears x 4 = 20.
    // Aluminium or steel: 2 frames x 2 brakes x (2 gear systems x 24 extras + hub x 12) = 240.
    CliRun run = CliRun.of("count", "demo:bike");

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.lastOutLine()).isEqualTo("260");
    assertThat(run.err()).contains("model: bike (13 attributes, 15 rules)");
  }

  @Test
  void countsTheModularShelvingDemoExactly() {
    // Every attribute, the wall-width fact and the number of bays included. Checked by a separate
    // enumeration: per wall width (13) and finish (3), sequences of 1 to 5 bays, each bay one of
    // 3 widths x 2 heights x 6 shelf counts x 3 doors that keeps its own rules, under the sum of
    // widths, at most two glass bays, no wood with white and no wood beside glass.
    CliRun run = CliRun.of("count", "demo:shelving");

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.lastOutLine()).isEqualTo("4066742064");
  }

  @Test
  void countsAnUnsatisfiableModelAsZero() throws IOException {
    Path file = Files.writeString(dir.resolve("none.cnf"), "p cnf 1 2\n1 0\n-1 0\n");

    CliRun run = CliRun.of("count", "--timeout", "30", file.toString());

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.lastOutLine()).isEqualTo("0");
  }

  @Test
  void recognisesDimacsContentWithAnotherExtension() throws IOException {
    Path file = Files.writeString(dir.resolve("small.model"), SMALL);

    CliRun run = CliRun.of("count", file.toString());

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.lastOutLine()).isEqualTo("8");
  }

  @Test
  void reportsEveryProblemOfABadFileWithItsLine() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.dimacs"), "p cnf 2 2\n1 x 0\n-3 0\n");

    CliRun run = CliRun.of("count", file.toString());

    assertThat(run.exitCode()).isEqualTo(AtelierCommand.EXIT_BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .containsExactly(
            file + ":2:3: expected an integer literal or the 0 ending a clause, found 'x'",
            file
                + ":3:1: literal -3 refers to variable 3, but the header declares only 2"
                + " variables");
  }

  @Test
  void reportsAMissingFile() {
    Path file = dir.resolve("missing.dimacs");

    CliRun run = CliRun.of("count", file.toString());

    assertThat(run.exitCode()).isEqualTo(AtelierCommand.EXIT_BAD_INPUT);
    assertThat(run.err().lines())
        .containsExactly(file + ":1:1: cannot read the file: no such file");
  }

  @Test
  void rejectsAnUnknownFormat() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "just some notes, not a model\n");

    CliRun run = CliRun.of("count", file.toString());

    assertThat(run.exitCode()).isEqualTo(AtelierCommand.EXIT_BAD_INPUT);
    assertThat(run.err()).startsWith(file + ":1:1: unknown model format");
  }

  @Test
  void rejectsAnUnknownDemo() {
    CliRun run = CliRun.of("count", "demo:car");

    assertThat(run.exitCode()).isEqualTo(AtelierCommand.EXIT_BAD_INPUT);
    assertThat(run.err().lines())
        .containsExactly(
            "demo:car:1:1: no demo model 'car'; available: demo:bike, demo:bicycle, demo:pc,"
                + " demo:sneakers, demo:jeans, demo:pizza, demo:shelving, demo:homeserver,"
                + " demo:insurance");
  }

  @Test
  void rejectsANonPositiveTimeout() {
    CliRun run = CliRun.of("count", "--timeout", "0", "demo:bike");

    assertThat(run.exitCode()).isEqualTo(AtelierCommand.EXIT_BAD_INPUT);
    assertThat(run.err()).contains("--timeout must be a positive number of seconds: 0");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void needsAModel() {
    CliRun run = CliRun.of("count");

    assertThat(run.exitCode()).isEqualTo(AtelierCommand.EXIT_BAD_INPUT);
    assertThat(run.err()).contains("Missing required parameter: 'MODEL'");
  }
}
