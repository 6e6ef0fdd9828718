package dev.atelier.formats.featuremodel;

import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.ReadResult;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps the XML feature-model readers (FeatureIDE, SXFM) share: parse the XML safely, let the
 * format build a {@link FeatureTree} from the root element, and map the tree to a product model
 * named after the file; any diagnostic rejects the file. Stateless and thread-safe.
 */
public final class XmlFeatureModels {

  private XmlFeatureModels() {}

  /** Builds one format's feature tree from a document's root element. */
  @FunctionalInterface
  public interface TreeBuilder {
    /**
     * The tree of {@code root}, or null when there is none; problems go to {@code problems}, and
     * any problem rejects the file.
     */
    FeatureTree build(XmlElement root, List<Diagnostic> problems);
  }

  /** Reads XML from {@code reader}, reporting problems against {@code fileName}. */
  public static ReadResult read(Reader reader, String fileName, TreeBuilder builder) {
    XmlDocument.Parsed parsed = XmlDocument.parse(reader, fileName);
    if (parsed instanceof XmlDocument.Parsed.Malformed malformed) {
      return ReadResult.rejected(malformed.diagnostic());
    }
    List<Diagnostic> problems = new ArrayList<>();
    FeatureTree tree = builder.build(((XmlDocument.Parsed.Ok) parsed).root(), problems);
    if (!problems.isEmpty() || tree == null) {
      return new ReadResult.Rejected(problems);
    }
    return new ReadResult.Loaded(
        FeatureModelMapper.toProductModel(tree, ModelInput.modelId(fileName)));
  }
}
