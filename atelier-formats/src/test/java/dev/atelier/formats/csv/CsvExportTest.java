package dev.atelier.formats.csv;

import static dev.atelier.formats.csv.CsvTesting.imported;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.Value;
import dev.atelier.engine.result.Deadline;
import dev.atelier.formats.BruteForce;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportTest {

  static ProductModel model() {
    return ProductModel.builder("m")
        .enumeration("color", "red", "blue, dark", "say \"hi\"")
        .attribute(
            new EnumAttribute("print", LocalizedText.of("print"), List.of(Value.of("logo")), true))
        .rule("r", Expr.implies(Expr.is("color", "red"), new Expr.IsSet("print")))
        .build();
  }

  @Test
  void tableRoundTripsThroughCsv() throws IOException {
    Constraint.Table t =
        new Constraint.Table(
            "t",
            LocalizedText.of("t"),
            List.of("color", "print"),
            List.of(List.of("blue, dark", "~"), List.of("say \"hi\"", "*")),
            true);
    StringWriter out = new StringWriter();
    CsvExport.writeTable(t, out, ',');

    assertThat(out.toString())
        .isEqualTo("color,print\r\n\"blue, dark\",~\r\n\"say \"\"hi\"\"\",*\r\n");
    Constraint.Table back =
        imported(
            CompatibilityTableCsv.read(
                new StringReader(out.toString()), "t.csv", model(), "t", true));
    assertThat(back).isEqualTo(t);
  }

  @Test
  void configurationsAreExactlyTheValidOnes() throws IOException {
    ProductModel m = model();
    CompiledModel cm = CompiledModel.compile(m, Deadline.inMillis(10_000)).orThrow();
    StringWriter out = new StringWriter();

    CsvExport.Summary s =
        CsvExport.writeConfigurations(cm, out, ';', 100, Deadline.inMillis(10_000));

    assertThat(s.complete()).isTrue();
    assertThat(s.rows()).isEqualTo(BruteForce.count(m)).isEqualTo(5);
    assertThat(out.toString())
        .isEqualTo(
            "color;print\r\nred;logo\r\nblue, dark;logo\r\nblue, dark;~\r\n"
                + "\"say \"\"hi\"\"\";logo\r\n\"say \"\"hi\"\"\";~\r\n");
  }

  @Test
  void limitStopsTheExport() throws IOException {
    CompiledModel cm = CompiledModel.compile(model(), Deadline.inMillis(10_000)).orThrow();
    CsvExport.Summary s =
        CsvExport.writeConfigurations(cm, new StringWriter(), ',', 2, Deadline.inMillis(10_000));
    assertThat(s.rows()).isEqualTo(2);
    assertThat(s.complete()).isFalse();
    assertThat(s.stoppedBecause()).contains("limit of 2");
  }
}
