package dev.atelier.server.catalogue;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import dev.atelier.formats.demo.Demos;
import dev.atelier.formats.product.DefinitionResult;
import dev.atelier.formats.product.ProductDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The products the server offers, each in one or more versions, compiled once at start-up.
 * Immutable and thread-safe. (Later: loaded from a model store; today the demo catalogue.)
 */
public final class Catalogue {

  private final Map<String, List<ProductVersion>> products;

  /** A catalogue of these versions, grouped by product in the given order. */
  public Catalogue(List<ProductVersion> versions) {
    Map<String, List<ProductVersion>> byProduct = new LinkedHashMap<>();
    for (ProductVersion v : versions) {
      byProduct.computeIfAbsent(v.product(), k -> new ArrayList<>()).add(v);
    }
    byProduct.replaceAll((k, v) -> List.copyOf(v));
    this.products = java.util.Collections.unmodifiableMap(byProduct);
  }

  /**
   * The demo catalogue: every model of {@link Demos#NAMES}, compiled. A demo that does not load or
   * compile is a build defect: this throws {@link IllegalStateException} naming it.
   */
  public static Catalogue demos(Deadline deadline) {
    List<ProductVersion> versions = new ArrayList<>();
    for (String name : Demos.NAMES) {
      DefinitionResult read = Demos.load(name);
      if (!(read instanceof DefinitionResult.Loaded loaded)) {
        throw new IllegalStateException(
            "demo " + name + " does not load: " + ((DefinitionResult.Rejected) read).diagnostics());
      }
      ProductDefinition definition = loaded.definition();
      Result<CompiledModel> compiled = CompiledModel.compile(definition.model(), deadline);
      if (!compiled.isOk()) {
        throw new IllegalStateException(
            "demo " + name + " does not compile: " + compiled.failureOrNull().message());
      }
      versions.add(new ProductVersion(definition, compiled.orThrow()));
    }
    return new Catalogue(versions);
  }

  /** Product ids, in catalogue order. */
  public List<String> productIds() {
    return List.copyOf(products.keySet());
  }

  /** The versions of {@code product}, oldest first; empty for an unknown product. */
  public List<ProductVersion> versions(String product) {
    return products.getOrDefault(product, List.of());
  }

  /** {@code product} in {@code version}, if the catalogue has it. */
  public Optional<ProductVersion> find(String product, String version) {
    return versions(product).stream().filter(v -> v.version().equals(version)).findFirst();
  }
}
