package dev.atelier.formats.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.Value;
import dev.atelier.formats.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sales files: read plain or gzip-compressed, and every problem placed at file, line, column. */
class SalesFileTest {

  /** engine 0/1, optional roof glass/steel. */
  private static final ProductModel CAR =
      ProductModel.builder("car")
          .enumeration("engine", "0", "1")
          .attribute(
              new EnumAttribute(
                  "roof",
                  LocalizedText.of("Roof"),
                  List.of(Value.of("glass", 0), Value.of("steel", 0)),
                  true))
          .build();

  @TempDir Path dir;

  @Test
  void readsLinesSkippingBlankOnesAndKnowsWhereEachCameFrom() throws IOException {
    Path gz = dir.resolve("sales.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("\nengine\troof\n0 glass\n\n  1   -1\r\n".getBytes(StandardCharsets.UTF_8));
    }
    SalesFile sales = ((SalesFile.Parsed) SalesFile.read(gz)).sales();
    assertThat(sales.columns()).containsExactly("engine", "roof");
    assertThat(sales.header().line()).isEqualTo(2);
    assertThat(sales.rows()).containsExactly(List.of("0", "glass"), List.of("1", "-1"));
    assertThat(sales.lines()).extracting(SalesLine::line).containsExactly(3, 5);
    assertThat(sales.configuration(1).values()).isEqualTo(Map.of("engine", "1"));
    assertThat(sales.problemWith(CAR)).isEmpty();
  }

  @Test
  void placesParseProblemsAtLineAndColumn() {
    assertThat(problem("engine roof engine\n")).hasToString("s:1:13: names column 'engine' twice");
    assertThat(problem("engine roof\n0 glass\n1 steel extra\n"))
        .hasToString("s:3:9: has 3 values, but the header names 2");
    assertThat(problem("engine roof\n  0\n"))
        .hasToString("s:2:4: has 1 values, but the header names 2");
    assertThat(problem(" \n\n"))
        .hasToString("s:1:1: is empty: expected a header line of attribute names");
  }

  @Test
  void placesValuesThatDoNotFitTheModel() {
    assertThat(misfit("engine colour\n0 red\n"))
        .hasToString("s:1:8: column 'colour' is not an attribute of model 'car'");
    assertThat(misfit("engine roof\n0 glass\n1  wood\n"))
        .hasToString("s:3:4: 'wood' is not a value of attribute 'roof'");
    assertThat(misfit("roof engine\nglass   -1\n"))
        .hasToString("s:2:9: '-1' is not allowed (absent) for attribute 'engine'");
  }

  @Test
  void aMissingFileIsAProblemNotAnException() {
    Path missing = dir.resolve("none.txt");
    SalesFile.Read read = SalesFile.read(missing);
    assertThat(read).isInstanceOf(SalesFile.Unreadable.class);
    Diagnostic d = ((SalesFile.Unreadable) read).diagnostic();
    assertThat(d.file()).isEqualTo(missing.toString());
    assertThat(d.message()).contains("no such file");
  }

  private static Diagnostic problem(String text) {
    SalesFile.Read read = SalesFile.parse(text, "s");
    assertThat(read).isInstanceOf(SalesFile.Unreadable.class);
    return ((SalesFile.Unreadable) read).diagnostic();
  }

  private static Diagnostic misfit(String text) {
    return ((SalesFile.Parsed) SalesFile.parse(text, "s")).sales().problemWith(CAR).orElseThrow();
  }
}
