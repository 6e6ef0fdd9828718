package dev.atelier.server.catalogue;

import dev.atelier.engine.model.ProductModel;
import dev.atelier.formats.ModelFormat;
import dev.atelier.formats.ReadResult;
import dev.atelier.formats.files.ModelFiles;
import dev.atelier.formats.files.ModelReaders;
import dev.atelier.formats.product.DefinitionResult;
import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.formats.yaml.NativeFormat;
import dev.atelier.server.http.Require;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A model as uploaded: its format name, the product id and version it is stored under, and its
 * source text. Reading it gives the same definition every time, so a source is compiled once per
 * {@link #digest()}. Immutable and thread-safe.
 *
 * @param format the format name, one of {@link #FORMATS}
 * @param product the product id (replaces the model's own for formats that have none)
 * @param version the version (likewise)
 * @param text the source text
 */
public record ModelSource(String format, String product, String version, String text) {

  /** The format names an upload may give, and what they mean. */
  public static final Map<String, ModelFormat> FORMATS = formats();

  public ModelSource {
    Require.nonNull("format product version text", format, product, version, text);
  }

  private static Map<String, ModelFormat> formats() {
    Map<String, ModelFormat> f = new LinkedHashMap<>();
    f.put("yaml", ModelFormat.NATIVE_YAML);
    f.put("json", ModelFormat.NATIVE_JSON);
    f.put("uvl", ModelFormat.UVL);
    f.put("featureide", ModelFormat.FEATUREIDE_XML);
    f.put("sxfm", ModelFormat.SXFM);
    f.put("dimacs", ModelFormat.DIMACS);
    f.put("xcsp", ModelFormat.XCSP);
    return java.util.Collections.unmodifiableMap(f);
  }

  /** Whether {@code format} names the native format, which carries its own id and version. */
  static boolean isNative(String format) {
    return format.equals("yaml") || format.equals("json");
  }

  /** The file name diagnostics of a {@code format} upload name. */
  static String fileName(String format) {
    return "upload." + format;
  }

  /**
   * Reads {@code text} of {@code format} (a key of {@link #FORMATS}); diagnostics name {@code
   * fileName}. Non-native models get a definition without presentation or production data.
   */
  static DefinitionResult read(String format, String text, String fileName) {
    ModelFormat f = FORMATS.get(format);
    if (f == null) {
      throw new IllegalArgumentException("unknown format " + format);
    }
    if (isNative(format)) {
      return NativeFormat.readDefinition(text, fileName);
    }
    ReadResult read = ModelFiles.read(text, fileName, Optional.of(f), ModelReaders.standard());
    if (read instanceof ReadResult.Loaded loaded) {
      return new DefinitionResult.Loaded(ProductDefinition.of(loaded.model()));
    }
    return new DefinitionResult.Rejected(((ReadResult.Rejected) read).diagnostics());
  }

  /**
   * {@code definition} under another product id and version. Only models of formats without ids are
   * renamed (native uploads must match), and those carry the model alone.
   */
  static ProductDefinition renamed(ProductDefinition definition, String product, String version) {
    ProductModel m = definition.model();
    if (m.id().equals(product) && m.version().equals(version)) {
      return definition;
    }
    return ProductDefinition.of(
        new ProductModel(
            product,
            version,
            m.label(),
            m.currency(),
            m.basePrice(),
            m.attributes(),
            m.constraints(),
            m.components(),
            m.facts()));
  }

  /** This source read, under its product id and version. */
  DefinitionResult read() {
    DefinitionResult read = read(format, text, fileName(format));
    return read instanceof DefinitionResult.Loaded loaded
        ? new DefinitionResult.Loaded(renamed(loaded.definition(), product, version))
        : read;
  }

  /** SHA-256 over format, product, version and text, in hex. */
  public String digest() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {format, product, version, text}) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
