package dev.atelier.formats.dimacs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.ProductModel;
import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.ReadResult;
import java.io.StringReader;
import java.util.List;

/** Helpers for reading DIMACS text in tests. */
final class DimacsTesting {

  /** The file name used for text read from strings. */
  static final String FILE = "t.dimacs";

  private DimacsTesting() {}

  /** Reads {@code text} as the file {@link #FILE}. */
  static ReadResult read(String text) {
    return DimacsReader.read(new StringReader(text), FILE);
  }

  /** The model read from {@code text}, failing the test if it was rejected. */
  static ProductModel model(ReadResult result) {
    assertThat(result).isInstanceOf(ReadResult.Loaded.class);
    return ((ReadResult.Loaded) result).model();
  }

  /** The model read from {@code text}, failing the test if it was rejected. */
  static ProductModel model(String text) {
    return model(read(text));
  }

  /** The diagnostics of a rejected {@code text}, as {@code file:line:col: message} strings. */
  static List<String> problems(String text) {
    return problems(read(text));
  }

  /** The diagnostics of a rejection, as {@code file:line:col: message} strings. */
  static List<String> problems(ReadResult result) {
    assertThat(result).isInstanceOf(ReadResult.Rejected.class);
    return ((ReadResult.Rejected) result).diagnostics().stream().map(Diagnostic::toString).toList();
  }
}
