package dev.atelier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code atelier recommend-eval} on the small car model of the test resources, with a generated
 * sales history in which the colour follows the trim 4 times in 5 (else colour 3).
 */
class RecommendEvalCommandTest {
  private static final int LINES = 300;
  private static final int FOLDS = 4;
  private static final List<String> COLUMNS = List.of("trim", "colour", "roof", "wheels");

  @TempDir Path dir;
  private Path model;
  private Path sales;
  private Path index;

  @BeforeEach
  void writeFiles() throws IOException, URISyntaxException {
    model =
        Path.of(
            Objects.requireNonNull(getClass().getResource("/recommend/car.xml"), "car.xml")
                .toURI());
    List<String> lines = new ArrayList<>();
    lines.add(String.join(" ", COLUMNS));
    List<String> folds = new ArrayList<>();
    for (int i = 0; i < LINES; i++) {
      lines.add(saleLine(i));
      folds.add(Integer.toString(foldOf(i)));
    }
    sales = Files.write(dir.resolve("sales.txt"), lines);
    index = Files.write(dir.resolve("index.txt"), folds);
  }

  /** trim cycles 0, 1, 2; colour is the trim's 4 times in 5, else 3; trim 0: no roof, wheels 0. */
  private static String saleLine(int i) {
    int trim = i % 3;
    int k = (i / 3) % 5;
    int colour = k < 4 ? trim : 3;
    int roof = trim == 0 || k >= 3 ? -1 : k % 2;
    int wheels = trim == 0 ? 0 : k % 2;
    return trim + " " + colour + " " + roof + " " + wheels;
  }

  private static int foldOf(int i) {
    return i % FOLDS;
  }

  @Test
  void countsOneQueryPerColumnOfEachLineOfTheFold() throws IOException {
    Path json = dir.resolve("out.json");

    CliRun run = eval("--fold", "1", "--json", json.toString());

    assertThat(run.exitCode()).as("%s", run).isZero();
    long testLines = IntStream.range(0, LINES).filter(i -> foldOf(i) == 1).count();
    long queries = testLines * COLUMNS.size();
    assertThat(value(run, "queries")).isEqualTo(Long.toString(queries));
    assertThat(value(run, "test_lines")).isEqualTo(Long.toString(testLines));
    assertThat(value(run, "training_lines")).isEqualTo(Long.toString(LINES - testLines));
    long wrong = Long.parseLong(value(run, "wrong"));
    assertThat(Double.parseDouble(value(run, "wrong_rate")))
        .isCloseTo((double) wrong / queries, offset(1e-6));
    assertThat(Double.parseDouble(value(run, "ms_per_query"))).isPositive();
    assertThat(value(run, "refused")).isEqualTo("0");
    JsonNode written = new ObjectMapper().readTree(json.toFile());
    assertThat(written.get("queries").asLong()).isEqualTo(queries);
    assertThat(written.get("wrong").asLong()).isEqualTo(wrong);
  }

  @Test
  void learnsBetterThanPopularityWhenColourFollowsTrim() {
    CliRun learned = eval("--fold", "0");
    CliRun popular = eval("--fold", "0", "--decay", "0", "--popularity-exponent", "1");

    assertThat(learned.exitCode()).as("%s", learned).isZero();
    assertThat(popular.exitCode()).as("%s", popular).isZero();
    assertThat(Long.parseLong(value(learned, "wrong")))
        .isLessThan(Long.parseLong(value(popular, "wrong")));
  }

  @Test
  void namesTheFileAndLineOfAMalformedSalesLine() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(sales));
    lines.set(3, "1 2 0");
    Files.write(sales, lines);

    CliRun run = eval("--fold", "0");

    assertThat(run.exitCode()).isEqualTo(AtelierCommand.EXIT_BAD_INPUT);
    assertThat(run.err()).contains(sales + ":4:6: has 3 values, but the header names 4");
  }

  @Test
  void namesAnUnknownColumnAndAnUnknownValue() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(sales));
    lines.set(5, "1 7 0 1");
    Files.write(sales, lines);
    Path renamed = dir.resolve("renamed.txt");
    lines.set(0, "trim colour sunroof wheels");
    Files.write(renamed, lines);

    CliRun badValue = eval("--fold", "0");
    CliRun badColumn =
        CliRun.of(
            "recommend-eval",
            model.toString(),
            renamed.toString(),
            "--folds",
            index.toString(),
            "--fold",
            "0");

    assertThat(badValue.exitCode()).isEqualTo(AtelierCommand.EXIT_BAD_INPUT);
    assertThat(badValue.err()).contains(sales + ":6:3: '7' is not a value of attribute 'colour'");
    assertThat(badColumn.exitCode()).isEqualTo(AtelierCommand.EXIT_BAD_INPUT);
    assertThat(badColumn.err())
        .contains(renamed + ":1:13: column 'sunroof' is not an attribute of model 'car'");
  }

  @Test
  void rejectsABadFoldIndex() throws IOException {
    List<String> folds = new ArrayList<>(Files.readAllLines(index));
    folds.set(2, "two");
    Files.write(index, folds);
    CliRun notANumber = eval("--fold", "0");
    Files.write(index, folds.subList(0, 10).stream().map(f -> "0").toList());
    CliRun tooShort = eval("--fold", "0");

    assertThat(notANumber.exitCode()).isEqualTo(AtelierCommand.EXIT_BAD_INPUT);
    assertThat(notANumber.err()).contains(index + ":3:1: expected a fold number");
    assertThat(tooShort.exitCode()).isEqualTo(AtelierCommand.EXIT_BAD_INPUT);
    assertThat(tooShort.err()).contains("gives 10 folds, but " + sales + " has " + LINES);
  }

  @Test
  void rejectsAnEmptyFold() {
    CliRun run = eval("--fold", Integer.toString(FOLDS));

    assertThat(run.exitCode()).isEqualTo(AtelierCommand.EXIT_BAD_INPUT);
    assertThat(run.err()).contains("no sales line is in fold " + FOLDS);
  }

  private CliRun eval(String... options) {
    List<String> args =
        new ArrayList<>(List.of("recommend-eval", model.toString(), sales.toString()));
    args.add("--folds");
    args.add(index.toString());
    args.addAll(List.of(options));
    return CliRun.of(args.toArray(String[]::new));
  }

  /** The value printed after {@code key} on its own line of standard output. */
  private static String value(CliRun run, String key) {
    return run.outLines().stream()
        .filter(l -> l.startsWith(key + " "))
        .map(l -> l.substring(key.length() + 1))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + key + " in " + run));
  }
}
