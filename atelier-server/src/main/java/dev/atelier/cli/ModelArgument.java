package dev.atelier.cli;

import dev.atelier.engine.model.ProductModel;
import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.ModelFormat;
import dev.atelier.formats.ReadResult;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * Loads a command's MODEL argument and reports every diagnostic on standard error. Stateless and
 * thread-safe.
 */
final class ModelArgument {

  /** Help text of MODEL arguments. */
  static final String HELP =
      "A model file: native YAML/JSON, UVL, FeatureIDE XML, SXFM, DIMACS CNF or XCSP 2.1"
          + " (optionally .gz; detected from extension and content), or a bundled demo such as"
          + " demo:bicycle.";

  private ModelArgument() {}

  /** The model, or empty after printing its diagnostics to {@code err}. */
  static Optional<ProductModel> load(String argument, ModelFormat format, PrintWriter err) {
    ReadResult read = ModelLoader.load(argument, Optional.ofNullable(format));
    if (read instanceof ReadResult.Rejected rejected) {
      for (Diagnostic diagnostic : rejected.diagnostics()) {
        err.println(diagnostic);
      }
      err.flush();
      return Optional.empty();
    }
    return Optional.of(((ReadResult.Loaded) read).model());
  }
}
