package dev.atelier.formats.yaml;

import dev.atelier.engine.model.ModuleType;
import dev.atelier.formats.DidYouMean;
import dev.atelier.formats.product.ModuleStructure;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a product's {@code imports} ({@code [{library: parts, version: 2, modules: [drive]}]}):
 * finds each library file through {@link ModuleLibraries}, reads its {@code modules} like a
 * product's (problems are reported in the library file), and hands the named module types to the
 * product's {@link ModuleReader}. Not thread-safe; one instance per product file.
 */
final class LibraryImports {
  private static final List<String> IMPORT_KEYS = List.of("library", "version", "modules");
  private static final List<String> LIBRARY_KEYS =
      List.of("library", "version", "label", "modules");
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  private final Diagnostics d;
  private final ModuleLibraries libraries;
  private final int digits;
  private final List<ModuleStructure.Import> read = new java.util.ArrayList<>();

  LibraryImports(Diagnostics diagnostics, ModuleLibraries libraries, int currencyDigits) {
    this.d = diagnostics;
    this.libraries = libraries;
    this.digits = currencyDigits;
  }

  /** Reads every import of {@code section} into {@code modules}. */
  void read(Node section, ModuleReader modules) {
    for (Node item : Scalars.list(section, "imports", d)) {
      MappingView m = MappingView.of(item, "import", IMPORT_KEYS, d);
      if (m == null) {
        continue;
      }
      Node libraryNode = m.require("library");
      String library = libraryNode == null ? null : Scalars.text(libraryNode, "library", d);
      if (library != null && !NAME.matcher(library).matches()) {
        d.at(
            libraryNode,
            "a library name is lower-case letters, digits, - and _, found '" + library + "'");
        library = null;
      }
      Node versionNode = m.require("version");
      Integer version =
          versionNode == null ? null : Scalars.bounded(versionNode, "version", 1, 1_000_000, d);
      Node wanted = m.require("modules");
      if (library == null || version == null || wanted == null) {
        continue;
      }
      Optional<ModuleLibraries.Source> source = libraries.find(library, version);
      if (source.isEmpty()) {
        d.at(
            item,
            "no library '"
                + library
                + "' in version "
                + version
                + " (looked for "
                + ModuleLibraries.fileName(library, version)
                + " next to the model and among the bundled libraries)");
        continue;
      }
      ModuleReader content = library(source.get(), library, version);
      List<String> ids = new java.util.ArrayList<>();
      for (Node idNode : Scalars.list(wanted, "modules", d)) {
        String id = Scalars.id(idNode, "module", d);
        ModuleType type = id == null || content == null ? null : content.defined(id);
        if (id != null && content != null && type == null) {
          d.at(
              idNode,
              DidYouMean.hint(
                  "library '" + library + "' version " + version + " has no module '" + id + "'",
                  id,
                  content.defined()));
        } else if (type != null) {
          modules.imported(type, idNode);
          ids.add(id);
        }
      }
      read.add(new ModuleStructure.Import(library, version, ids));
    }
  }

  /** The imports read, in file order (each with the modules found). */
  List<ModuleStructure.Import> imports() {
    return List.copyOf(read);
  }

  /** The modules of one library file; null when it cannot be read at all. */
  private ModuleReader library(ModuleLibraries.Source source, String library, int version) {
    Diagnostics ld = new Diagnostics(source.file(), source.text());
    ModuleReader content = null;
    Optional<Node> root = YamlSource.parse(source.text(), ld);
    MappingView m = root.map(r -> MappingView.of(r, "the library", LIBRARY_KEYS, ld)).orElse(null);
    if (m != null) {
      Node nameNode = m.require("library");
      String name = nameNode == null ? null : Scalars.text(nameNode, "library", ld);
      if (name != null && !name.equals(library)) {
        ld.at(nameNode, "this file defines library '" + name + "', not '" + library + "'");
      }
      Node versionNode = m.require("version");
      Integer v =
          versionNode == null ? null : Scalars.bounded(versionNode, "version", 1, 1_000_000, ld);
      if (v != null && v != version) {
        ld.at(versionNode, "this file is version " + v + " of the library, not " + version);
      }
      if (m.has("label")) {
        m.label(library);
      }
      content = new ModuleReader(ld, digits, Map.of());
      content.read(m.require("modules"));
    }
    d.addAll(ld.sorted());
    return ld.isEmpty() ? content : null;
  }
}
