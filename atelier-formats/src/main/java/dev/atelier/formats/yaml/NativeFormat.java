package dev.atelier.formats.yaml;

import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.ReadResult;
import dev.atelier.formats.product.DefinitionResult;
import dev.atelier.formats.product.ProductDefinition;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The native model format: YAML (or JSON, which YAML 1.2 reads) describing a product family. See
 * docs/model-format.md. Reading never throws for bad input: it returns every problem as a {@code
 * file:line:col} diagnostic. Stateless and thread-safe.
 */
public final class NativeFormat {

  private NativeFormat() {}

  /** Reads the definition in {@code file} (gzip-compressed when it starts with the gzip magic). */
  public static DefinitionResult readDefinition(Path file) {
    String name = file.toString();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      in.mark(2);
      int b1 = in.read();
      int b2 = in.read();
      in.reset();
      InputStream body = b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in) : in;
      try (Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8)) {
        Path directory = file.toAbsolutePath().getParent();
        return readDefinition(
            reader,
            name,
            directory == null ? ModuleLibraries.bundled() : ModuleLibraries.directory(directory));
      }
    } catch (IOException e) {
      return rejected(name, "cannot read the file: " + e.getMessage());
    }
  }

  /**
   * Reads the definition from {@code reader}; {@code fileName} names it in diagnostics. Its imports
   * come from the directory of {@code fileName} when that is a path with an existing directory, and
   * from the bundled libraries.
   */
  public static DefinitionResult readDefinition(Reader reader, String fileName) {
    return readDefinition(reader, fileName, librariesNear(fileName));
  }

  private static ModuleLibraries librariesNear(String fileName) {
    try {
      Path parent = Path.of(fileName).toAbsolutePath().getParent();
      boolean isPath = Path.of(fileName).getParent() != null;
      return isPath && parent != null && Files.isDirectory(parent)
          ? ModuleLibraries.directory(parent)
          : ModuleLibraries.bundled();
    } catch (java.nio.file.InvalidPathException e) {
      return ModuleLibraries.bundled();
    }
  }

  /** Reads the definition from {@code reader}, its imports from {@code libraries}. */
  public static DefinitionResult readDefinition(
      Reader reader, String fileName, ModuleLibraries libraries) {
    String text;
    try {
      StringBuilder sb = new StringBuilder();
      char[] buffer = new char[8192];
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        sb.append(buffer, 0, n);
      }
      text = sb.toString();
    } catch (IOException e) {
      return rejected(fileName, "cannot read the file: " + e.getMessage());
    }
    return new NativeReader(fileName, text, libraries).read();
  }

  /** Reads the definition from a text. */
  public static DefinitionResult readDefinition(String text, String fileName) {
    return readDefinition(new StringReader(text), fileName);
  }

  /** Reads only the product model in {@code file}. */
  public static ReadResult read(Path file) {
    return readDefinition(file).toReadResult();
  }

  /** Reads only the product model from {@code reader}. */
  public static ReadResult read(Reader reader, String fileName) {
    return readDefinition(reader, fileName).toReadResult();
  }

  /** The definition as native YAML text; reading it back gives an equal definition. */
  public static String write(ProductDefinition definition) {
    return new NativeWriter(definition).write();
  }

  private static DefinitionResult rejected(String file, String message) {
    return new DefinitionResult.Rejected(List.of(new Diagnostic(file, 1, 1, message)));
  }
}
