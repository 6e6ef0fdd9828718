package dev.atelier.cli;

import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.IoProblems;
import dev.atelier.formats.ModelFormat;
import dev.atelier.formats.ReadResult;
import dev.atelier.formats.demo.Demos;
import dev.atelier.formats.dimacs.DimacsReader;
import dev.atelier.formats.files.ModelFiles;
import dev.atelier.formats.product.DefinitionResult;
import dev.atelier.formats.product.ModuleStructure;
import dev.atelier.formats.yaml.NativeFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the model a command names: a bundled demo ({@code demo:<name>}) or a file in any supported
 * format, detected from its extension and content unless {@code --format} says otherwise ({@code
 * .gz} is read transparently). Stateless and thread-safe.
 */
final class ModelLoader {

  /** Prefix of bundled demo models. */
  static final String DEMO_PREFIX = "demo:";

  /** The bundled DIMACS demo (the native-format demos come from {@link Demos}). */
  private static final String DIMACS_DEMO = "bike";

  private ModelLoader() {}

  /** The demo names, with their prefix. */
  static List<String> demos() {
    List<String> names = new ArrayList<>();
    names.add(DEMO_PREFIX + DIMACS_DEMO);
    Demos.NAMES.forEach(n -> names.add(DEMO_PREFIX + n));
    return names;
  }

  /** The model named by {@code argument}, or every problem found. */
  static ReadResult load(String argument, Optional<ModelFormat> format) {
    if (argument.startsWith(DEMO_PREFIX)) {
      return demo(argument);
    }
    try {
      return ModelFiles.read(Path.of(argument), format);
    } catch (InvalidPathException e) {
      return rejected(argument, "not a valid path: " + e.getReason());
    }
  }

  /**
   * The modular form (imports, slots, module types) of a bundled demo or a native YAML/JSON file;
   * empty for other formats and for files that do not read.
   */
  static Optional<ModuleStructure> modules(String argument) {
    DefinitionResult read;
    if (argument.startsWith(DEMO_PREFIX)) {
      read = Demos.load(argument.substring(DEMO_PREFIX.length()));
    } else {
      String name = argument.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
      if (!(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))) {
        return Optional.empty();
      }
      try {
        read = NativeFormat.readDefinition(Path.of(argument));
      } catch (InvalidPathException e) {
        return Optional.empty();
      }
    }
    return read instanceof DefinitionResult.Loaded loaded
        ? Optional.of(loaded.definition().modules())
        : Optional.empty();
  }

  private static ReadResult demo(String argument) {
    String name = argument.substring(DEMO_PREFIX.length());
    if (Demos.NAMES.contains(name)) {
      return Demos.load(name).toReadResult();
    }
    InputStream in =
        DIMACS_DEMO.equals(name)
            ? ModelLoader.class.getResourceAsStream("/demo/" + name + ".dimacs")
            : null;
    if (in == null) {
      return rejected(
          argument, "no demo model '" + name + "'; available: " + String.join(", ", demos()));
    }
    try (InputStream stream = in) {
      return DimacsReader.read(stream, "demo/" + name + ".dimacs");
    } catch (IOException e) {
      return rejected(argument, "cannot read the demo model: " + IoProblems.describe(e));
    }
  }

  private static ReadResult rejected(String file, String message) {
    return ReadResult.rejected(new Diagnostic(file, 1, 1, message));
  }
}
