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
import dev.atelier.engine.model.TextAttribute;
import dev.atelier.engine.model.Value;
import dev.atelier.formats.expr.ExprPrinter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the parts of a model, the product's own and a module type's: attributes with their values
 * and facts, rules and components. Not thread-safe; one per written out.definition().
 */
class ModelPartWriter {
  /** The text being written. */
  final NativeOut out;

  ModelPartWriter(NativeOut out) {
    this.out = out;
  }

  /** An attribute list item at {@code at}; a product's own also gets adaptive, fact, avoided. */
  void attribute(Attribute a, int at, boolean product) {
    int in = at + 2;
    out.entry(at, "- id", a.id());
    String kind = "text";
    if (a instanceof EnumAttribute) {
      kind = "enum";
    } else if (a instanceof BooleanAttribute) {
      kind = "boolean";
    } else if (a instanceof IntegerAttribute) {
      kind = "integer";
    }
    out.raw(in, "kind", kind);
    out.labelIfNotId(in, a.label(), a.id());
    if (a.optional()) {
      out.raw(in, "optional", "true");
    }
    if (product && out.definition().adaptive().contains(a.id())) {
      out.raw(in, "adaptive", "true");
    }
    if (product) {
      out.definition().model().fact(a.id()).ifPresent(this::fact);
    }
    List<String> avoided =
        out.definition().notByDefault().stream()
            .filter(n -> product && n.attribute().equals(a.id()))
            .map(n -> n.value())
            .toList();
    if (!avoided.isEmpty()) {
      out.raw(in, "notByDefault", YamlText.flowList(avoided));
    }
    if (a instanceof EnumAttribute e) {
      out.line(in, "values:");
      e.values().forEach(v -> out.line(in + 2, "- " + value(v)));
    } else if (a instanceof BooleanAttribute b) {
      out.price(in, "price", b.priceWhenTrue());
    } else if (a instanceof IntegerAttribute i) {
      out.raw(in, "min", Long.toString(i.min())).raw(in, "max", Long.toString(i.max()));
      if (i.step() != 1) {
        out.raw(in, "step", Long.toString(i.step()));
      }
      if (!i.unit().isEmpty()) {
        out.entry(in, "unit", i.unit());
      }
      out.price(in, "pricePerUnit", i.pricePerUnit());
    } else if (a instanceof TextAttribute t) {
      out.raw(in, "maxLength", Integer.toString(t.maxLength()));
      if (!t.allowedCharacters().isEmpty()) {
        out.entry(in, "allowed", t.allowedCharacters());
      }
      out.price(in, "price", t.priceWhenGiven());
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
      parts.add("label: " + YamlText.label(v.label()));
    }
    if (v.price() != 0) {
      parts.add("price: " + out.money(v.price()));
    }
    return "{" + String.join(", ", parts) + "}";
  }

  /** A rule list item at {@code at}, its expressions printed by {@code p}. */
  void rule(Constraint c, int at, ExprPrinter p) {
    int in = at + 2;
    out.entry(at, "- id", c.id());
    out.labelIfNotId(in, c.label(), c.id());
    if (c instanceof Constraint.Rule r) {
      out.entry(in, "rule", p.print(r.expr()));
    } else if (c instanceof Constraint.Requires r) {
      out.entry(in, "if", p.print(r.condition())).entry(in, "requires", p.print(r.required()));
    } else if (c instanceof Constraint.Excludes x) {
      out.entry(in, "if", p.print(x.first())).entry(in, "excludes", p.print(x.second()));
    } else if (c instanceof Constraint.Cardinality k) {
      out.entry(in, "cardinality", p.print(new Expr.Count(k.operands(), k.op(), k.k())));
    } else if (c instanceof Constraint.Linear l) {
      out.entry(in, "linear", p.print(new Expr.Compare(l.terms(), l.op(), l.bound())));
    } else if (c instanceof Constraint.Table t) {
      out.line(in, "table:");
      out.raw(in + 2, "columns", YamlText.flowList(t.attributes()));
      out.line(in + 2, t.allowed() ? "allowed:" : "forbidden:");
      t.rows().forEach(row -> out.line(in + 4, "- " + YamlText.flowList(row)));
    }
  }

  /** A component list item at {@code at}, its condition printed by {@code p}. */
  void component(Component c, int at, ExprPrinter p) {
    int in = at + 2;
    out.entry(at, "- part", c.partNumber());
    out.labelIfNotId(in, c.label(), c.partNumber());
    out.raw(in, "price", out.money(c.unitPrice()));
    if (c.quantity() != 1) {
      out.raw(in, "quantity", Integer.toString(c.quantity()));
    }
    if (!c.condition().equals(Expr.TRUE)) {
      out.entry(in, "when", p.print(c.condition()));
    }
  }
}
