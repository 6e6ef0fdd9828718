package dev.atelier.formats.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a product's {@code imports} find module libraries: a library {@code parts} in version
 * {@code 2} is the file {@code parts.v2.yaml}, looked up next to the importing file and then among
 * the libraries bundled on the classpath ({@code /library/parts.v2.yaml}). Implementations are
 * stateless and thread-safe.
 */
public interface ModuleLibraries {

  /** A library file's text and the name its diagnostics carry. */
  record Source(String file, String text) {}

  /** The text of {@code library} in {@code version}, if there is one. */
  Optional<Source> find(String library, int version);

  /** The file name of {@code library} in {@code version}: {@code parts.v2.yaml}. */
  static String fileName(String library, int version) {
    return library + ".v" + version + ".yaml";
  }

  /** The libraries bundled with Atelier (classpath {@code /library}). */
  static ModuleLibraries bundled() {
    return (library, version) -> {
      String resource = "/library/" + fileName(library, version);
      try (InputStream in = ModuleLibraries.class.getResourceAsStream(resource)) {
        if (in == null) {
          return Optional.empty();
        }
        return Optional.of(
            new Source(
                "library:" + fileName(library, version),
                new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        return Optional.empty();
      }
    };
  }

  /** Libraries in {@code directory}, then the bundled ones. */
  static ModuleLibraries directory(Path directory) {
    ModuleLibraries bundled = bundled();
    return (library, version) -> {
      Path file = directory.resolve(fileName(library, version));
      if (Files.isRegularFile(file)) {
        try {
          return Optional.of(
              new Source(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
          return Optional.empty();
        }
      }
      return bundled.find(library, version);
    };
  }
}
