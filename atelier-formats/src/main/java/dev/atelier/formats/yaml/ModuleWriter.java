package dev.atelier.formats.yaml;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.ModuleType;
import dev.atelier.engine.model.Slot;
import dev.atelier.formats.expr.ExprPrinter;
import dev.atelier.formats.product.ModuleStructure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the model with its module structure: library imports, module types and slots, besides the
 * parts. Not thread-safe; one per written definition.
 */
final class ModuleWriter extends ModelPartWriter {

  ModuleWriter(NativeOut out) {
    super(out);
  }

  /** The {@code imports:} section, if any. */
  void imports(List<ModuleStructure.Import> imports) {
    out.section(0, "imports", imports, i -> out.line(2, "- " + importItem(i)));
  }

  /** A module type list item. */
  void module(ModuleType t) {
    out.entry(2, "- id", t.id());
    out.labelIfNotId(4, t.label(), t.id());
    out.line(4, "attributes:");
    t.attributes().forEach(a -> attribute(a, 6, false));
    Map<String, Attribute> scope = new LinkedHashMap<>(out.definition().model().attributesById());
    t.flat().attributes().forEach(a -> scope.put(a.id(), a));
    ExprPrinter local = new ExprPrinter(scope);
    out.section(4, "rules", t.constraints(), c -> rule(c, 6, local));
    out.section(4, "components", t.components(), c -> component(c, 6, local));
    slots(4, t.slots());
  }

  /** The {@code slots:} mapping at {@code indent}, if any. */
  void slots(int indent, List<Slot> slots) {
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
      out.labelIfNotId(indent + 4, s.label(), s.id());
      if (s.interchangeable()) {
        out.raw(indent + 4, "interchangeable", "true");
      }
    }
  }

  private static String importItem(ModuleStructure.Import i) {
    return "{library: %s, version: %s, modules: %s}"
        .formatted(YamlText.flowScalar(i.library()), i.version(), YamlText.flowList(i.modules()));
  }
}
