package dev.atelier.formats.featureide;

import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.ReadResult;
import dev.atelier.formats.featuremodel.FeatureModelMapper;
import dev.atelier.formats.featuremodel.FeatureTree;
import dev.atelier.formats.featuremodel.ModelInput;
import dev.atelier.formats.featuremodel.XmlFeatureModels;
import java.io.Reader;
import java.nio.file.Path;

/**
 * Reads FeatureIDE XML feature models ({@code <featureModel>} or {@code <extendedFeatureModel>}
 * with a {@code <struct>} of {@code and}/{@code or}/{@code alt}/{@code feature} elements and {@code
 * <constraints>} of {@code <rule>}s over {@code imp}, {@code eq}, {@code conj}, {@code disj},
 * {@code not}, {@code atmost1} and {@code var}) into a product model, following {@link
 * FeatureModelMapper}. A numeric {@code <attribute name="Price">} (or {@code cost}) becomes the
 * feature's price in minor units (value x 100). Properties, descriptions, graphics and calculations
 * are ignored. Gzip-compressed files are read transparently.
 *
 * <p>Bad input never throws: malformed XML, unknown elements, duplicate features and references to
 * unknown features are all reported as {@link Diagnostic}s with line and column. Stateless and
 * thread-safe.
 */
public final class FeatureIdeReader {

  private FeatureIdeReader() {}

  /** Reads the (possibly gzip-compressed) FeatureIDE file at {@code path}. */
  public static ReadResult read(Path path) {
    return ModelInput.read(path, FeatureIdeReader::read);
  }

  /**
   * Reads FeatureIDE XML from {@code reader}, reporting problems against {@code fileName}, from
   * which the model id is derived. Does not close {@code reader}.
   */
  public static ReadResult read(Reader reader, String fileName) {
    return XmlFeatureModels.read(
        reader,
        fileName,
        (root, problems) -> {
          FeatureIdeParser parser = new FeatureIdeParser(fileName);
          FeatureTree tree = parser.parse(root);
          problems.addAll(parser.diagnostics());
          return tree;
        });
  }
}
