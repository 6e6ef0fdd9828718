package dev.atelier.formats.yaml;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.session.Preference;
import dev.atelier.formats.expr.Quantity;
import dev.atelier.formats.print.ArtworkAttributes;
import dev.atelier.formats.print.ArtworkRules;
import dev.atelier.formats.print.PrintArea;
import dev.atelier.formats.print.PrintText;
import dev.atelier.formats.print.TechniqueLimit;
import dev.atelier.formats.product.BomLine;
import dev.atelier.formats.product.Department;
import dev.atelier.formats.product.NeedAnswer;
import dev.atelier.formats.product.NeedQuestion;
import dev.atelier.formats.product.Presentation;
import dev.atelier.formats.product.RoutingOperation;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the sections around the model: bill of material, routing, presentation, departments, needs
 * and print areas. Not thread-safe; one per written definition.
 */
final class SectionWriter {
  private final NativeOut out;

  SectionWriter(NativeOut out) {
    this.out = out;
  }

  /** The sections after the model's own, in file order. */
  void write() {
    out.section(0, "bom", out.definition().bom(), this::bomLine);
    out.section(0, "routing", out.definition().routing(), this::operation);
    presentation(out.definition().presentation());
    out.section(0, "departments", out.definition().departments().departments(), this::department);
    out.section(0, "needs", out.definition().needs(), this::need);
    out.section(0, "printAreas", out.definition().printAreas(), this::printArea);
  }

  private void bomLine(BomLine line) {
    out.entry(2, "- part", line.part());
    if (!line.quantity().equals(Quantity.of(1))) {
      out.entry(4, "quantity", out.printer().print(line.quantity()));
    }
    if (!line.unit().equals("pcs")) {
      out.entry(4, "unit", line.unit());
    }
    out.when(line.condition());
  }

  private void operation(RoutingOperation op) {
    out.entry(2, "- id", op.id());
    out.labelIfNotId(4, op.label(), op.id());
    out.entry(4, "workCentre", op.workCentre());
    if (op.setupMinutes().signum() != 0) {
      out.raw(4, "setupMinutes", op.setupMinutes().toPlainString());
    }
    if (op.minutesPerUnit().signum() != 0) {
      out.raw(4, "minutesPerUnit", op.minutesPerUnit().toPlainString());
    }
    out.when(op.condition());
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
    out.section(2, "layers", p.layers(), l -> out.line(4, "- " + PresentationItems.layer(l)));
    out.section(2, "texts", p.texts(), t -> out.line(4, "- " + PresentationItems.text(t)));
    out.section(2, "rows", p.rows(), r -> out.line(4, "- " + PresentationItems.row(r)));
  }

  /**
   * A department; the print areas whose generated ids it owns are written as {@code printAreas}.
   */
  private void department(Department dep) {
    out.entry(2, "- id", dep.id());
    out.labelIfNotId(4, dep.label(), dep.id());
    List<String> attributes = new ArrayList<>(dep.attributes());
    List<String> rules = new ArrayList<>(dep.rules());
    List<String> areas = new ArrayList<>();
    for (PrintArea area : out.definition().printAreas()) {
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
      out.raw(4, key, YamlText.flowList(ids));
    }
  }

  private void need(NeedQuestion q) {
    out.entry(2, "- id", q.id());
    out.label(4, "question", q.question());
    out.line(4, "answers:");
    for (NeedAnswer a : q.answers()) {
      out.entry(6, "- id", a.id());
      out.labelIfNotId(8, a.label(), a.id());
      out.section(
          8,
          "prefer",
          a.prefer(),
          (Preference p) -> {
            out.expr(10, "- when", p.condition());
            out.raw(12, "weight", Integer.toString(p.weight()));
          });
      out.section(
          8,
          "require",
          a.require(),
          e -> out.line(10, "- " + YamlText.scalar(out.printer().print(e))));
      if (a.hasBudget()) {
        out.raw(8, "budget", out.money(a.budget()));
      }
    }
  }

  private void printArea(PrintArea area) {
    out.entry(2, "- id", area.id());
    out.labelIfNotId(4, area.label(), area.id());
    out.entry(4, "part", area.part());
    out.raw(4, "width", String.valueOf(area.widthMm()));
    out.raw(4, "height", String.valueOf(area.heightMm()));
    out.raw(4, "safeMargin", String.valueOf(area.safeMarginMm()));
    List<String> limits = new ArrayList<>();
    for (TechniqueLimit t : area.techniques()) {
      limits.add(t.technique().id() + ": " + t.written());
    }
    out.raw(4, "techniques", "{" + String.join(", ", limits) + "}");
    area.text().ifPresent(this::printText);
  }

  private void printText(PrintText text) {
    out.line(4, "text:");
    out.raw(6, "attributes", YamlText.flowList(text.attributes()));
    text.place().ifPresent(p -> out.entry(6, "place", p));
    out.raw(6, "size", text.fitted() ? "fit" : Integer.toString(text.sizeMm()));
    text.colourAttribute().ifPresent(c -> out.entry(6, "colour", c));
    if (!text.colours().isEmpty()) {
      List<String> colours = new ArrayList<>();
      text.colours().forEach((v, c) -> colours.add(YamlText.flowScalar(v) + ": \"" + c + "\""));
      out.raw(6, "colours", "{" + String.join(", ", colours) + "}");
    }
    out.raw(6, "position", text.position().id());
  }
}
