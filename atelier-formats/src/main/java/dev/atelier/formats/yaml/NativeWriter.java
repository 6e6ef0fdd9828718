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
import dev.atelier.engine.model.ModuleType;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.Slot;
import dev.atelier.engine.model.Slots;
import dev.atelier.engine.model.TextAttribute;
import dev.atelier.engine.model.Value;
import dev.atelier.engine.session.Preference;
import dev.atelier.formats.expr.ExprPrinter;
import dev.atelier.formats.expr.Quantity;
import dev.atelier.formats.print.ArtworkAttributes;
import dev.atelier.formats.print.ArtworkRules;
import dev.atelier.formats.print.PrintArea;
import dev.atelier.formats.print.TechniqueLimit;
import dev.atelier.formats.product.BomLine;
import dev.atelier.formats.product.Department;
import dev.atelier.formats.product.InstanceRow;
import dev.atelier.formats.product.ModuleStructure;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    ModuleStructure modules = definition.modules();
    if (!modules.imports().isEmpty()) {
      out.line(0, "imports:");
      modules.imports().forEach(i -> out.line(2, "- " + importItem(i)));
    }
    // Slots.flatten: own attributes, then the slots'; the slots' rules, then own; own components
    // first.
    int slotAttributes = 0;
    int slotRules = 0;
    int slotComponents = 0;
    for (Slot s : modules.slots()) {
      Slots.Flat f = Slots.expand(s);
      slotAttributes += f.attributes().size();
      slotRules += f.constraints().size();
      slotComponents += f.components().size();
    }
    // Print areas' generated attributes and rules are left out: the printAreas section makes them.
    Set<String> generated = new HashSet<>();
    Set<String> generatedRules = new HashSet<>();
    for (PrintArea area : definition.printAreas()) {
      ArtworkAttributes.attributes(area).forEach(a -> generated.add(a.id()));
      ArtworkRules.rules(area).forEach(r -> generatedRules.add(r.id()));
    }
    List<Attribute> attributes = model.attributes();
    List<Constraint> rules = model.constraints();
    List<Component> components = model.components();
    out.line(0, "attributes:");
    attributes.subList(0, attributes.size() - slotAttributes).stream()
        .filter(a -> !generated.contains(a.id()))
        .forEach(a -> attribute(a, 2, true));
    if (!modules.defined().isEmpty()) {
      out.line(0, "modules:");
      modules.defined().forEach(this::module);
    }
    slots(0, modules.slots());
    List<Constraint> ownRules =
        rules.subList(slotRules, rules.size()).stream()
            .filter(c -> !generatedRules.contains(c.id()))
            .toList();
    if (!ownRules.isEmpty()) {
      out.line(0, "rules:");
      ownRules.forEach(c -> rule(c, 2, printer));
    }
    if (components.size() > slotComponents) {
      out.line(0, "components:");
      components.subList(0, components.size() - slotComponents).forEach(c -> component(c, 2));
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
    if (!definition.printAreas().isEmpty()) {
      out.line(0, "printAreas:");
      definition.printAreas().forEach(this::printArea);
    }
    return out.toString();
  }

  private void module(ModuleType t) {
    out.entry(2, "- id", t.id());
    label(4, t.label(), t.id());
    out.line(4, "attributes:");
    t.attributes().forEach(a -> attribute(a, 6, false));
    Map<String, Attribute> scope = new LinkedHashMap<>(model.attributesById());
    t.flat().attributes().forEach(a -> scope.put(a.id(), a));
    ExprPrinter local = new ExprPrinter(scope);
    if (!t.constraints().isEmpty()) {
      out.line(4, "rules:");
      t.constraints().forEach(c -> rule(c, 6, local));
    }
    if (!t.components().isEmpty()) {
      out.line(4, "components:");
      t.components().forEach(c -> component(c, 6, local));
    }
    slots(4, t.slots());
  }

  private void slots(int indent, List<Slot> slots) {
    if (slots.isEmpty()) {
      return;
    }
    out.line(indent, "slots:");
    for (Slot s : slots) {
      out.line(indent + 2, YamlText.scalar(s.id()) + ":");
      out.entry(indent + 4, "module", s.module().id());
      out.raw(
          indent + 4,
          "count",
          s.min() == s.max() ? Integer.toString(s.min()) : s.min() + ".." + s.max());
      label(indent + 4, s.label(), s.id());
      if (s.interchangeable()) {
        out.raw(indent + 4, "interchangeable", "true");
      }
    }
  }

  private static String importItem(ModuleStructure.Import i) {
    return "{library: "
        + YamlText.flowScalar(i.library())
        + ", version: "
        + i.version()
        + ", modules: "
        + YamlText.flowList(i.modules())
        + "}";
  }

  private void attribute(Attribute a, int at, boolean product) {
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
    label(in, a.label(), a.id());
    if (a.optional()) {
      out.raw(in, "optional", "true");
    }
    if (product && definition.adaptive().contains(a.id())) {
      out.raw(in, "adaptive", "true");
    }
    if (product) {
      definition.model().fact(a.id()).ifPresent(this::fact);
    }
    List<String> avoided =
        definition.notByDefault().stream()
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
      price(in, "price", b.priceWhenTrue());
    } else if (a instanceof IntegerAttribute i) {
      out.raw(in, "min", Long.toString(i.min())).raw(in, "max", Long.toString(i.max()));
      if (i.step() != 1) {
        out.raw(in, "step", Long.toString(i.step()));
      }
      if (!i.unit().isEmpty()) {
        out.entry(in, "unit", i.unit());
      }
      price(in, "pricePerUnit", i.pricePerUnit());
    } else if (a instanceof TextAttribute t) {
      out.raw(in, "maxLength", Integer.toString(t.maxLength()));
      if (!t.allowedCharacters().isEmpty()) {
        out.entry(in, "allowed", t.allowedCharacters());
      }
      price(in, "price", t.priceWhenGiven());
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

  private void rule(Constraint c, int at, ExprPrinter p) {
    int in = at + 2;
    out.entry(at, "- id", c.id());
    label(in, c.label(), c.id());
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

  private void printArea(PrintArea area) {
    out.entry(2, "- id", area.id());
    label(4, area.label(), area.id());
    out.entry(4, "part", area.part());
    out.raw(4, "width", String.valueOf(area.widthMm()));
    out.raw(4, "height", String.valueOf(area.heightMm()));
    out.raw(4, "safeMargin", String.valueOf(area.safeMarginMm()));
    List<String> limits = new ArrayList<>();
    for (TechniqueLimit t : area.techniques()) {
      limits.add(t.technique().id() + ": " + t.maxColours());
    }
    out.raw(4, "techniques", "{" + String.join(", ", limits) + "}");
  }

  private void component(Component c, int at) {
    component(c, at, printer);
  }

  private void component(Component c, int at, ExprPrinter p) {
    int in = at + 2;
    out.entry(at, "- part", c.partNumber());
    label(in, c.label(), c.partNumber());
    out.raw(in, "price", money(c.unitPrice()));
    if (c.quantity() != 1) {
      out.raw(in, "quantity", Integer.toString(c.quantity()));
    }
    if (!c.condition().equals(Expr.TRUE)) {
      out.entry(in, "when", p.print(c.condition()));
    }
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
    if (!p.rows().isEmpty()) {
      out.line(2, "rows:");
      p.rows().forEach(r -> out.line(4, "- " + row(r)));
    }
  }

  private static String row(InstanceRow r) {
    List<String> fronts = new ArrayList<>();
    r.fronts()
        .forEach((k, v) -> fronts.add(YamlText.flowScalar(k) + ": " + YamlText.flowScalar(v)));
    List<String> parts = new ArrayList<>();
    parts.add("slot: " + YamlText.flowScalar(r.slot()));
    parts.add("x: " + r.x());
    parts.add("y: " + r.y());
    parts.add("z: " + r.z());
    parts.add("scale: " + BigDecimal.valueOf(r.scale()).stripTrailingZeros().toPlainString());
    parts.add("width: " + YamlText.flowScalar(r.width()));
    parts.add("height: " + YamlText.flowScalar(r.height()));
    parts.add("gap: " + r.gap());
    if (!r.shelves().isEmpty()) {
      parts.add("shelves: " + YamlText.flowScalar(r.shelves()));
    }
    if (!r.front().isEmpty()) {
      parts.add("front: " + YamlText.flowScalar(r.front()));
    }
    if (!fronts.isEmpty()) {
      parts.add("fronts: {" + String.join(", ", fronts) + "}");
    }
    if (!r.tint().isEmpty()) {
      parts.add("tint: " + YamlText.flowScalar(r.tint()));
    }
    return "{" + String.join(", ", parts) + "}";
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

  /**
   * A department; the print areas whose generated ids it owns are written as {@code printAreas}.
   */
  private void department(Department dep) {
    out.entry(2, "- id", dep.id());
    label(4, dep.label(), dep.id());
    List<String> attributes = new ArrayList<>(dep.attributes());
    List<String> rules = new ArrayList<>(dep.rules());
    List<String> areas = new ArrayList<>();
    for (PrintArea area : definition.printAreas()) {
      List<String> generated =
          ArtworkAttributes.attributes(area).stream().map(Attribute::id).toList();
      List<String> generatedRules = ArtworkRules.rules(area).stream().map(Constraint::id).toList();
      if (attributes.containsAll(generated) && rules.containsAll(generatedRules)) {
        attributes.removeAll(generated);
        rules.removeAll(generatedRules);
        areas.add(area.id());
      }
    }
    if (!attributes.isEmpty()) {
      out.raw(4, "attributes", YamlText.flowList(attributes));
    }
    if (!rules.isEmpty()) {
      out.raw(4, "rules", YamlText.flowList(rules));
    }
    if (!areas.isEmpty()) {
      out.raw(4, "printAreas", YamlText.flowList(areas));
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
