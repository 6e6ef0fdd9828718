package dev.atelier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchCommandTest {

  private static final List<String> REQUIRED =
      List.of(
          "load_ms",
          "p50_ms",
          "p90_ms",
          "p99_ms",
          "max_ms",
          "baseline_p50_ms",
          "baseline_p99_ms",
          "ratio_p50",
          "ratio_p99",
          "mismatches",
          "decisions");

  @TempDir Path dir;

  @Test
  void randomSessionsWithBaselineWriteEveryJsonField() throws IOException {
    Path model = Files.writeString(dir.resolve("small.dimacs"), TinyModels.SMALL_DIMACS);
    Path json = dir.resolve("out.json");

    Run run =
        Run.of(
            model.toString(), "--sessions", "3", "--seed", "7", "--baseline", "--json", "" + json);

    assertThat(run.exitCode).as(run.err).isZero();
    String text = Files.readString(json);
    for (String field : REQUIRED) {
      assertThat(text).as(field).containsPattern("\"" + field + "\": -?[0-9]");
    }
    assertThat(number(text, "mismatches")).isZero();
    assertThat(number(text, "sessions")).isEqualTo(3);
    // Every session decides until all four variables are fixed: 2 to 4 decisions each.
    assertThat(number(text, "decisions")).isBetween(6.0, 12.0);
    assertThat(number(text, "baseline_compared")).isEqualTo(number(text, "decisions"));
    assertThat(number(text, "p50_ms")).isLessThanOrEqualTo(number(text, "p99_ms"));
    assertThat(number(text, "p99_ms")).isLessThanOrEqualTo(number(text, "max_ms"));
    assertThat(run.out).contains("mismatches 0 of").contains("load average");
    // One row [session, step, ms] per timed decision, steps counting up from 0 in each session.
    Matcher row = Pattern.compile("\\[(\\d+), (\\d+), ([0-9.]+)]").matcher(text);
    int rows = 0;
    int lastSession = -1;
    int nextStep = 0;
    while (row.find()) {
      int session = Integer.parseInt(row.group(1));
      nextStep = session == lastSession ? nextStep : 0;
      assertThat(Integer.parseInt(row.group(2))).isEqualTo(nextStep);
      assertThat(Double.parseDouble(row.group(3))).isLessThanOrEqualTo(number(text, "max_ms"));
      lastSession = session;
      nextStep++;
      rows++;
    }
    assertThat((double) rows).isEqualTo(number(text, "decisions"));
    assertThat(lastSession).isEqualTo(2);
  }

  @Test
  void countAndExplainCompleteAreTimedWhenAsked() throws IOException {
    Path model = Files.writeString(dir.resolve("small.dimacs"), TinyModels.SMALL_DIMACS);
    Path json = dir.resolve("out.json");

    Run run =
        Run.of(
            model.toString(),
            "--sessions",
            "3",
            "--count",
            "--explain-complete",
            "--cpu-time",
            "--json",
            json.toString());

    assertThat(run.exitCode).as(run.err).isZero();
    String text = Files.readString(json);
    for (String field :
        List.of(
            "count_ms", "knowledge_ms", "knowledge_nodes", "explain_p99_ms", "complete_p99_ms")) {
      assertThat(text).as(field).containsPattern("\"" + field + "\": -?[0-9]");
    }
    assertThat(text).contains("\"clock\": \"thread_cpu\"");
    assertThat(number(text, "complete_calls")).isEqualTo(number(text, "decisions"));
    assertThat(number(text, "explain_complete_failures")).isZero();
    assertThat(run.out).contains("complete(cheapest)");
  }

  @Test
  void withoutBaselineTheBaselineFieldsAreNull() throws IOException {
    Path model = Files.writeString(dir.resolve("small.dimacs"), TinyModels.SMALL_DIMACS);
    Path json = dir.resolve("out.json");

    Run run = Run.of(model.toString(), "--sessions", "1", "--json", json.toString());

    assertThat(run.exitCode).as(run.err).isZero();
    String text = Files.readString(json);
    for (String field : List.of("baseline_p50_ms", "ratio_p99", "mismatches")) {
      assertThat(text).contains("\"" + field + "\": null");
    }
    assertThat(number(text, "decisions")).isPositive();
  }

  @Test
  void sameSeedSameDecisions() throws IOException {
    Path model = Files.writeString(dir.resolve("small.dimacs"), TinyModels.SMALL_DIMACS);
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");

    Run.of(model.toString(), "--sessions", "5", "--seed", "3", "--json", a.toString());
    Run.of(model.toString(), "--sessions", "5", "--seed", "3", "--json", b.toString());

    assertThat(number(Files.readString(a), "decisions"))
        .isEqualTo(number(Files.readString(b), "decisions"));
  }

  @Test
  void replaysASalesFileOnAnXcspModelWithJokers() throws IOException {
    // a in {-, 0, 1}, b in {0, 1}, c in {-, 0}; a absent -> b=0; a=0 -> b=1; a, c not both absent.
    Path model =
        Files.writeString(
            dir.resolve("joker.xml"),
            """
            <instance>
              <presentation name="joker"/>
              <domains nbDomains="3">
                <domain name="Da" nbValues="3">-1..1</domain>
                <domain name="Db" nbValues="2">0 1</domain>
                <domain name="Dc" nbValues="2" optional="-1">-1 0</domain>
              </domains>
              <variables nbVariables="3">
                <variable name="a" domain="Da"/>
                <variable name="b" domain="Db"/>
                <variable name="c" domain="Dc"/>
              </variables>
              <relations nbRelations="2">
                <relation name="r1" arity="2" nbTuples="4" semantics="supports">-1 0|0 1|1 1|1 0|</relation>
                <relation name="r2" arity="2" nbTuples="1" semantics="conflicts">-1 -1</relation>
              </relations>
              <constraints nbConstraints="2">
                <constraint name="k1" arity="2" scope="a b" reference="r1"/>
                <constraint name="k2" arity="2" scope="a c" reference="r2"/>
              </constraints>
            </instance>
            """);
    // Line 3: a=0 forces b=1, so b=0 is refused and skipped.
    Path sales = Files.writeString(dir.resolve("sales.txt"), "a b c\n-1 0 0\n0 1 -1\n0 0 -1\n");
    Path json = dir.resolve("out.json");

    Run run =
        Run.of(
            model.toString(),
            "--replay",
            sales.toString(),
            "--warmup",
            "0",
            "--baseline",
            "--json",
            json.toString());

    assertThat(run.exitCode).as(run.err).isZero();
    String text = Files.readString(json);
    assertThat(number(text, "sessions")).isEqualTo(3);
    assertThat(number(text, "decisions")).isEqualTo(8);
    assertThat(number(text, "refused_replays")).isEqualTo(1);
    assertThat(number(text, "unknown_replays")).isZero();
    assertThat(number(text, "mismatches")).isZero();
  }

  @Test
  void badModelIsBadInput() throws IOException {
    Path model = Files.writeString(dir.resolve("bad.dimacs"), "p cnf 2 1\n1 x 0\n");

    Run run = Run.of(model.toString());

    assertThat(run.exitCode).isEqualTo(BenchCommand.EXIT_BAD_INPUT);
    assertThat(run.err).contains("bad.dimacs:2:");
  }

  private static double number(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\": (-?[0-9.]+)").matcher(json);
    assertThat(m.find()).as("field %s in %s", field, json).isTrue();
    return Double.parseDouble(m.group(1));
  }

  private record Run(int exitCode, String out, String err) {
    static Run of(String... args) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CommandLine cl = new CommandLine(new BenchCommand());
      cl.setOut(new PrintWriter(out));
      cl.setErr(new PrintWriter(err));
      int code = cl.execute(args);
      return new Run(code, out.toString(), err.toString());
    }
  }
}
