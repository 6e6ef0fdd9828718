package dev.atelier.cli;

import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.ReadResult;
import dev.atelier.formats.dimacs.DimacsReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads the model a command names: a bundled demo ({@code demo:<name>}) or a file whose format is
 * told by its extension ({@code .dimacs}, {@code .cnf}, optionally followed by {@code .gz}) or,
 * failing that, by its content. Stateless and thread-safe.
 */
final class ModelLoader {

  /** Prefix of bundled demo models. */
  static final String DEMO_PREFIX = "demo:";

  /** The bundled demo models ({@code demo/<name>.dimacs} on the class path). */
  static final List<String> DEMOS = List.of("bike");

  private ModelLoader() {}

  /** The model named by {@code argument}, or every problem found. */
  static ReadResult load(String argument) {
    if (argument.startsWith(DEMO_PREFIX)) {
      return demo(argument);
    }
    Path path;
    try {
      path = Path.of(argument);
    } catch (InvalidPathException e) {
      return rejected(argument, "not a valid path: " + e.getReason());
    }
    if (hasDimacsExtension(path)
        || !Files.isRegularFile(path)
        || DimacsReader.looksLikeDimacs(path)) {
      return DimacsReader.read(path);
    }
    return rejected(
        argument,
        "unknown model format: expected DIMACS CNF (a .dimacs or .cnf file, optionally .gz,"
            + " or content starting with a 'p cnf' header)");
  }

  private static boolean hasDimacsExtension(Path path) {
    Path fileName = path.getFileName();
    String name = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    return name.endsWith(".dimacs") || name.endsWith(".cnf");
  }

  private static ReadResult demo(String argument) {
    String name = argument.substring(DEMO_PREFIX.length());
    InputStream in =
        DEMOS.contains(name)
            ? ModelLoader.class.getResourceAsStream("/demo/" + name + ".dimacs")
            : null;
    if (in == null) {
      return rejected(
          argument,
          "no demo model '"
              + name
              + "'; available: "
              + String.join(", ", DEMOS.stream().map(d -> DEMO_PREFIX + d).toList()));
    }
    try (InputStream stream = in) {
      return DimacsReader.read(stream, "demo/" + name + ".dimacs");
    } catch (IOException e) {
      return rejected(argument, "cannot read the demo model: " + e.getMessage());
    }
  }

  private static ReadResult rejected(String file, String message) {
    return ReadResult.rejected(new Diagnostic(file, 1, 1, message));
  }
}
