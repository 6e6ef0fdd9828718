package dev.atelier.formats.featuremodel;

import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.ExprNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each feature of a tree lives among its clones: the chain of cloned features above it,
 * outermost first, and so the clone (scope) whose instances hold it; {@link #ROOT} for none. Built
 * once per tree; not thread-safe.
 */
final class CloneScopes {

  /** The scope outside every clone. */
  static final String ROOT = "";

  private final Map<String, Feature> byName = new LinkedHashMap<>();
  private final Map<String, List<Feature>> chains = new HashMap<>();

  CloneScopes(FeatureTree tree) {
    walk(tree.root(), List.of());
  }

  /** Every feature, in tree order (depth first). */
  Collection<Feature> features() {
    return byName.values();
  }

  private void walk(Feature f, List<Feature> chain) {
    byName.put(f.name(), f);
    chains.put(f.name(), chain);
    List<Feature> inner = chain;
    if (f.clones() != null) {
      inner = new ArrayList<>(chain);
      inner.add(f);
    }
    for (FeatureGroup g : f.groups()) {
      for (Feature c : g.children()) {
        walk(c, inner);
      }
    }
  }

  /** The clone whose instances hold {@code name} (the root scope for none). */
  String scope(String name) {
    List<Feature> chain = chains.get(name);
    return chain == null || chain.isEmpty() ? ROOT : chain.get(chain.size() - 1).name();
  }

  private List<Feature> chain(String scope) {
    if (scope.equals(ROOT)) {
      return List.of();
    }
    List<Feature> chain = new ArrayList<>(chains.get(scope));
    chain.add(byName.get(scope));
    return chain;
  }

  /** The most instances of clone {@code name}, or null when it is no clone. */
  Integer cloneMax(String name) {
    Feature f = byName.get(name);
    return f == null || f.clones() == null ? null : f.clones().max();
  }

  /** The deepest clone holding every feature {@code expr} names (their common clone prefix). */
  String scopeOf(Expr expr) {
    List<Feature> common = null;
    for (String n : ExprNames.of(expr)) {
      List<Feature> chain = chains.getOrDefault(n, List.of());
      if (common == null) {
        common = chain;
      } else {
        int k = 0;
        while (k < common.size() && k < chain.size() && common.get(k) == chain.get(k)) {
          k++;
        }
        common = common.subList(0, k);
      }
    }
    return common == null || common.isEmpty() ? ROOT : common.get(common.size() - 1).name();
  }

  /** The clones between {@code scope} and the place of {@code name}, outermost first. */
  List<CloneReads.Level> relative(String name, String scope) {
    List<Feature> chain = chains.getOrDefault(name, List.of());
    int from = chain(scope).size();
    List<CloneReads.Level> levels = new ArrayList<>();
    for (int k = from; k < chain.size(); k++) {
      levels.add(new CloneReads.Level(chain.get(k).name(), chain.get(k).clones().max()));
    }
    return levels;
  }
}
