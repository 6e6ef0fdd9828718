package dev.atelier.formats;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Guesses a model file's format from its name ({@code .gz} stripped) and, for XML or unknown
 * extensions, from its content: the XML root element, a JSON opening bracket, a DIMACS header, a
 * UVL {@code features} block or a YAML mapping. Stateless and thread-safe.
 */
public final class FormatDetector {

  private static final Pattern YAML_KEY = Pattern.compile("[A-Za-z_][\\w.-]*\\s*:(\\s.*)?");
  private static final Pattern UVL_START =
      Pattern.compile("(features|namespace|imports|include)(\\s.*)?");
  private static final Pattern DIMACS_START = Pattern.compile("(c(\\s.*)?|p\\s+cnf(\\s.*)?)");

  private FormatDetector() {}

  /**
   * The outcome of detection.
   *
   * @param format the detected format, empty when none was recognized
   * @param tried what was looked at, in words (for the diagnostic when nothing matched)
   */
  public record Detection(Optional<ModelFormat> format, String tried) {}

  /** Detects the format of {@code text} read from {@code fileName}. */
  public static Detection detect(String fileName, String text) {
    String name = baseName(fileName).toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    for (ModelFormat f : ModelFormat.values()) {
      if (f.extensions().contains(ext)) {
        return new Detection(Optional.of(f), "extension ." + ext);
      }
    }
    String root = rootElement(text);
    if (ext.equals("xml") || root != null) {
      Optional<ModelFormat> byRoot = byRoot(root);
      String tried =
          root == null
              ? "an XML file without a root element"
              : "XML root element <"
                  + root
                  + "> (known: featureModel or extendedFeatureModel = FeatureIDE, feature_model = SXFM,"
                  + " instance = XCSP)";
      return new Detection(byRoot, tried);
    }
    Optional<ModelFormat> sniffed = sniff(text);
    String tried =
        (ext.isEmpty() ? "no file extension" : "extension ." + ext + " (not a model extension)")
            + "; content is not XML, JSON, a DIMACS header, UVL or a YAML mapping"
            + " (known extensions: .yaml .yml .json .uvl .xml .dimacs .cnf, optionally .gz)";
    return new Detection(sniffed, sniffed.isPresent() ? "content" : tried);
  }

  private static Optional<ModelFormat> byRoot(String root) {
    if (root == null) {
      return Optional.empty();
    }
    return switch (root) {
      case "featureModel", "extendedFeatureModel" -> Optional.of(ModelFormat.FEATUREIDE_XML);
      case "feature_model" -> Optional.of(ModelFormat.SXFM);
      case "instance" -> Optional.of(ModelFormat.XCSP);
      default -> Optional.empty();
    };
  }

  private static Optional<ModelFormat> sniff(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String trimmed = t.stripLeading();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      return Optional.of(ModelFormat.NATIVE_JSON);
    }
    String first = firstLine(t, "#");
    if (first != null && DIMACS_START.matcher(first).matches()) {
      return Optional.of(ModelFormat.DIMACS);
    }
    String firstUvl = firstLine(t, "//");
    if (firstUvl != null && UVL_START.matcher(firstUvl).matches()) {
      return Optional.of(ModelFormat.UVL);
    }
    if (trimmed.startsWith("---") || (first != null && YAML_KEY.matcher(first).matches())) {
      return Optional.of(ModelFormat.NATIVE_YAML);
    }
    return Optional.empty();
  }

  /** The first line that is neither blank nor a comment starting with {@code comment}. */
  private static String firstLine(String text, String comment) {
    int start = 0;
    int scanned = 0;
    while (start < text.length() && scanned++ < 1000) {
      int end = text.indexOf('\n', start);
      String line = text.substring(start, end < 0 ? text.length() : end).strip();
      if (!line.isEmpty() && !line.startsWith(comment)) {
        return line;
      }
      if (end < 0) {
        break;
      }
      start = end + 1;
    }
    return null;
  }

  /** The local name of the XML root element, or null when the text does not start as XML. */
  static String rootElement(String text) {
    int i = 0;
    int n = Math.min(text.length(), 1 << 20);
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\uFEFF') {
        i++;
      } else if (text.startsWith("<?", i)) {
        i = skipPast(text, i, "?>");
      } else if (text.startsWith("<!--", i)) {
        i = skipPast(text, i, "-->");
      } else if (text.startsWith("<!", i)) {
        i = skipPast(text, i, ">");
      } else if (c == '<') {
        int start = ++i;
        while (i < n && isNameChar(text.charAt(i))) {
          i++;
        }
        String qname = text.substring(start, i);
        String local = qname.substring(qname.indexOf(':') + 1);
        return local.isEmpty() ? null : local;
      } else {
        return null;
      }
    }
    return null;
  }

  private static int skipPast(String text, int from, String end) {
    int j = text.indexOf(end, from);
    return j < 0 ? text.length() : j + end.length();
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':';
  }

  private static String baseName(String fileName) {
    String s = fileName.replace('\\', '/');
    return s.substring(s.lastIndexOf('/') + 1);
  }
}
