package dev.atelier.formats.product;

import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.formats.print.PrintArea;
import dev.atelier.formats.print.UndecoratedArea;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * @param quantity the most units one order of the product takes ({@link OrderQuantity#ANY} when the
 *     model declares no {@code maxQuantity})
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
    List<PrintArea> printAreas,
    OrderQuantity quantity) {

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
    Objects.requireNonNull(quantity, "quantity");
  }

  /** The print area {@code id}, if the product has one. */
  public Optional<PrintArea> printArea(String id) {
    return printAreas.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * The conditions completion, repairs and proposals avoid unless the design decides them: the
   * values not offered by default, then a technique on a print area with nothing on it.
   */
  public List<Expr> avoidByDefault() {
    List<Expr> avoid = new ArrayList<>(NotByDefault.conditions(notByDefault));
    avoid.addAll(UndecoratedArea.conditions(printAreas));
    return List.copyOf(avoid);
  }

  /** A definition of {@code model} alone, without the other sections. */
  public static ProductDefinition of(ProductModel model) {
    return builder(model).build();
  }

  /** A builder for a definition of {@code model}; every section starts empty. */
  public static Builder builder(ProductModel model) {
    return new Builder(model);
  }

  /** Builds a {@link ProductDefinition} section by section. Not thread-safe. */
  public static final class Builder {
    private final ProductModel model;
    private Presentation presentation = Presentation.NONE;
    private List<BomLine> bom = List.of();
    private List<RoutingOperation> routing = List.of();
    private Ownership departments = Ownership.NONE;
    private Set<String> adaptive = Set.of();
    private List<NeedQuestion> needs = List.of();
    private List<NotByDefault> notByDefault = List.of();
    private ModuleStructure modules = ModuleStructure.NONE;
    private List<PrintArea> printAreas = List.of();
    private OrderQuantity quantity = OrderQuantity.ANY;

    private Builder(ProductModel model) {
      this.model = model;
    }

    /** The product picture. */
    public Builder presentation(Presentation presentation) {
      this.presentation = presentation;
      return this;
    }

    /** The bill-of-material lines. */
    public Builder bom(List<BomLine> bom) {
      this.bom = bom;
      return this;
    }

    /** The manufacturing operations. */
    public Builder routing(List<RoutingOperation> routing) {
      this.routing = routing;
      return this;
    }

    /** Who owns which attributes and rules. */
    public Builder departments(Ownership departments) {
      this.departments = departments;
      return this;
    }

    /** The attributes the owner may re-adjust after purchase. */
    public Builder adaptive(Set<String> adaptive) {
      this.adaptive = adaptive;
      return this;
    }

    /** The needs dialogue. */
    public Builder needs(List<NeedQuestion> needs) {
      this.needs = needs;
      return this;
    }

    /** The values offered only when the customer picks them. */
    public Builder notByDefault(List<NotByDefault> notByDefault) {
      this.notByDefault = notByDefault;
      return this;
    }

    /** The module types, slots and imports. */
    public Builder modules(ModuleStructure modules) {
      this.modules = modules;
      return this;
    }

    /** The surfaces that take the customer's own artwork. */
    public Builder printAreas(List<PrintArea> printAreas) {
      this.printAreas = printAreas;
      return this;
    }

    /** The most units one order takes. */
    public Builder quantity(OrderQuantity quantity) {
      this.quantity = quantity;
      return this;
    }

    /** The definition. */
    public ProductDefinition build() {
      return new ProductDefinition(
          model,
          presentation,
          bom,
          routing,
          departments,
          adaptive,
          needs,
          notByDefault,
          modules,
          printAreas,
          quantity);
    }
  }
}
