package dev.atelier.server.feedback;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.Value;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.feedback.FeedbackJson.ValueName;
import dev.atelier.server.http.Nullable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The labels of attributes and values per language, from the version named or else the product's
 * current one; empty when neither has them (the page shows the id). One per request: it keeps the
 * versions it looked up. Not thread-safe.
 */
final class ValueNames {

  private final Catalogue catalogue;
  private final Map<String, Optional<ProductModel>> models = new HashMap<>();

  ValueNames(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** {@code attribute = value} of {@code product} {@code version} with their labels. */
  ValueName value(String product, String version, String attribute, String value) {
    Optional<Attribute> a = attribute(product, version, attribute);
    Map<String, String> valueLabel =
        a.filter(EnumAttribute.class::isInstance)
            .map(EnumAttribute.class::cast)
            .flatMap(e -> e.values().stream().filter(v -> v.id().equals(value)).findFirst())
            .map(Value::label)
            .map(l -> l.texts())
            .orElse(Map.of());
    return new ValueName(
        attribute, value, a.map(x -> x.label().texts()).orElse(Map.of()), valueLabel);
  }

  /** The labels of {@code attribute} of {@code product} (empty: none known, or no attribute). */
  Map<String, String> attributeLabel(String product, String attribute) {
    return attribute == null
        ? Map.of()
        : attribute(product, null, attribute).map(a -> a.label().texts()).orElse(Map.of());
  }

  private Optional<Attribute> attribute(
      String product, @Nullable String version, String attribute) {
    Optional<Attribute> inVersion =
        version == null
            ? Optional.empty()
            : model(product, version).map(m -> m.attributesById().get(attribute));
    return inVersion.isPresent()
        ? inVersion
        : model(product, null).map(m -> m.attributesById().get(attribute));
  }

  /** {@code product} in {@code version} (null: its current version), if the catalogue has it. */
  private Optional<ProductModel> model(String product, @Nullable String version) {
    return models.computeIfAbsent(
        product + "\n" + version,
        k ->
            (version == null ? catalogue.current(product) : catalogue.find(product, version))
                .map(ProductVersion::model));
  }
}
