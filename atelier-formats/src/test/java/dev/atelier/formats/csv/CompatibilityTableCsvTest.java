package dev.atelier.formats.csv;

import static dev.atelier.formats.csv.CsvTesting.imported;
import static dev.atelier.formats.csv.CsvTesting.problems;
import static dev.atelier.formats.csv.CsvTesting.shirt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.formats.BruteForce;
import dev.atelier.formats.Counting;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompatibilityTableCsvTest {

  static CsvImport<Constraint.Table> read(String csv, boolean allowed) {
    return CompatibilityTableCsv.read(new StringReader(csv), "t.csv", shirt(), "t", allowed);
  }

  @Test
  void readsAllowedRowsWithWildcardsAndUnset() {
    Constraint.Table t = imported(read("color,size,print\nred,*,~\nblue,\"m\",logo\n", true));

    assertThat(t.attributes()).containsExactly("color", "size", "print");
    assertThat(t.rows()).containsExactly(List.of("red", "*", "~"), List.of("blue", "m", "logo"));
    assertThat(t.allowed()).isTrue();
    ProductModel m =
        ProductModel.builder("x")
            .attribute(shirt().attribute("color").orElseThrow())
            .attribute(shirt().attribute("size").orElseThrow())
            .attribute(shirt().attribute("print").orElseThrow())
            .constraint(t)
            .build();
    // red with any size and no print (3), blue m logo (1)
    assertThat(Counting.count(m)).isEqualTo(BigInteger.valueOf(4));
    assertThat(BruteForce.count(m)).isEqualTo(4);
  }

  @Test
  void semicolonSeparatorAndForbiddenRows() {
    Constraint.Table t = imported(read("color;size\r\nred;l\r\n\r\nwhite;s\r\n", false));
    assertThat(t.allowed()).isFalse();
    assertThat(t.rows()).containsExactly(List.of("red", "l"), List.of("white", "s"));
  }

  @Test
  void reportsEveryProblemWithItsPlace() {
    String csv =
        String.join(
            "\n",
            "color,sise,size,color",
            "red,x,m,blue",
            "green,x,s",
            "red,x,xl,\"blue\"x",
            "red,x,~,\"blue",
            "");
    assertThat(problems(read(csv, true)))
        .containsExactly(
            "t.csv:1:7: unknown attribute 'sise' (model shirt)",
            "t.csv:1:17: attribute 'color' appears twice",
            "t.csv:3:1: this row has 3 cells, the header has 4",
            "t.csv:4:7: attribute 'size' has no value 'xl' (values: s, m, l)",
            "t.csv:4:16: unexpected text after a closing quote; expected ','",
            "t.csv:5:7: attribute 'size' is required, so '~' (unset) never matches",
            "t.csv:5:9: this quoted field is never closed",
            "t.csv:5:9: attribute 'color' has no value 'blue\n' (values: red, blue, white)");
  }

  @Test
  void emptyFileIsADiagnostic() {
    assertThat(problems(read("", true)))
        .containsExactly("t.csv:1:1: empty file: expected a header of attribute ids");
  }
}
