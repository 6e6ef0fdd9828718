package dev.atelier.bench.gen;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A generated model named on the command line: {@code gen:FAMILY:key=value,...}, e.g. {@code
 * gen:tables:vars=200,width=12,seed=1}. Immutable.
 *
 * @param family the family ({@code tables}, {@code kconfig} or {@code automotive})
 * @param parameters the sizes and the seed, as given
 */
public record GeneratorSpec(String family, Map<String, String> parameters) {

  /** Prefix of generated models. */
  public static final String PREFIX = "gen:";

  public GeneratorSpec {
    parameters = Map.copyOf(parameters);
  }

  /** Parses {@code gen:FAMILY[:k=v,...]}; empty when the text is not of that shape. */
  public static Optional<GeneratorSpec> parse(String text) {
    if (!text.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String rest = text.substring(PREFIX.length());
    int colon = rest.indexOf(':');
    String family = colon < 0 ? rest : rest.substring(0, colon);
    Map<String, String> parameters = new LinkedHashMap<>();
    if (colon >= 0 && colon + 1 < rest.length()) {
      for (String pair : rest.substring(colon + 1).split(",")) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          return Optional.empty();
        }
        parameters.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
      }
    }
    return family.isEmpty() ? Optional.empty() : Optional.of(new GeneratorSpec(family, parameters));
  }

  /**
   * An integer parameter, or {@code fallback}; a malformed value is an {@link
   * IllegalArgumentException}.
   */
  public int integer(String name, int fallback) {
    String v = parameters.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be an integer, not '" + v + "'", e);
    }
  }

  /** A decimal parameter, or {@code fallback}. */
  public double decimal(String name, double fallback) {
    String v = parameters.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, not '" + v + "'", e);
    }
  }
}
