package dev.atelier.formats.yaml;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Component;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.Fact;
import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.TextAttribute;
import dev.atelier.engine.model.Value;
import dev.atelier.engine.session.Preference;
import dev.atelier.formats.expr.ExprPrinter;
import dev.atelier.formats.expr.Quantity;
import dev.atelier.formats.product.BomLine;
import dev.atelier.formats.product.Department;
import dev.atelier.formats.product.NeedAnswer;
import dev.atelier.formats.product.NeedQuestion;
import dev.atelier.formats.product.Presentation;
import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.formats.product.RoutingOperation;
import dev.atelier.formats.product.TextOverlay;
import dev.atelier.formats.product.VisualLayer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Writes a {@link ProductDefinition} as native YAML: deterministic, defaults left out, expressions
 * in the rule language. Not thread-safe; one instance per definition.
 */
final class NativeWriter {
  private final ProductDefinition definition;
  private final ProductModel model;
  private final ExprPrinter printer;
  private final int digits;
  private final YamlText out = new YamlText();

  NativeWriter(ProductDefinition definition) {
    this.definition = definition;
    this.model = definition.model();
    this.printer = new ExprPrinter(model.attributesById());
    int d;
    try {
      d = Currency.getInstance(model.currency()).getDefaultFractionDigits();
    } catch (IllegalArgumentException e) {
      d = 2;
    }
    this.digits = d < 0 ? 2 : d;
  }

  String write() {
    out.entry(0, "id", model.id()).entry(0, "version", model.version());
    out.label(0, "label", model.label()).entry(0, "currency", model.currency());
    out.raw(0, "basePrice", money(model.basePrice()));
    out.line(0, "attributes:");
    model.attributes().forEach(this::attribute);
    if (!model.constraints().isEmpty()) {
      out.line(0, "rules:");
      model.constraints().forEach(this::rule);
    }
    if (!model.components().isEmpty()) {
      out.line(0, "components:");
      model.components().forEach(this::component);
    }
    if (!definition.bom().isEmpty()) {
      out.line(0, "bom:");
      definition.bom().forEach(this::bomLine);
    }
    if (!definition.routing().isEmpty()) {
      out.line(0, "routing:");
      definition.routing().forEach(this::operation);
    }
    presentation(definition.presentation());
    if (!definition.departments().departments().isEmpty()) {
      out.line(0, "departments:");
      definition.departments().departments().forEach(this::department);
    }
    if (!definition.needs().isEmpty()) {
      out.line(0, "needs:");
      definition.needs().forEach(this::need);
    }
    return out.toString();
  }

  private void attribute(Attribute a) {
    out.entry(2, "- id", a.id());
    String kind = "text";
    if (a instanceof EnumAttribute) {
      kind = "enum";
    } else if (a instanceof BooleanAttribute) {
      kind = "boolean";
    } else if (a instanceof IntegerAttribute) {
      kind = "integer";
    }
    out.raw(4, "kind", kind);
    label(4, a.label(), a.id());
    if (a.optional()) {
      out.raw(4, "optional", "true");
    }
    if (definition.adaptive().contains(a.id())) {
      out.raw(4, "adaptive", "true");
    }
    definition.model().fact(a.id()).ifPresent(this::fact);
    List<String> avoided =
        definition.notByDefault().stream()
            .filter(n -> n.attribute().equals(a.id()))
            .map(n -> n.value())
            .toList();
    if (!avoided.isEmpty()) {
      out.raw(4, "notByDefault", YamlText.flowList(avoided));
    }
    if (a instanceof EnumAttribute e) {
      out.line(4, "values:");
      e.values().forEach(v -> out.line(6, "- " + value(v)));
    } else if (a instanceof BooleanAttribute b) {
      price(4, "price", b.priceWhenTrue());
    } else if (a instanceof IntegerAttribute i) {
      out.raw(4, "min", Long.toString(i.min())).raw(4, "max", Long.toString(i.max()));
      if (i.step() != 1) {
        out.raw(4, "step", Long.toString(i.step()));
      }
      if (!i.unit().isEmpty()) {
        out.entry(4, "unit", i.unit());
      }
      price(4, "pricePerUnit", i.pricePerUnit());
    } else if (a instanceof TextAttribute t) {
      out.raw(4, "maxLength", Integer.toString(t.maxLength()));
      if (!t.allowedCharacters().isEmpty()) {
        out.entry(4, "allowed", t.allowedCharacters());
      }
      price(4, "price", t.priceWhenGiven());
    }
  }

  private void fact(Fact f) {
    if (!f.fromProfile() && f.help().isEmpty()) {
      out.raw(4, "fact", "true");
      return;
    }
    out.line(4, "fact:");
    if (f.fromProfile()) {
      out.entry(6, "profile", f.profileKey());
    }
    f.help().ifPresent(h -> out.label(6, "help", h));
  }

  private String value(Value v) {
    if (v.label().equals(LocalizedText.of(v.id())) && v.price() == 0) {
      return YamlText.scalar(v.id());
    }
    List<String> parts = new ArrayList<>();
    parts.add("id: " + YamlText.flowScalar(v.id()));
    if (!v.label().equals(LocalizedText.of(v.id()))) {
      parts.add("label: " + flowLabel(v.label()));
    }
    if (v.price() != 0) {
      parts.add("price: " + money(v.price()));
    }
    return "{" + String.join(", ", parts) + "}";
  }

