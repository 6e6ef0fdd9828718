package dev.atelier.formats.uvl;

import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.IoProblems;
import dev.atelier.formats.ReadResult;
import dev.atelier.formats.featuremodel.FeatureModelMapper;
import dev.atelier.formats.featuremodel.FeatureTree;
import dev.atelier.formats.featuremodel.ModelInput;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads UVL (Universal Variability Language) feature models into a product model, following {@link
 * FeatureModelMapper}. Supported: {@code namespace}; {@code include} (accepted, not checked);
 * {@code imports} resolved relative to the importing file when read from a path; features with
 * plain or quoted names, {@code String} type (an optional text attribute), attributes ({@code
 * abstract}, numbers, strings, {@code constraint}/{@code constraints}; a numeric {@code
 * Price}/{@code cost} becomes the price, x 100 in minor units); groups {@code mandatory}, {@code
 * optional}, {@code alternative}, {@code or}, {@code [n..m]}, {@code [n]}, {@code [*]}; constraints
 * with {@code ! & | => <=>}, parentheses, and linear comparisons over feature attributes ({@code
 * F.attr} is the value when {@code F} is selected, else 0) and {@code sum(attr)}; feature
 * cardinality {@code F cardinality [a..b]} as a positional slot (see {@code ClonedFeatures} and
 * docs/model-format.md). Reported as unsupported, with position: Integer/Real features, unbounded
 * or cloned roots' cardinalities, products or quotients of attributes, {@code avg}, {@code len},
 * string comparisons. Gzip is read transparently.
 *
 * <p>Bad input never throws: every problem found by the lexer, parser and resolver is returned as a
 * {@link Diagnostic} with line and column (imported files name their own path). Stateless and
 * thread-safe.
 */
public final class UvlReader {

  private UvlReader() {}

  /** Reads the (possibly gzip-compressed) UVL file at {@code path}, resolving its imports. */
  public static ReadResult read(Path path) {
    String file = path.toString();
    if (Files.isDirectory(path)) {
      return ReadResult.rejected(new Diagnostic(file, 1, 1, "is a directory, not a model file"));
    }
    String source;
    try {
      source = ModelInput.readString(path);
    } catch (IOException e) {
      return ReadResult.rejected(
          new Diagnostic(file, 1, 1, "cannot read: " + IoProblems.describe(e)));
    }
    Path directory = path.toAbsolutePath().getParent();
    return read(source, file, directory);
  }

  /**
   * Reads UVL text from {@code reader}, reporting problems against {@code fileName}, from which the
   * model id is derived. Imports cannot be resolved and are reported. Does not close {@code
   * reader}.
   */
  public static ReadResult read(Reader reader, String fileName) {
    try {
      return read(ModelInput.readString(reader), fileName, null);
    } catch (IOException e) {
      return ReadResult.rejected(
          new Diagnostic(fileName, 1, 1, "cannot read: " + IoProblems.describe(e)));
    }
  }

  private static ReadResult read(String source, String file, Path directory) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    UvlDocument document = new UvlParser(source, file, diagnostics).parse();
    String modelId = ModelInput.modelId(file);
    FeatureTree tree = null;
    if (diagnostics.isEmpty()) {
      tree = new UvlResolver(diagnostics).resolve(document, file, directory, modelId);
    } else if (document.root() != null) {
      new UvlResolver(diagnostics).resolve(document, file, directory, modelId);
    }
    if (!diagnostics.isEmpty() || tree == null) {
      if (diagnostics.isEmpty()) {
        diagnostics.add(new Diagnostic(file, 1, 1, "no feature model found"));
      }
      diagnostics.sort(
          Comparator.comparing((Diagnostic d) -> !d.file().equals(file))
              .thenComparing(Diagnostic::file)
              .thenComparingInt(Diagnostic::line)
              .thenComparingInt(Diagnostic::column));
      return new ReadResult.Rejected(diagnostics);
    }
    return new ReadResult.Loaded(FeatureModelMapper.toProductModel(tree, modelId));
  }
}
