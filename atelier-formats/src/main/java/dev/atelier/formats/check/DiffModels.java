package dev.atelier.formats.check;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.TextAttribute;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Synthesizes the model whose configurations are those of one version that are not configurations
 * of another: the first version's attributes and rules, the other version's extra attributes as
 * optional attributes forced unset, and one rule "not (valid in the other version)", where validity
 * in the other version means: its attributes have one of its values (or are unset when optional),
 * the attributes it lacks are unset, and all its rules hold (atoms naming values the first version
 * lacks are false). Stateless and thread-safe.
 */
final class DiffModels {

  private DiffModels() {}

  /** The model of configurations of {@code in} that are not configurations of {@code notIn}. */
  static Result<ProductModel> difference(ProductModel in, ProductModel notIn) {
    Map<String, Attribute> ins = in.attributesById();
    Map<String, Attribute> others = notIn.attributesById();
    for (Attribute o : notIn.attributes()) {
      Attribute a = ins.get(o.id());
      if (a != null && a.getClass() != o.getClass()) {
        return Result.failed(
            Failure.Kind.NOT_APPLICABLE,
            "attribute '" + o.id() + "' changed kind; configurations cannot be compared");
      }
    }
    String prefix = freePrefix(in);
    List<Attribute> attributes = new ArrayList<>(in.attributes());
    List<Constraint> constraints = new ArrayList<>(in.constraints());
    for (Attribute o : notIn.attributes()) {
      if (!ins.containsKey(o.id())) {
        attributes.add(optional(o));
        constraints.add(rule(prefix + "absent_" + o.id(), Expr.not(new Expr.IsSet(o.id()))));
      }
    }
    Map<String, Set<String>> values = new HashMap<>();
    for (Attribute a : attributes) {
      values.put(a.id(), new HashSet<>(a.valueIds()));
    }
    List<Expr> valid = new ArrayList<>();
    for (Attribute o : notIn.attributes()) {
      Attribute a = ins.get(o.id());
      if (a == null
          || a.optional() != o.optional()
          || !values.get(o.id()).equals(new HashSet<>(o.valueIds()))) {
        valid.add(domain(o, values.get(o.id())));
      }
    }
    for (Attribute a : in.attributes()) {
      if (!others.containsKey(a.id())) {
        valid.add(Expr.not(new Expr.IsSet(a.id())));
      }
    }
    Restriction restriction = new Restriction(values);
    for (Constraint c : notIn.constraints()) {
      valid.add(restriction.rewrite(c.formula()));
    }
    constraints.add(rule(prefix + "not_other_version", Expr.not(new Expr.And(valid))));
    return Result.ok(
        new ProductModel(
            in.id(),
            in.version(),
            in.label(),
            in.currency(),
            0,
            attributes,
            constraints,
            List.of(),
            in.facts()));
  }

  /** "{@code o} has one of its values, or is unset when optional", over the combined values. */
  private static Expr domain(Attribute o, Set<String> combined) {
    List<Expr> options = new ArrayList<>();
    for (String v : o.valueIds()) {
      if (combined.contains(v)) {
        options.add(Expr.is(o.id(), v));
      }
    }
    if (o.optional()) {
      options.add(Expr.not(new Expr.IsSet(o.id())));
    }
    return new Expr.Or(options);
  }

  private static Attribute optional(Attribute a) {
    if (a instanceof EnumAttribute e) {
      return new EnumAttribute(e.id(), e.label(), e.values(), true);
    }
    if (a instanceof BooleanAttribute b) {
      return new BooleanAttribute(b.id(), b.label(), true, b.priceWhenTrue());
    }
    if (a instanceof IntegerAttribute i) {
      return new IntegerAttribute(
          i.id(), i.label(), i.min(), i.max(), i.step(), i.unit(), true, i.pricePerUnit());
    }
    TextAttribute t = (TextAttribute) a;
    return new TextAttribute(
        t.id(), t.label(), t.maxLength(), t.allowedCharacters(), true, t.priceWhenGiven());
  }

  private static Constraint rule(String id, Expr expr) {
    return new Constraint.Rule(id, LocalizedText.of(id), expr);
  }

  private static String freePrefix(ProductModel model) {
    String prefix = "__diff_";
    while (true) {
      String p = prefix;
      if (model.constraints().stream().noneMatch(c -> c.id().startsWith(p))) {
        return prefix;
      }
      prefix = "_" + prefix;
    }
  }
}
