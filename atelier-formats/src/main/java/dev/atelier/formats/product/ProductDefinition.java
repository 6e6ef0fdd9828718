package dev.atelier.formats.product;

import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.formats.print.PrintArea;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a native model file defines: the engine's solution space plus the typed sections the
 * server uses around it (pictures, bill of material, routing, departments, adaptive attributes).
 * Immutable and thread-safe.
 *
 * @param model the solution space
 * @param presentation the product picture
 * @param bom bill-of-material lines, in file order
 * @param routing manufacturing operations, in file order
 * @param departments who owns which attributes and rules
 * @param adaptive ids of attributes the owner may re-adjust after purchase (within the solution
 *     space, without a new production order), in attribute order
 * @param needs the needs dialogue: questions in the customer's terms mapped to preferences,
 *     requirements and budgets, in file order
 * @param notByDefault values offered only when the customer picks them (avoided by completion,
 *     repairs and proposals), in attribute order
 * @param modules the module types, slots and imports the model was written with ({@link
 *     ModuleStructure#NONE} for a flat model)
 * @param printAreas surfaces that take the customer's own artwork, in file order; their generated
 *     attributes, facts and rules (see {@link dev.atelier.formats.print.ArtworkAttributes}) are
 *     already part of {@code model}
 */
public record ProductDefinition(
    ProductModel model,
    Presentation presentation,
    List<BomLine> bom,
    List<RoutingOperation> routing,
    Ownership departments,
    Set<String> adaptive,
    List<NeedQuestion> needs,
    List<NotByDefault> notByDefault,
    ModuleStructure modules,
    List<PrintArea> printAreas) {

  public ProductDefinition {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(presentation, "presentation");
    bom = List.copyOf(bom);
    routing = List.copyOf(routing);
    Objects.requireNonNull(departments, "departments");
    adaptive = Collections.unmodifiableSet(new LinkedHashSet<>(adaptive));
    needs = List.copyOf(needs);
    notByDefault = List.copyOf(notByDefault);
    Objects.requireNonNull(modules, "modules");
    printAreas = List.copyOf(printAreas);
  }

  /** A definition without print areas. */
  public ProductDefinition(
      ProductModel model,
      Presentation presentation,
      List<BomLine> bom,
      List<RoutingOperation> routing,
      Ownership departments,
      Set<String> adaptive,
      List<NeedQuestion> needs,
      List<NotByDefault> notByDefault,
      ModuleStructure modules) {
    this(
        model,
        presentation,
        bom,
        routing,
        departments,
        adaptive,
        needs,
        notByDefault,
        modules,
        List.of());
  }

  /** A definition of a flat model (no module structure) without print areas. */
  public ProductDefinition(
      ProductModel model,
      Presentation presentation,
      List<BomLine> bom,
      List<RoutingOperation> routing,
      Ownership departments,
      Set<String> adaptive,
      List<NeedQuestion> needs,
      List<NotByDefault> notByDefault) {
    this(
        model,
        presentation,
        bom,
        routing,
        departments,
        adaptive,
        needs,
        notByDefault,
        ModuleStructure.NONE);
  }

  /** The print area {@code id}, if the product has one. */
  public java.util.Optional<PrintArea> printArea(String id) {
    return printAreas.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** A definition where every value is offered by default. */
  public ProductDefinition(
      ProductModel model,
      Presentation presentation,
      List<BomLine> bom,
      List<RoutingOperation> routing,
      Ownership departments,
      Set<String> adaptive,
      List<NeedQuestion> needs) {
    this(model, presentation, bom, routing, departments, adaptive, needs, List.of());
  }

  /** The conditions completion, repairs and proposals avoid unless the design decides them. */
  public List<Expr> avoidByDefault() {
    return NotByDefault.conditions(notByDefault);
  }

  /** A definition of {@code model} alone, without the other sections. */
  public static ProductDefinition of(ProductModel model) {
    return new ProductDefinition(
        model, Presentation.NONE, List.of(), List.of(), Ownership.NONE, Set.of(), List.of());
  }
}