  private void rule(Constraint c) {
    out.entry(2, "- id", c.id());
    label(4, c.label(), c.id());
    if (c instanceof Constraint.Rule r) {
      expr(4, "rule", r.expr());
    } else if (c instanceof Constraint.Requires r) {
      expr(4, "if", r.condition()).expr(4, "requires", r.required());
    } else if (c instanceof Constraint.Excludes x) {
      expr(4, "if", x.first()).expr(4, "excludes", x.second());
    } else if (c instanceof Constraint.Cardinality k) {
      expr(4, "cardinality", new Expr.Count(k.operands(), k.op(), k.k()));
    } else if (c instanceof Constraint.Linear l) {
      expr(4, "linear", new Expr.Compare(l.terms(), l.op(), l.bound()));
    } else if (c instanceof Constraint.Table t) {
      out.line(4, "table:");
      out.raw(6, "columns", YamlText.flowList(t.attributes()));
      out.line(6, t.allowed() ? "allowed:" : "forbidden:");
      t.rows().forEach(row -> out.line(8, "- " + YamlText.flowList(row)));
    }
  }

  private void component(Component c) {
    out.entry(2, "- part", c.partNumber());
    label(4, c.label(), c.partNumber());
    out.raw(4, "price", money(c.unitPrice()));
    if (c.quantity() != 1) {
      out.raw(4, "quantity", Integer.toString(c.quantity()));
    }
    when(c.condition());
  }

  private void bomLine(BomLine line) {
    out.entry(2, "- part", line.part());
    if (!line.quantity().equals(Quantity.of(1))) {
      out.entry(4, "quantity", printer.print(line.quantity()));
    }
    if (!line.unit().equals("pcs")) {
      out.entry(4, "unit", line.unit());
    }
    when(line.condition());
  }

  private void operation(RoutingOperation op) {
    out.entry(2, "- id", op.id());
    label(4, op.label(), op.id());
    out.entry(4, "workCentre", op.workCentre());
    if (op.setupMinutes().signum() != 0) {
      out.raw(4, "setupMinutes", op.setupMinutes().toPlainString());
    }
    if (op.minutesPerUnit().signum() != 0) {
      out.raw(4, "minutesPerUnit", op.minutesPerUnit().toPlainString());
    }
    when(op.condition());
  }

  private void presentation(Presentation p) {
    if (p.equals(Presentation.NONE)) {
      return;
    }
    out.line(0, "presentation:");
    if (p.width() != 0) {
      out.raw(2, "width", Integer.toString(p.width()));
    }
    if (p.height() != 0) {
      out.raw(2, "height", Integer.toString(p.height()));
    }
    if (!p.layers().isEmpty()) {
      out.line(2, "layers:");
      p.layers().forEach(l -> out.line(4, "- " + layer(l)));
    }
    if (!p.texts().isEmpty()) {
      out.line(2, "texts:");
      p.texts().forEach(t -> out.line(4, "- " + text(t)));
    }
  }

  private static String layer(VisualLayer l) {
    String s =
        "{attribute: "
            + YamlText.flowScalar(l.attribute())
            + ", value: "
            + YamlText.flowScalar(l.value())
            + ", asset: "
            + YamlText.flowScalar(l.asset())
            + ", z: "
            + l.z();
    return s + (l.colour().isEmpty() ? "" : ", colour: " + YamlText.flowScalar(l.colour())) + "}";
  }

  private static String text(TextOverlay t) {
    return "{attribute: "
        + YamlText.flowScalar(t.attribute())
        + ", x: "
        + t.x()
        + ", y: "
        + t.y()
        + ", z: "
        + t.z()
        + ", font: "
        + YamlText.flowScalar(t.font())
        + ", size: "
        + t.size()
        + ", colour: "
        + YamlText.flowScalar(t.colour())
        + "}";
  }

  private void department(Department dep) {
    out.entry(2, "- id", dep.id());
    label(4, dep.label(), dep.id());
    if (!dep.attributes().isEmpty()) {
      out.raw(4, "attributes", YamlText.flowList(dep.attributes()));
    }
    if (!dep.rules().isEmpty()) {
      out.raw(4, "rules", YamlText.flowList(dep.rules()));
    }
  }

  private void need(NeedQuestion q) {
    out.entry(2, "- id", q.id());
    out.label(4, "question", q.question());
    out.line(4, "answers:");
    for (NeedAnswer a : q.answers()) {
      out.entry(6, "- id", a.id());
      label(8, a.label(), a.id());
      if (!a.prefer().isEmpty()) {
        out.line(8, "prefer:");
        for (Preference p : a.prefer()) {
          expr(10, "- when", p.condition());
          out.raw(12, "weight", Integer.toString(p.weight()));
        }
      }
      if (!a.require().isEmpty()) {
        out.line(8, "require:");
        a.require().forEach(e -> out.line(10, "- " + YamlText.scalar(printer.print(e))));
      }
      if (a.hasBudget()) {
        out.raw(8, "budget", money(a.budget()));
      }
    }
  }

  private NativeWriter expr(int indent, String key, Expr e) {
    out.entry(indent, key, printer.print(e));
    return this;
  }

  private void when(Expr condition) {
    if (!condition.equals(Expr.TRUE)) {
      expr(4, "when", condition);
    }
  }

  private void label(int indent, LocalizedText label, String id) {
    if (!label.equals(LocalizedText.of(id))) {
      out.label(indent, "label", label);
    }
  }

  private static String flowLabel(LocalizedText label) {
    return YamlText.label(label);
  }

  private void price(int indent, String key, long minor) {
    if (minor != 0) {
      out.raw(indent, key, money(minor));
    }
  }

  private String money(long minor) {
    return BigDecimal.valueOf(minor, digits).toPlainString();
  }
}
