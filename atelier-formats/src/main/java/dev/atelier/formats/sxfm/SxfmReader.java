package dev.atelier.formats.sxfm;

import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.ReadResult;
import dev.atelier.formats.featuremodel.FeatureConstraint;
import dev.atelier.formats.featuremodel.FeatureModelMapper;
import dev.atelier.formats.featuremodel.FeatureTree;
import dev.atelier.formats.featuremodel.ModelInput;
import dev.atelier.formats.featuremodel.XmlElement;
import dev.atelier.formats.featuremodel.XmlFeatureModels;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads S.P.L.O.T. SXFM feature models: a {@code <feature_model name="...">} whose {@code
 * <feature_tree>} holds indented lines ({@code :r root}, {@code :m mandatory}, {@code :o optional},
 * {@code :g [min,max]} groups with {@code : member} lines, each optionally followed by {@code
 * (id)}) and whose {@code <constraints>} holds CNF clauses such as {@code c1: ~a or b} over feature
 * ids. Features become attributes named by their id (their name when they have none) and labelled
 * with their name, following {@link FeatureModelMapper}. Gzip-compressed files are read
 * transparently.
 *
 * <p>Bad input never throws: malformed XML, unknown elements, bad lines and references to unknown
 * features are all reported as {@link Diagnostic}s with line and column. Stateless and thread-safe.
 */
public final class SxfmReader {

  private SxfmReader() {}

  /** Reads the (possibly gzip-compressed) SXFM file at {@code path}. */
  public static ReadResult read(Path path) {
    return ModelInput.read(path, SxfmReader::read);
  }

  /**
   * Reads SXFM from {@code reader}, reporting problems against {@code fileName}, from which the
   * model id is derived. Does not close {@code reader}.
   */
  public static ReadResult read(Reader reader, String fileName) {
    return XmlFeatureModels.read(
        reader, fileName, (root, problems) -> tree(root, fileName, problems));
  }

  /** The feature tree of a {@code <feature_model>} element; null after a problem. */
  private static FeatureTree tree(XmlElement document, String fileName, List<Diagnostic> problems) {
    if (!document.name().equals("feature_model")) {
      problems.add(
          at(fileName, document, "expected <feature_model>, found <" + document.name() + ">"));
      return null;
    }
    XmlElement treeText = null;
    XmlElement constraintText = null;
    for (XmlElement child : document.children()) {
      switch (child.name()) {
        case "feature_tree" -> treeText = child;
        case "constraints" -> constraintText = child;
        case "meta" -> {
          // descriptive data only
        }
        default ->
            problems.add(
                at(fileName, child, "unknown element <" + child.name() + "> in <feature_model>"));
      }
    }
    if (treeText == null) {
      problems.add(at(fileName, document, "no <feature_tree> in <feature_model>"));
      return null;
    }
    SxfmTreeParser.Parsed tree = new SxfmTreeParser(fileName, problems).parse(treeText);
    List<FeatureConstraint> constraints =
        constraintText == null || tree == null
            ? List.of()
            : new SxfmConstraintParser(fileName, tree.featuresById(), problems)
                .parse(constraintText);
    if (!problems.isEmpty() || tree == null) {
      if (problems.isEmpty()) {
        problems.add(at(fileName, treeText, "the feature tree has no root feature (:r)"));
      }
      return null;
    }
    String name = document.attribute("name");
    return new FeatureTree(name == null ? tree.root().label() : name, tree.root(), constraints);
  }

  private static Diagnostic at(String file, XmlElement element, String message) {
    return new Diagnostic(file, element.line(), element.column(), message);
  }
}
