package dev.atelier.formats.featuremodel;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Component;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ModelBuilder;
import dev.atelier.engine.model.ModuleType;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.Slot;
import dev.atelier.engine.model.Slots;
import dev.atelier.engine.model.TextAttribute;
import java.util.ArrayList;
import java.util.HashMap;
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

  private static final String ROOT = CloneScopes.ROOT;

  private final FeatureTree tree;
  private final CloneScopes scopes;
  private final Map<String, List<Constraint>> rules = new HashMap<>();
  private final Map<String, Slot> slots = new HashMap<>();

  private ClonedFeatures(FeatureTree tree) {
    this.tree = tree;
    this.scopes = new CloneScopes(tree);
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
    Feature root = tree.root();
    rule(
        ROOT,
        new Constraint.Rule(
            "root", text("'" + root.name() + "' is always selected"), sel(root, ROOT)));
    for (Feature parent : scopes.features()) {
      treeRules(parent);
    }
    int number = 0;
    for (FeatureConstraint c : tree.constraints()) {
      number++;
      String scope = scopes.scopeOf(c.expr());
      Expr expr =
          CloneReads.rewrite(c.expr(), name -> scopes.relative(name, scope), scopes::cloneMax);
      rule(
          scope,
          new Constraint.Rule("constraint:" + number, text("Constraint: " + c.text()), expr));
    }
    ModelBuilder builder = ProductModel.builder(modelId).label(LocalizedText.of(tree.name()));
    attributes(ROOT).forEach(builder::attribute);
    rules.getOrDefault(ROOT, List.of()).forEach(builder::constraint);
    return Slots.flatten(builder.build(), nested(ROOT));
  }

  private void treeRules(Feature parent) {
    int groupNumber = 0;
    for (FeatureGroup group : parent.groups()) {
      groupNumber++;
      String scope = ROOT;
      for (Feature child : group.children()) {
        scope = scopes.scope(child.name());
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
    for (Feature f : scopes.features()) {
      if (f.clones() == null && scopes.scope(f.name()).equals(scope)) {
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
    for (Feature f : scopes.features()) {
      if (f.clones() != null && scopes.scope(f.name()).equals(scope)) {
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
