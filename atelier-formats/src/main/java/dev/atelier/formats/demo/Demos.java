package dev.atelier.formats.demo;

import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.product.DefinitionResult;
import dev.atelier.formats.yaml.NativeFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The demo product models shipped in this module's resources ({@code demo/<name>.yaml}), loadable
 * from the classpath. Stateless and thread-safe.
 */
public final class Demos {

  /** The demo names, in catalogue order. */
  public static final List<String> NAMES =
      List.of("bicycle", "pc", "sneakers", "jeans", "pizza", "shelving", "homeserver", "insurance");

  private Demos() {}

  /** The classpath resource of demo {@code name}. */
  public static String resource(String name) {
    return "/demo/" + name + ".yaml";
  }

  /** Reads demo {@code name}; diagnostics name it {@code demo:<name>}. */
  public static DefinitionResult load(String name) {
    String file = "demo:" + name;
    InputStream in = NAMES.contains(name) ? Demos.class.getResourceAsStream(resource(name)) : null;
    if (in == null) {
      return new DefinitionResult.Rejected(
          List.of(new Diagnostic(file, 1, 1, "no demo model '" + name + "'; known: " + NAMES)));
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return NativeFormat.readDefinition(reader, file);
    } catch (IOException e) {
      return new DefinitionResult.Rejected(
          List.of(new Diagnostic(file, 1, 1, "cannot read: " + e.getMessage())));
    }
  }
}
