package dev.atelier.formats;

import java.util.List;

/** The model file formats Atelier knows, with their usual file extensions. Immutable. */
public enum ModelFormat {
  /** Atelier's own format in YAML. */
  NATIVE_YAML("native YAML", List.of("yaml", "yml")),
  /** Atelier's own format in JSON. */
  NATIVE_JSON("native JSON", List.of("json")),
  /** Universal Variability Language. */
  UVL("UVL", List.of("uvl")),
  /** FeatureIDE's XML feature models (root element {@code featureModel}). */
  FEATUREIDE_XML("FeatureIDE XML", List.of()),
  /** S.P.L.O.T.'s simple XML feature models (root element {@code feature_model}). */
  SXFM("SXFM", List.of()),
  /** DIMACS CNF. */
  DIMACS("DIMACS CNF", List.of("dimacs", "cnf")),
  /** XCSP 2.1 instances (root element {@code instance}). */
  XCSP("XCSP 2.1", List.of());

  private final String displayName;
  private final List<String> extensions;

  ModelFormat(String displayName, List<String> extensions) {
    this.displayName = displayName;
    this.extensions = extensions;
  }

  /** The name people know the format by. */
  public String displayName() {
    return displayName;
  }

  /** Lower-case file extensions (without dot) that mean this format; XML formats have none. */
  public List<String> extensions() {
    return extensions;
  }
}
