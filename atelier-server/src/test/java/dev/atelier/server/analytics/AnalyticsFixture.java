package dev.atelier.server.analytics;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.catalogue.FixedCatalogue;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.testing.TestServer;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** The catalogue the analytics tests use: the demos plus a second version of the bicycle. */
final class AnalyticsFixture {

  static final Catalogue CATALOGUE = withSecondBicycle();

  /** The product versions the seeded stream covers. */
  static final List<ProductVersion> PRODUCTS =
      List.of(
          CATALOGUE.find("bicycle", "2025.1").orElseThrow(),
          CATALOGUE.find("bicycle", "2026.1").orElseThrow(),
          CATALOGUE.find("pizza", "2025.1").orElseThrow(),
          CATALOGUE.find("sneakers", "2025.1").orElseThrow());

  private AnalyticsFixture() {}

  private static Catalogue withSecondBicycle() {
    List<ProductVersion> versions = new ArrayList<>();
    for (String id : TestServer.CATALOGUE.productIds()) {
      versions.add(TestServer.CATALOGUE.current(id).orElseThrow());
    }
    ProductDefinition old = TestServer.CATALOGUE.current("bicycle").orElseThrow().definition();
    ProductModel m = old.model();
    ProductModel next =
        new ProductModel(
            m.id(),
            "2026.1",
            m.label(),
            m.currency(),
            m.basePrice(),
            m.attributes(),
            m.constraints(),
            m.components());
    ProductDefinition definition = withModel(old, next);
    versions.add(
        new ProductVersion(
            definition, CompiledModel.compile(next, Deadline.inMillis(60_000)).orThrow()));
    return new FixedCatalogue(versions);
  }

  /** {@code d} with another model, every other section kept (whatever sections it has). */
  private static ProductDefinition withModel(ProductDefinition d, ProductModel model) {
    RecordComponent[] parts = ProductDefinition.class.getRecordComponents();
    Object[] values = new Object[parts.length];
    Class<?>[] types = new Class<?>[parts.length];
    try {
      for (int i = 0; i < parts.length; i++) {
        types[i] = parts[i].getType();
        values[i] =
            parts[i].getType() == ProductModel.class ? model : parts[i].getAccessor().invoke(d);
      }
      return ProductDefinition.class.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
