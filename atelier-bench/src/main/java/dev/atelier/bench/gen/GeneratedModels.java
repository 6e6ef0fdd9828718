package dev.atelier.bench.gen;

import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.ReadResult;
import dev.atelier.formats.dimacs.DimacsReader;
import dev.atelier.formats.xcsp.XcspReader;
import dev.atelier.formats.yaml.NativeFormat;
import java.io.StringReader;

/**
 * Reads a generated model ({@code gen:tables:...}, {@code gen:kconfig:...}, {@code
 * gen:automotive:...}, {@code gen:productdoc:...}, {@code gen:modular:...}) through the same
 * readers as a model file, so a generated model is measured exactly as a real one of its kind.
 * Stateless and thread-safe.
 */
public final class GeneratedModels {

  /** The families and what they resemble. */
  public static final String FAMILIES =
      "tables (XCSP, like Renault), kconfig (DIMACS, like Linux), automotive (DIMACS),"
          + " productdoc (DIMACS, like automotive product documentation), modular"
          + " (native YAML with a module slot)";

  private GeneratedModels() {}

  /** The text (XCSP or DIMACS) of the generated model, or an {@link IllegalArgumentException}. */
  public static String text(GeneratorSpec spec) {
    return switch (spec.family()) {
      case "tables" -> TableModels.generate(spec);
      case "kconfig" -> KconfigModels.generate(spec);
      case "automotive" -> AutomotiveModels.generate(spec);
      case "productdoc" -> ProductDocModels.generate(spec);
      case "modular" -> ModularModels.generate(spec);
      default ->
          throw new IllegalArgumentException(
              "no generated family '" + spec.family() + "'; available: " + FAMILIES);
    };
  }

  /** Generates and reads the model {@code argument} names; rejected with a diagnostic when bad. */
  public static ReadResult read(String argument) {
    GeneratorSpec spec = GeneratorSpec.parse(argument).orElse(null);
    if (spec == null) {
      return ReadResult.rejected(
          new Diagnostic(argument, 1, 1, "expected gen:FAMILY[:key=value,...]; " + FAMILIES));
    }
    String text;
    try {
      text = text(spec);
    } catch (IllegalArgumentException e) {
      return ReadResult.rejected(new Diagnostic(argument, 1, 1, e.getMessage()));
    }
    String name = "generated-" + spec.family();
    return switch (spec.family()) {
      case "tables" -> XcspReader.read(new StringReader(text), name + ".xml");
      case "modular" -> NativeFormat.read(new StringReader(text), name + ".yaml");
      default -> DimacsReader.read(new StringReader(text), name + ".dimacs");
    };
  }
}
