package dev.atelier.server.catalogue;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import dev.atelier.formats.demo.Demos;
import dev.atelier.formats.product.DefinitionResult;
import dev.atelier.formats.product.ProductDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A catalogue fixed at construction, in memory, every version effective since the epoch: for tools
 * and tests without a database. Immutable and thread-safe.
 */
public final class FixedCatalogue implements Catalogue {

  private final Map<String, List<ProductVersion>> products;

  /** A catalogue of these versions, grouped by product in the given order, oldest first. */
  public FixedCatalogue(List<ProductVersion> versions) {
    Map<String, List<ProductVersion>> byProduct = new LinkedHashMap<>();
    for (ProductVersion v : versions) {
      byProduct.computeIfAbsent(v.product(), k -> new ArrayList<>()).add(v);
    }
    byProduct.replaceAll((k, v) -> List.copyOf(v));
    this.products = Collections.unmodifiableMap(byProduct);
  }

  /** The demo catalogue, compiled; see {@link Catalogue#demos}. */
  static FixedCatalogue demos(Deadline deadline) {
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
    return new FixedCatalogue(versions);
  }

  @Override
  public List<ProductFamily> families() {
    return products.keySet().stream().map(p -> family(p).orElseThrow()).toList();
  }

  @Override
  public Optional<ProductFamily> family(String product) {
    List<ProductVersion> versions = products.get(product);
    if (versions == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ProductFamily(
            product,
            versions.stream()
                .map(
                    v ->
                        new ProductFamily.Release(
                            product, v.version(), Instant.EPOCH, "fixed:" + v.version()))
                .toList()));
  }

  @Override
  public Optional<ProductVersion> find(String product, String version) {
    return products.getOrDefault(product, List.of()).stream()
        .filter(v -> v.version().equals(version))
        .findFirst();
  }
}
