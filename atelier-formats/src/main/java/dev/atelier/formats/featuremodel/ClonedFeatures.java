package dev.atelier.formats.featuremodel;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Component;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.ExprNames;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ModelBuilder;
import dev.atelier.engine.model.ModuleType;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.Slot;
import dev.atelier.engine.model.Slots;
import dev.atelier.engine.model.TextAttribute;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a feature tree with feature cardinalities ({@code F cardinality [a..b]}) to a product model
 * with one positional {@link Slot} per cloned feature: the slot's count (named like the feature)
 * ranges over {@code 0} and {@code a..b} ({@code 0} only while {@code F}'s parent is deselected or
 * {@code F} is not mandatory); {@code F} is selected when the count is at least 1; each instance
 * holds {@code F}'s subtree (below {@code F}) under the tree's own rules. A cross-tree constraint
 * lives in the deepest clone whose subtree holds all its cloned features and holds in every
 * instance there; a cloned feature named from outside its clone reads "some instance has it" (in
 * arithmetic: the sum over instances). Stateless apart from one mapping; not thread-safe.
 */
final class ClonedFeatures {

  private static final String ROOT = "";

  private final FeatureTree tree;
  private final Map<String, Feature> byName = new LinkedHashMap<>();
  private final Map<String, List<Feature>> chains = new HashMap<>();
  private final Map<String, List<Constraint>> rules = new HashMap<>();
  private final Map<String, Slot> slots = new HashMap<>();

  private ClonedFeatures(FeatureTree tree) {
    this.tree = tree;
  }

  /** Whether {@code tree} has a cloned feature. */
  static boolean hasClones(FeatureTree tree) {
    return tree.features().stream().anyMatch(f -> f.clones() != null);
  }

  /** The product model of {@code tree} with its clones as slots. */
  static ProductModel map(FeatureTree tree, String modelId) {
    return new ClonedFeatures(tree).model(modelId);
  }

