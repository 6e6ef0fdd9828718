package dev.atelier.formats.yaml;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Component;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.Fact;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ModelProblem;
import dev.atelier.engine.model.ModelValidator;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.Slot;
import dev.atelier.engine.model.Slots;
import dev.atelier.formats.print.ArtworkAttributes;
import dev.atelier.formats.print.ArtworkRules;
import dev.atelier.formats.print.PrintArea;
import dev.atelier.formats.product.BomLine;
import dev.atelier.formats.product.DefinitionResult;
import dev.atelier.formats.product.ModuleStructure;
import dev.atelier.formats.product.NeedQuestion;
import dev.atelier.formats.product.OrderQuantity;
import dev.atelier.formats.product.Ownership;
import dev.atelier.formats.product.Presentation;
import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.formats.product.RoutingOperation;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads one native model text into a {@link ProductDefinition}. Not thread-safe; one per file. */
final class NativeReader {
  static final List<String> KEYS =
      List.of(
          "id",
          "version",
          "label",
          "currency",
          "basePrice",
          "maxQuantity",
          "attributes",
          "rules",
          "components",
          "bom",
          "routing",
          "presentation",
          "departments",
          "needs",
          "modules",
          "slots",
          "imports",
          "printAreas");

  private final Diagnostics d;
  private final String text;
  private final ModuleLibraries libraries;

  NativeReader(String file, String text, ModuleLibraries libraries) {
    this.d = new Diagnostics(file, text);
    this.text = text;
    this.libraries = libraries;
  }

  DefinitionResult read() {
    Optional<Node> root = YamlSource.parse(text, d);
    ProductDefinition definition = root.map(this::definition).orElse(null);
    if (definition != null && d.isEmpty()) {
      for (ModelProblem p : ModelValidator.validate(definition.model())) {
        d.at(root.get(), "model check: " + p);
      }
    }
    if (definition == null || !d.isEmpty()) {
      if (d.isEmpty()) {
        d.at(1, 1, "the file does not define a product model");
      }
      return new DefinitionResult.Rejected(d.sorted());
    }
    return new DefinitionResult.Loaded(definition);
  }

