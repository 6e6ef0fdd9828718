package dev.atelier.formats.uvl;

import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.IoProblems;
import dev.atelier.formats.featuremodel.ModelInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The imports of UVL documents: files relative to the importing file, read and parsed, at most
 * {@value #MAX_IMPORT_DEPTH} deep and never in a cycle. Collects every problem. Not thread-safe:
 * one per read.
 */
final class UvlImports {

  private static final int MAX_IMPORT_DEPTH = 32;

  private final List<Diagnostic> diagnostics;
  private final Set<Path> importing = new HashSet<>();

  UvlImports(List<Diagnostic> diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * The file of each import of {@code document} (read from {@code file} in {@code directory}, null
   * when not read from a file) by its alias; null for an import that cannot be resolved (reported).
   */
  Map<String, Path> targets(UvlDocument document, String file, Path directory) {
    Map<String, Path> imports = new LinkedHashMap<>();
    for (UvlDocument.Import i : document.imports()) {
      String alias = i.alias() != null ? i.alias() : String.join(".", i.path());
      if (directory == null) {
        report(
            file,
            i.line(),
            i.column(),
            "imports not supported when the model is not read "
                + "from a file: cannot resolve '"
                + String.join(".", i.path())
                + "'");
        imports.put(alias, null);
        continue;
      }
      Path target = directory.resolve(String.join("/", i.path()) + ".uvl").normalize();
      if (!Files.isRegularFile(target)) {
        report(
            file,
            i.line(),
            i.column(),
            "cannot resolve import '" + String.join(".", i.path()) + "': no file " + target);
        target = null;
      }
      imports.put(alias, target);
    }
    return imports;
  }

  /** Starts importing {@code target}; false when that would be a cycle or too deep. */
  boolean enter(Path target) {
    return importing.size() < MAX_IMPORT_DEPTH && importing.add(target);
  }

  /** Ends importing {@code target}. */
  void leave(Path target) {
    importing.remove(target);
  }

  /**
   * The document in {@code target} imported as {@code alias} with root {@code rootName} (the import
   * at {@code line}:{@code column} of {@code file}), or null after reporting why not.
   */
  UvlDocument read(Path target, String alias, String rootName, String file, int line, int column) {
    String source;
    try {
      source = ModelInput.readString(target);
    } catch (IOException e) {
      report(file, line, column, "cannot read import " + target + ": " + IoProblems.describe(e));
      return null;
    }
    UvlDocument document = new UvlParser(source, target.toString(), diagnostics).parse();
    if (document.root() == null || !document.root().name().equals(rootName)) {
      report(
          file,
          line,
          column,
          "imported model '"
              + alias
              + "' has root "
              + (document.root() == null ? "none" : "'" + document.root().name() + "'")
              + ", not '"
              + rootName
              + "'");
      return null;
    }
    return document;
  }

  private void report(String file, int line, int column, String message) {
    diagnostics.add(new Diagnostic(file, line, column, message));
  }
}
