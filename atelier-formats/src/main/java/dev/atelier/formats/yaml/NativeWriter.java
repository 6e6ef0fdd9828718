package dev.atelier.formats.yaml;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Component;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.Slot;
import dev.atelier.engine.model.Slots;
import dev.atelier.formats.expr.ExprPrinter;
import dev.atelier.formats.print.ArtworkAttributes;
import dev.atelier.formats.print.ArtworkRules;
import dev.atelier.formats.print.PrintArea;
import dev.atelier.formats.product.ModuleStructure;
import dev.atelier.formats.product.ProductDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a {@link ProductDefinition} as native YAML: deterministic, defaults left out, expressions
 * in the rule language. The model's own parts are written here, the module structure by {@link
 * ModuleWriter}, the sections around the model by {@link SectionWriter}. Not thread-safe; one
 * instance per definition.
 */
final class NativeWriter {
  private final ProductDefinition definition;
  private final ProductModel model;
  private final NativeOut out;

  NativeWriter(ProductDefinition definition) {
    this.definition = definition;
    this.model = definition.model();
    this.out = new NativeOut(definition);
  }

  String write() {
    out.entry(0, "id", model.id()).entry(0, "version", model.version());
    out.label(0, "label", model.label()).entry(0, "currency", model.currency());
    out.raw(0, "basePrice", out.money(model.basePrice()));
    if (definition.quantity().declared()) {
      out.raw(0, "maxQuantity", Integer.toString(definition.quantity().max()));
    }
    ModuleStructure modules = definition.modules();
    ModuleWriter parts = new ModuleWriter(out);
    parts.imports(modules.imports());
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
        .forEach(a -> parts.attribute(a, 2, true));
    out.section(0, "modules", modules.defined(), parts::module);
    parts.slots(0, modules.slots());
    ExprPrinter printer = out.printer();
    List<Constraint> ownRules =
        rules.subList(slotRules, rules.size()).stream()
            .filter(c -> !generatedRules.contains(c.id()))
            .toList();
    out.section(0, "rules", ownRules, c -> parts.rule(c, 2, printer));
    List<Component> ownComponents = components.subList(0, components.size() - slotComponents);
    out.section(0, "components", ownComponents, c -> parts.component(c, 2, printer));
    new SectionWriter(out).write();
    return out.toString();
  }
}
