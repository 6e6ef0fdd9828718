package dev.atelier.formats.yaml;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.ModuleType;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.Slot;
import dev.atelier.formats.expr.ExprPrinter;
import dev.atelier.formats.product.ModuleStructure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the module structure of a definition: library imports, module types and slots. Not
 * thread-safe; one per written definition.
 */
final class ModuleWriter {
  private final ProductModel model;
  private final NativeOut out;
  private final YamlText yaml;
  private final ModelPartWriter parts;

  ModuleWriter(ProductModel model, NativeOut out, ModelPartWriter parts) {
    this.model = model;
    this.out = out;
    this.yaml = out.yaml();
    this.parts = parts;
  }

  /** The {@code imports:} section, if any. */
  void imports(List<ModuleStructure.Import> imports) {
    out.section(0, "imports", imports, i -> yaml.line(2, "- " + importItem(i)));
  }

  /** A module type list item. */
  void module(ModuleType t) {
    yaml.entry(2, "- id", t.id());
    out.label(4, t.label(), t.id());
    yaml.line(4, "attributes:");
    t.attributes().forEach(a -> parts.attribute(a, 6, false));
    Map<String, Attribute> scope = new LinkedHashMap<>(model.attributesById());
    t.flat().attributes().forEach(a -> scope.put(a.id(), a));
    ExprPrinter local = new ExprPrinter(scope);
    out.section(4, "rules", t.constraints(), c -> parts.rule(c, 6, local));
    out.section(4, "components", t.components(), c -> parts.component(c, 6, local));
    slots(4, t.slots());
  }

  /** The {@code slots:} mapping at {@code indent}, if any. */
  void slots(int indent, List<Slot> slots) {
    if (slots.isEmpty()) {
      return;
    }
    yaml.line(indent, "slots:");
    for (Slot s : slots) {
      yaml.line(indent + 2, YamlText.scalar(s.id()) + ":");
      yaml.entry(indent + 4, "module", s.module().id());
      yaml.raw(
          indent + 4,
          "count",
          s.min() == s.max() ? Integer.toString(s.min()) : s.min() + ".." + s.max());
      out.label(indent + 4, s.label(), s.id());
      if (s.interchangeable()) {
        yaml.raw(indent + 4, "interchangeable", "true");
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
}
