package dev.atelier.formats.featuremodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A feature model as read from UVL, FeatureIDE or SXFM: a tree of features with groups plus
 * cross-tree constraints. Feature names are unique. Immutable and thread-safe; turn it into a
 * product model with {@link FeatureModelMapper}.
 *
 * @param name the model name (used as the product label)
 * @param root the root feature, always selected
 * @param constraints cross-tree constraints in file order
 */
public record FeatureTree(String name, Feature root, List<FeatureConstraint> constraints) {

  public FeatureTree {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(root, "root");
    constraints = List.copyOf(constraints);
  }

  /** Every feature, parents before children, in file order. */
  public List<Feature> features() {
    List<Feature> all = new ArrayList<>();
    collect(root, all);
    return all;
  }

  private static void collect(Feature feature, List<Feature> into) {
    into.add(feature);
    for (FeatureGroup group : feature.groups()) {
      for (Feature child : group.children()) {
        collect(child, into);
      }
    }
  }
}
