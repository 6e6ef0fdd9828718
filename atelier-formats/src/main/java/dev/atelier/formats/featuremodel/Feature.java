package dev.atelier.formats.featuremodel;

import java.util.List;
import java.util.Objects;

/**
 * One feature of a feature tree with its child groups. Immutable and thread-safe.
 *
 * @param name unique name, used as the attribute id
 * @param label what people read (often the name)
 * @param abstractFeature whether the feature is abstract (it is still a variable)
 * @param type how the feature is represented: a yes/no choice or a text that is given or not
 * @param priceWhenSelected price added when the feature is selected, in minor units
 * @param groups child groups in file order
 * @param clones for a UVL {@code F cardinality [a..b]}: how many instances of the feature and its
 *     subtree a configuration has; null for an ordinary feature
 */
public record Feature(
    String name,
    String label,
    boolean abstractFeature,
    FeatureType type,
    long priceWhenSelected,
    List<FeatureGroup> groups,
    Clones clones) {

  public Feature {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    groups = List.copyOf(groups);
  }

  /** An ordinary feature (not cloned). */
  public Feature(
      String name,
      String label,
      boolean abstractFeature,
      FeatureType type,
      long priceWhenSelected,
      List<FeatureGroup> groups) {
    this(name, label, abstractFeature, type, priceWhenSelected, groups, null);
  }

  /**
   * A feature cardinality {@code [min..max]}: the feature with its subtree occurs {@code min} to
   * {@code max} times (or not at all where the feature is optional).
   */
  public record Clones(int min, int max) {}

  /** A concrete boolean feature without price and children. */
  public static Feature leaf(String name) {
    return new Feature(name, name, false, FeatureType.BOOLEAN, 0, List.of());
  }

  /** The representation of a feature in a product model. */
  public enum FeatureType {
    /** A boolean attribute: selected when true. */
    BOOLEAN,
    /** An optional text attribute: selected when a text is given. */
    STRING
  }
}
