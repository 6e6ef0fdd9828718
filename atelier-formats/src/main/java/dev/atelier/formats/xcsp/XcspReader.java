package dev.atelier.formats.xcsp;

import dev.atelier.engine.model.ProductModel;
import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.ReadResult;
import dev.atelier.formats.SourceText;
import dev.atelier.formats.TextFiles;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads XCSP 2.1 instances with extensional constraints (domains, variables, relations with
 * supports or conflicts semantics, constraints referring to them) into a {@link ProductModel}; see
 * {@link XcspModelBuilder} for the mapping, including the joker value {@code -1} of optional
 * variables. Never throws for bad input: every problem found is returned as a diagnostic. Stateless
 * and thread-safe.
 */
public final class XcspReader {

  private XcspReader() {}

  /** Reads the (possibly gzip-compressed) XCSP file at {@code path}. */
  public static ReadResult read(Path path) {
    return fromText(TextFiles.read(path), path.toString());
  }

  /** Reads XCSP text from {@code reader}, reporting problems against {@code fileName}. */
  public static ReadResult read(Reader reader, String fileName) {
    return fromText(TextFiles.readAll(reader, fileName), fileName);
  }

  private static ReadResult fromText(TextFiles.Outcome outcome, String fileName) {
    if (outcome instanceof TextFiles.Text t) {
      return read(t.text(), fileName);
    }
    return ReadResult.rejected(((TextFiles.Unreadable) outcome).diagnostic());
  }

  private static ReadResult read(String text, String fileName) {
    SourceText source = SourceText.of(text);
    XcspParser parser = new XcspParser(source, fileName);
    XcspDocument doc = parser.parse();
    List<Diagnostic> diagnostics = new ArrayList<>(parser.diagnostics());
    XcspModelBuilder builder = new XcspModelBuilder(source, fileName);
    String id = doc.name().isBlank() ? modelId(fileName) : doc.name().trim();
    ProductModel model = builder.build(doc, id);
    diagnostics.addAll(builder.diagnostics());
    if (diagnostics.isEmpty()) {
      return new ReadResult.Loaded(model);
    }
    diagnostics.sort(
        Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
    return new ReadResult.Rejected(diagnostics);
  }

  /** The file name without directories and extensions ("medium" for "a/medium.xml.gz"). */
  static String modelId(String fileName) {
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.indexOf('.');
    String id = dot > 0 ? name.substring(0, dot) : name;
    return id.isBlank() ? "xcsp" : id;
  }
}