  private ProductDefinition definition(Node node) {
    MappingView m = MappingView.of(node, "the product model", KEYS, d);
    if (m == null) {
      return null;
    }
    Node idNode = m.require("id");
    String id = idNode == null ? null : Scalars.id(idNode, "id", d);
    Node versionNode = m.require("version");
    String version = versionNode == null ? null : Scalars.text(versionNode, "version", d);
    LocalizedText label = m.label(id);
    Node currencyNode = m.require("currency");
    int digits = currencyNode == null ? 2 : currencyDigits(currencyNode);
    String currency = currencyNode == null ? null : Scalars.text(currencyNode, "currency", d);
    Long basePrice =
        m.has("basePrice")
            ? Scalars.money(m.get("basePrice"), "basePrice", digits, d)
            : Long.valueOf(0);
    OrderQuantity quantity = quantity(m.get("maxQuantity"));
    Node attributesNode = m.require("attributes");
    AttributeReader attributes = new AttributeReader(d, digits);
    attributes.read(attributesNode);
    List<PrintArea> printAreas =
        new PrintAreaReader(d, attributes.byId()).read(m.get("printAreas"));
    List<Attribute> generated = new ArrayList<>();
    List<Constraint> generatedRules = new ArrayList<>();
    List<Fact> generatedFacts = new ArrayList<>();
    for (PrintArea area : printAreas) {
      for (Attribute a : ArtworkAttributes.attributes(area)) {
        if (attributes.byId().containsKey(a.id())) {
          d.at(
              m.get("printAreas"),
              "print area '"
                  + area.id()
                  + "' generates attribute '"
                  + a.id()
                  + "', which the model already defines");
        } else {
          generated.add(a);
        }
      }
      generatedRules.addAll(ArtworkRules.rules(area));
      generatedFacts.addAll(ArtworkAttributes.facts(area));
    }
    Map<String, Attribute> withArtwork = new LinkedHashMap<>(attributes.byId());
    generated.forEach(a -> withArtwork.put(a.id(), a));
    ModuleReader modules = new ModuleReader(d, digits, withArtwork);
    LibraryImports imports = new LibraryImports(d, libraries, digits);
    imports.read(m.get("imports"), modules);
    modules.read(m.get("modules"));
    List<Slot> slots = modules.slots(m.get("slots"), "the product model");
    Map<String, Attribute> scope = new LinkedHashMap<>(withArtwork);
    Map<String, Slot> slotMap = new LinkedHashMap<>();
    for (Slot s : slots) {
      Slots.expand(s).attributes().forEach(a -> scope.putIfAbsent(a.id(), a));
      slotMap.put(s.id(), s);
    }
    Expressions expressions = new Expressions(scope, slotMap, d);
    RuleReader rules = new RuleReader(d, expressions);
    rules.read(m.get("rules"));
    ProductionReader production = new ProductionReader(d, expressions, digits);
    List<Component> components = production.components(m.get("components"));
    List<BomLine> bom = production.bom(m.get("bom"));
    List<RoutingOperation> routing = production.routing(m.get("routing"));
    PresentationReader presentationReader = new PresentationReader(d, scope);
    Presentation presentation = presentationReader.presentation(m.get("presentation"));
    Map<String, PresentationReader.AreaIds> areaIds = new LinkedHashMap<>();
    for (PrintArea area : printAreas) {
      areaIds.put(
          area.id(),
          new PresentationReader.AreaIds(
              ArtworkAttributes.attributes(area).stream().map(Attribute::id).toList(),
              ArtworkRules.rules(area).stream().map(Constraint::id).toList()));
    }
    java.util.Set<String> ruleIds = ruleIds(rules, slots);
    areaIds.values().forEach(a -> ruleIds.addAll(a.rules()));
    Ownership departments = presentationReader.departments(m.get("departments"), ruleIds, areaIds);
    List<NeedQuestion> needs = new NeedsReader(d, expressions, digits).needs(m.get("needs"));
    if (id == null
        || version == null
        || label == null
        || currency == null
        || basePrice == null
        || attributesNode == null) {
      return null;
    }
    ProductModel model =
        Slots.flatten(
            new ProductModel(
                id,
                version,
                label,
                currency,
                basePrice,
                concat(attributes.attributes(), generated),
                concat(rules.rules(), generatedRules),
                components,
                concat(attributes.facts(), generatedFacts)),
            slots);
    return ProductDefinition.builder(model)
        .presentation(presentation)
        .bom(bom)
        .routing(routing)
        .departments(departments)
        .adaptive(attributes.adaptive())
        .needs(needs)
        .notByDefault(attributes.notByDefault())
        .modules(
            new ModuleStructure(
                slots,
                modules.defined().stream().map(modules::defined).filter(t -> t != null).toList(),
                imports.imports()))
        .printAreas(printAreas)
        .quantity(quantity)
        .build();
  }

  /** {@code maxQuantity}: a whole number from 1 to the global limit; absent, the global limit. */
  private OrderQuantity quantity(Node node) {
    if (node == null) {
      return OrderQuantity.ANY;
    }
    Long max = Scalars.integer(node, "maxQuantity", d);
    if (max == null) {
      return OrderQuantity.ANY;
    }
    if (max < 1 || max > OrderQuantity.LIMIT) {
      d.at(node, "maxQuantity " + max + " is not a whole number from 1 to " + OrderQuantity.LIMIT);
      return OrderQuantity.ANY;
    }
    return new OrderQuantity(max.intValue());
  }

  private static <T> List<T> concat(List<? extends T> first, List<? extends T> second) {
    List<T> out = new ArrayList<>(first);
    out.addAll(second);
    return out;
  }

  /** The product's rule ids and those of the unrolled slots ({@code bays[2].glass-shelves}). */
  private static java.util.Set<String> ruleIds(RuleReader rules, List<Slot> slots) {
    java.util.Set<String> ids = new java.util.LinkedHashSet<>(rules.ids().keySet());
    for (Slot s : slots) {
      Slots.expand(s).constraints().forEach(c -> ids.add(c.id()));
    }
    return ids;
  }

  private int currencyDigits(Node node) {
    String code = Scalars.text(node, "currency", d);
    if (code == null) {
      return 2;
    }
    try {
      if (!code.matches("[A-Z]{3}")) {
        throw new IllegalArgumentException(code);
      }
      int digits = Currency.getInstance(code).getDefaultFractionDigits();
      return digits < 0 ? 2 : digits;
    } catch (IllegalArgumentException e) {
      d.at(node, "unknown currency '" + code + "'; expected an ISO 4217 code such as EUR");
      return 2;
    }
  }
}
