package dev.atelier.formats.featuremodel;

import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ModelBuilder;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.TextAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Turns a {@link FeatureTree} into a {@link ProductModel} with the standard feature-model
 * semantics, so that its configurations are exactly the valid feature selections (the count equals
 * that of the DIMACS translation of the same model).
 *
 * <p>Every feature becomes a required {@link BooleanAttribute} (a {@link
 * Feature.FeatureType#STRING} feature an optional {@link TextAttribute}, selected when given) whose
 * id and label are the feature name; abstract features are variables too. Rules, with ids and
 * labels that read well in explanations:
 *
 * <ul>
 *   <li>{@code root}: the root is selected;
 *   <li>{@code parent:<child>}: every child requires its parent;
 *   <li>{@code mandatory:<child>}: a parent requires its mandatory child;
 *   <li>{@code group:<parent>:<n>}: alternative (exactly one), or (at least one) and {@code
 *       [min..max]} groups count their selected children when the parent is selected;
 *   <li>{@code constraint:<n>}: cross-tree constraints, labelled with their text.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class FeatureModelMapper {

  /** Children named in a group label before "and n more". */
  private static final int NAMED_CHILDREN = 8;

  /** Longest text a string feature accepts. */
  private static final int TEXT_LENGTH = 1000;

  private FeatureModelMapper() {}

  /** The product model of {@code tree}, with id {@code modelId}. */
  public static ProductModel toProductModel(FeatureTree tree, String modelId) {
    if (ClonedFeatures.hasClones(tree)) {
      return ClonedFeatures.map(tree, modelId);
    }
    ModelBuilder builder = ProductModel.builder(modelId).label(LocalizedText.of(tree.name()));
    List<Feature> features = tree.features();
    for (Feature f : features) {
      LocalizedText label = LocalizedText.of(f.label());
      builder.attribute(
          f.type() == Feature.FeatureType.STRING
              ? new TextAttribute(f.name(), label, TEXT_LENGTH, "", true, f.priceWhenSelected())
              : new BooleanAttribute(f.name(), label, false, f.priceWhenSelected()));
    }
    Feature root = tree.root();
    builder.constraint(
        new Constraint.Rule(
            "root", text("'" + root.name() + "' is always selected"), selected(root)));
    for (Feature parent : features) {
      int groupNumber = 0;
      for (FeatureGroup group : parent.groups()) {
        groupNumber++;
        for (Feature child : group.children()) {
          builder.constraint(
              new Constraint.Requires(
                  "parent:" + child.name(),
                  text("'" + child.name() + "' requires its parent '" + parent.name() + "'"),
                  selected(child),
                  selected(parent)));
          if (group.kind() == FeatureGroup.Kind.MANDATORY) {
            builder.constraint(
                new Constraint.Requires(
                    "mandatory:" + child.name(),
                    text("'" + parent.name() + "' always includes '" + child.name() + "'"),
                    selected(parent),
                    selected(child)));
          }
        }
        Constraint.Rule rule =
            groupRule(
                parent,
                group,
                groupNumber,
                group.children().stream().map(FeatureModelMapper::selected).toList(),
                selected(parent));
        if (rule != null) {
          builder.constraint(rule);
        }
      }
    }
    int number = 0;
    for (FeatureConstraint c : tree.constraints()) {
      number++;
      builder.constraint(
          new Constraint.Rule("constraint:" + number, text("Constraint: " + c.text()), c.expr()));
    }
    return builder.build();
  }

  /** The condition "{@code feature} is selected". */
  public static Expr selected(Feature feature) {
    return selected(feature.name(), feature.type());
  }

  /** The condition "the feature {@code name} of {@code type} is selected". */
  public static Expr selected(String name, Feature.FeatureType type) {
    return type == Feature.FeatureType.STRING
        ? new Expr.IsSet(name)
        : new Expr.Is(name, BooleanAttribute.TRUE);
  }

  /**
   * The rule of {@code group} below {@code parent} over the children's selection conditions, or
   * null when the group allows every selection.
   */
  static Constraint.Rule groupRule(
      Feature parent,
      FeatureGroup group,
      int groupNumber,
      List<Expr> children,
      Expr parentSelected) {
    int size = group.children().size();
    int min;
    int max;
    switch (group.kind()) {
      case ALTERNATIVE -> {
        min = 1;
        max = 1;
      }
      case OR -> {
        min = 1;
        max = size;
      }
      case CARDINALITY -> {
        min = group.min();
        max = group.max() == FeatureGroup.UNBOUNDED ? size : Math.min(group.max(), size);
      }
      default -> {
        return null;
      }
    }
    if (min <= 0 && max >= size) {
      return null;
    }
    String how;
    Expr count;
    if (min == max) {
      how = "exactly " + (min == 1 ? "one" : String.valueOf(min));
      count = new Expr.Count(children, Expr.Op.EQ, min);
    } else if (max >= size) {
      how = "at least " + (min == 1 ? "one" : String.valueOf(min));
      count = min == 1 ? new Expr.Or(children) : new Expr.Count(children, Expr.Op.GE, min);
    } else if (min <= 0) {
      how = "at most " + max;
      count = new Expr.Count(children, Expr.Op.LE, max);
    } else {
      how = "between " + min + " and " + max;
      count =
          new Expr.And(
              List.of(
                  new Expr.Count(children, Expr.Op.GE, min),
                  new Expr.Count(children, Expr.Op.LE, max)));
    }
    return new Constraint.Rule(
        "group:" + parent.name() + ":" + groupNumber,
        text("Parent '" + parent.name() + "' has " + how + " of " + names(group)),
        new Expr.Implies(parentSelected, count));
  }

  private static String names(FeatureGroup group) {
    StringJoiner joined = new StringJoiner(", ");
    List<Feature> children = new ArrayList<>(group.children());
    for (int i = 0; i < children.size() && i < NAMED_CHILDREN; i++) {
      joined.add(children.get(i).name());
    }
    if (children.size() > NAMED_CHILDREN) {
      joined.add("and " + (children.size() - NAMED_CHILDREN) + " more");
    }
    return joined.toString();
  }

  private static LocalizedText text(String text) {
    return LocalizedText.of(text);
  }
}
