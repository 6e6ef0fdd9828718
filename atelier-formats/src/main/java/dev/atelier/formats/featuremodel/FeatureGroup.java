package dev.atelier.formats.featuremodel;

import java.util.List;
import java.util.Objects;

/**
 * A group of child features below one parent and how many of them the parent takes. Immutable and
 * thread-safe.
 *
 * @param kind the group semantics
 * @param min for {@link Kind#CARDINALITY}: fewest children selected with the parent
 * @param max for {@link Kind#CARDINALITY}: most children selected, or {@link #UNBOUNDED}
 * @param children the features of the group, at least one
 */
public record FeatureGroup(Kind kind, int min, int max, List<Feature> children) {

  /** {@link #max} meaning "no upper bound" ({@code *}). */
  public static final int UNBOUNDED = -1;

  public FeatureGroup {
    Objects.requireNonNull(kind, "kind");
    children = List.copyOf(children);
  }

  /** A group of {@code kind} without explicit bounds. */
  public static FeatureGroup of(Kind kind, List<Feature> children) {
    return new FeatureGroup(kind, 0, UNBOUNDED, children);
  }

  /** A group {@code [min..max]}. */
  public static FeatureGroup cardinality(int min, int max, List<Feature> children) {
    return new FeatureGroup(Kind.CARDINALITY, min, max, children);
  }

  /** Group semantics (every child always requires its parent). */
  public enum Kind {
    /** Each child is selected exactly when the parent is. */
    MANDATORY,
    /** Each child may be selected when the parent is. */
    OPTIONAL,
    /** The parent has exactly one child. */
    ALTERNATIVE,
    /** The parent has at least one child. */
    OR,
    /** The parent has between {@code min} and {@code max} children. */
    CARDINALITY
  }
}
