package dev.atelier.formats.yaml;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.session.Preference;
import dev.atelier.formats.expr.ExprPrinter;
import dev.atelier.formats.expr.Quantity;
import dev.atelier.formats.print.ArtworkAttributes;
import dev.atelier.formats.print.ArtworkRules;
import dev.atelier.formats.print.PrintArea;
import dev.atelier.formats.print.TechniqueLimit;
import dev.atelier.formats.product.BomLine;
import dev.atelier.formats.product.Department;
import dev.atelier.formats.product.NeedAnswer;
import dev.atelier.formats.product.NeedQuestion;
import dev.atelier.formats.product.Presentation;
import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.formats.product.RoutingOperation;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the sections around the model: bill of material, routing, presentation, departments, needs
 * and print areas. Not thread-safe; one per written definition.
 */
final class SectionWriter {
  private final ProductDefinition definition;
  private final NativeOut out;
  private final YamlText yaml;
  private final ExprPrinter printer;

  SectionWriter(ProductDefinition definition, NativeOut out) {
    this.definition = definition;
    this.out = out;
    this.yaml = out.yaml();
    this.printer = out.printer();
  }

  /** The sections after the model's own, in file order. */
  void write() {
    out.section(0, "bom", definition.bom(), this::bomLine);
    out.section(0, "routing", definition.routing(), this::operation);
    presentation(definition.presentation());
    out.section(0, "departments", definition.departments().departments(), this::department);
    out.section(0, "needs", definition.needs(), this::need);
    out.section(0, "printAreas", definition.printAreas(), this::printArea);
  }

  private void bomLine(BomLine line) {
    yaml.entry(2, "- part", line.part());
    if (!line.quantity().equals(Quantity.of(1))) {
      yaml.entry(4, "quantity", printer.print(line.quantity()));
    }
    if (!line.unit().equals("pcs")) {
      yaml.entry(4, "unit", line.unit());
    }
    out.when(line.condition());
  }

  private void operation(RoutingOperation op) {
    yaml.entry(2, "- id", op.id());
    out.label(4, op.label(), op.id());
    yaml.entry(4, "workCentre", op.workCentre());
    if (op.setupMinutes().signum() != 0) {
      yaml.raw(4, "setupMinutes", op.setupMinutes().toPlainString());
    }
    if (op.minutesPerUnit().signum() != 0) {
      yaml.raw(4, "minutesPerUnit", op.minutesPerUnit().toPlainString());
    }
    out.when(op.condition());
  }

  private void presentation(Presentation p) {
    if (p.equals(Presentation.NONE)) {
      return;
    }
    yaml.line(0, "presentation:");
    if (p.width() != 0) {
      yaml.raw(2, "width", Integer.toString(p.width()));
    }
    if (p.height() != 0) {
      yaml.raw(2, "height", Integer.toString(p.height()));
    }
    out.section(2, "layers", p.layers(), l -> yaml.line(4, "- " + PresentationItems.layer(l)));
    out.section(2, "texts", p.texts(), t -> yaml.line(4, "- " + PresentationItems.text(t)));
    out.section(2, "rows", p.rows(), r -> yaml.line(4, "- " + PresentationItems.row(r)));
  }

  /**
   * A department; the print areas whose generated ids it owns are written as {@code printAreas}.
   */
  private void department(Department dep) {
    yaml.entry(2, "- id", dep.id());
    out.label(4, dep.label(), dep.id());
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
    idList("attributes", attributes);
    idList("rules", rules);
    idList("printAreas", areas);
  }

  private void idList(String key, List<String> ids) {
    if (!ids.isEmpty()) {
      yaml.raw(4, key, YamlText.flowList(ids));
    }
  }

  private void need(NeedQuestion q) {
    yaml.entry(2, "- id", q.id());
    yaml.label(4, "question", q.question());
    yaml.line(4, "answers:");
    for (NeedAnswer a : q.answers()) {
      yaml.entry(6, "- id", a.id());
      out.label(8, a.label(), a.id());
      out.section(
          8,
          "prefer",
          a.prefer(),
          (Preference p) -> {
            out.expr(10, "- when", p.condition());
            yaml.raw(12, "weight", Integer.toString(p.weight()));
          });
      out.section(
          8, "require", a.require(), e -> yaml.line(10, "- " + YamlText.scalar(printer.print(e))));
      if (a.hasBudget()) {
        yaml.raw(8, "budget", out.money(a.budget()));
      }
    }
  }

  private void printArea(PrintArea area) {
    yaml.entry(2, "- id", area.id());
    out.label(4, area.label(), area.id());
    yaml.entry(4, "part", area.part());
    yaml.raw(4, "width", String.valueOf(area.widthMm()));
    yaml.raw(4, "height", String.valueOf(area.heightMm()));
    yaml.raw(4, "safeMargin", String.valueOf(area.safeMarginMm()));
    List<String> limits = new ArrayList<>();
    for (TechniqueLimit t : area.techniques()) {
      limits.add(t.technique().id() + ": " + t.maxColours());
    }
    yaml.raw(4, "techniques", "{" + String.join(", ", limits) + "}");
  }
}
