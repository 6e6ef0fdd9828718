package dev.atelier.formats.csv;

import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.Value;
import dev.atelier.formats.Diagnostic;
import java.util.List;

/** A small model and result helpers for CSV tests. */
final class CsvTesting {

  private CsvTesting() {}

  static ProductModel shirt() {
    return ProductModel.builder("shirt")
        .enumeration("color", List.of(Value.of("red", 100), Value.of("blue"), Value.of("white")))
        .enumeration("size", "s", "m", "l")
        .attribute(
            new EnumAttribute(
                "print",
                LocalizedText.of("print"),
                List.of(Value.of("logo"), Value.of("text")),
                true))
        .bool("gift")
        .integer("qty", 1, 5)
        .build();
  }

  static <T> T imported(CsvImport<T> r) {
    if (r instanceof CsvImport.Imported<T> i) {
      return i.value();
    }
    throw new AssertionError("rejected: " + ((CsvImport.Rejected<T>) r).diagnostics());
  }

  static List<String> problems(CsvImport<?> r) {
    if (r instanceof CsvImport.Rejected<?> x) {
      return x.diagnostics().stream().map(Diagnostic::toString).toList();
    }
    throw new AssertionError("expected a rejection, got " + r);
  }
}