  private ProductModel model(String modelId) {
    walk(tree.root(), List.of());
    Feature root = tree.root();
    rule(
        ROOT,
        new Constraint.Rule(
            "root", text("'" + root.name() + "' is always selected"), sel(root, ROOT)));
    for (Feature parent : byName.values()) {
      treeRules(parent);
    }
    int number = 0;
    for (FeatureConstraint c : tree.constraints()) {
      number++;
      String scope = scopeOf(c.expr());
      Expr expr = CloneReads.rewrite(c.expr(), name -> relative(name, scope), this::cloneMax);
      rule(
          scope,
          new Constraint.Rule("constraint:" + number, text("Constraint: " + c.text()), expr));
    }
    ModelBuilder builder = ProductModel.builder(modelId).label(LocalizedText.of(tree.name()));
    attributes(ROOT).forEach(builder::attribute);
    rules.getOrDefault(ROOT, List.of()).forEach(builder::constraint);
    return Slots.flatten(builder.build(), nested(ROOT));
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
  private String scope(String name) {
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

  private Integer cloneMax(String name) {
    Feature f = byName.get(name);
    return f == null || f.clones() == null ? null : f.clones().max();
  }

  /** The deepest clone holding every feature {@code expr} names (their common clone prefix). */
  private String scopeOf(Expr expr) {
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
  private List<CloneReads.Level> relative(String name, String scope) {
    List<Feature> chain = chains.getOrDefault(name, List.of());
    int from = chain(scope).size();
    List<CloneReads.Level> levels = new ArrayList<>();
    for (int k = from; k < chain.size(); k++) {
      levels.add(new CloneReads.Level(chain.get(k).name(), chain.get(k).clones().max()));
    }
    return levels;
  }

  private void treeRules(Feature parent) {
    int groupNumber = 0;
    for (FeatureGroup group : parent.groups()) {
      groupNumber++;
      String scope = ROOT;
      for (Feature child : group.children()) {
        scope = scope(child.name());
        if (!parent.name().equals(scope)) {
          rule(
              scope,
              new Constraint.Requires(
                  "parent:" + child.name(),
                  text("'" + child.name() + "' requires its parent '" + parent.name() + "'"),
                  sel(child, scope),
                  sel(parent, scope)));
        }
        if (group.kind() == FeatureGroup.Kind.MANDATORY) {
          Expr needed =
              child.clones() == null ? sel(child, scope) : atLeast(child, child.clones().min());
          rule(
              scope,
              new Constraint.Rule(
                  "mandatory:" + child.name(),
                  text("'" + parent.name() + "' always includes '" + child.name() + "'"),
                  new Expr.Implies(sel(parent, scope), needed)));
        }
        if (child.clones() != null && child.clones().min() >= 2) {
          rule(
              scope,
              new Constraint.Rule(
                  "cardinality:" + child.name(),
                  text(
                      "'"
                          + child.name()
                          + "' occurs "
                          + child.clones().min()
                          + " to "
                          + child.clones().max()
                          + " times or not at all"),
                  new Expr.Implies(sel(child, scope), atLeast(child, child.clones().min()))));
        }
      }
      List<Expr> selected = new ArrayList<>();
      for (Feature child : group.children()) {
        selected.add(sel(child, scope));
      }
      Constraint.Rule groupRule =
          FeatureModelMapper.groupRule(parent, group, groupNumber, selected, sel(parent, scope));
      if (groupRule != null) {
        rule(scope, groupRule);
      }
    }
  }

  /** "{@code f} is selected" inside {@code scope}: true for the clone itself, count >= 1. */
  private static Expr sel(Feature f, String scope) {
    if (f.clones() != null) {
      return f.name().equals(scope) ? Expr.TRUE : atLeast(f, 1);
    }
    return FeatureModelMapper.selected(f);
  }

  private static Expr atLeast(Feature clone, int n) {
    if (n <= 0) {
      return Expr.TRUE;
    }
    return CloneReads.atLeast(clone.name(), n, clone.clones().max());
  }

  private void rule(String scope, Constraint c) {
    rules.computeIfAbsent(scope, s -> new ArrayList<>()).add(c);
  }

  private List<Attribute> attributes(String scope) {
    List<Attribute> attributes = new ArrayList<>();
    for (Feature f : byName.values()) {
      if (f.clones() == null && scope(f.name()).equals(scope)) {
        LocalizedText label = LocalizedText.of(f.label());
        attributes.add(
            f.type() == Feature.FeatureType.STRING
                ? new TextAttribute(f.name(), label, 1000, "", true, f.priceWhenSelected())
                : new BooleanAttribute(f.name(), label, false, f.priceWhenSelected()));
      }
    }
    return attributes;
  }

  /** The slots of the clones directly inside {@code scope}, their own nested slots built first. */
  private List<Slot> nested(String scope) {
    List<Slot> inside = new ArrayList<>();
    for (Feature f : byName.values()) {
      if (f.clones() != null && scope(f.name()).equals(scope)) {
        Slot built = slots.get(f.name());
        if (built == null) {
          built = slot(f);
          slots.put(f.name(), built);
        }
        inside.add(built);
      }
    }
    return inside;
  }

  private Slot slot(Feature clone) {
    ModuleType module =
        new ModuleType(
            clone.name(),
            LocalizedText.of(clone.label()),
            attributes(clone.name()),
            rules.getOrDefault(clone.name(), List.of()),
            clone.priceWhenSelected() == 0
                ? List.of()
                : List.of(
                    new Component(
                        clone.name(),
                        LocalizedText.of(clone.label()),
                        clone.priceWhenSelected(),
                        1,
                        Expr.TRUE)),
            nested(clone.name()));
    return new Slot(
        clone.name(),
        LocalizedText.of("Number of " + clone.label()),
        module,
        0,
        clone.clones().max(),
        false);
  }

  private static LocalizedText text(String text) {
    return LocalizedText.of(text);
  }
}
