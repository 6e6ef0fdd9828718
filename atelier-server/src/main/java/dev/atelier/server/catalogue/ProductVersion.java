package dev.atelier.server.catalogue;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.formats.product.ProductDefinition;
import java.util.Objects;

/**
 * One version of a product in the catalogue: its definition and the model compiled once, shared by
 * every request. Immutable and thread-safe.
 *
 * @param definition the product definition (model, presentation, production data)
 * @param compiled the compiled model
 */
public record ProductVersion(ProductDefinition definition, CompiledModel compiled) {

  public ProductVersion {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(compiled, "compiled");
  }

  /** The product model. */
  public ProductModel model() {
    return definition.model();
  }

  /** The product id. */
  public String product() {
    return model().id();
  }

  /** The version. */
  public String version() {
    return model().version();
  }
}
