package dev.atelier.server.shared;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.TextAttribute;
import dev.atelier.engine.model.Value;
import dev.atelier.engine.session.Decision;
import dev.atelier.formats.print.ArtworkAttributes;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.http.Nullable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What staff and customers read for an order's design: each chosen value with the labels of the
 * model of the order's pinned version (attribute label and value label, numbers with their unit),
 * so the pages need not load models; an upload's facts (its pixels, colours, photo) are left out.
 * Immutable and thread-safe.
 */
public final class DesignSummary {

  private final Catalogue catalogue;

  /** Lines in the labels of {@code catalogue}'s models. */
  public DesignSummary(Catalogue catalogue) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
  }

  /** {@link #lines(String, String, Map, Map)} without personalization texts. */
  public List<DesignLine> lines(String product, String version, Map<String, String> configuration) {
    return lines(product, version, configuration, Map.of());
  }

  /** The model of {@code product} in {@code version}, while the catalogue has it. */
  public Optional<ProductModel> model(String product, String version) {
    return catalogue.find(product, version).map(v -> v.definition().model());
  }

  /**
   * The print areas of {@code product} in {@code version} with their labels per language (area id
   * to language to text), in the model's order; none when the catalogue lacks the version.
   */
  public Map<String, Map<String, String>> printAreaLabels(String product, String version) {
    Map<String, Map<String, String>> labels = new LinkedHashMap<>();
    catalogue
        .find(product, version)
        .ifPresent(
            v ->
                v.definition()
                    .printAreas()
                    .forEach(a -> labels.put(a.id(), Map.copyOf(a.label().texts()))));
    return Collections.unmodifiableMap(labels);
  }

  /**
   * The lines of {@code configuration} (attribute id to value id) in the model's attribute order:
   * yes/no attributes that are no and absent values are left out. Without the version the lines
   * show the ids, in the configuration's order. A given text attribute shows its text from {@code
   * texts} (text attribute id to text), when there.
   */
  public List<DesignLine> lines(
      String product,
      String version,
      Map<String, String> configuration,
      Map<String, String> texts) {
    Optional<ProductModel> model =
        catalogue.find(product, version).map(v -> v.definition().model());
    // An upload's facts (pixels, colours, photo) are the server's reading of the file, not a
    // choice: no one makes anything from "image width in pixels: 240 px".
    Set<String> artworkFacts = new HashSet<>();
    catalogue
        .find(product, version)
        .ifPresent(
            v ->
                v.definition()
                    .printAreas()
                    .forEach(
                        a ->
                            ArtworkAttributes.facts(a)
                                .forEach(f -> artworkFacts.add(f.attribute()))));
    List<DesignLine> lines = new ArrayList<>();
    if (model.isEmpty()) {
      configuration.forEach(
          (attribute, value) -> {
            if (shown(value)) {
              lines.add(ids(attribute, value));
            }
          });
      return List.copyOf(lines);
    }
    for (Attribute a : model.get().attributes()) {
      String value = configuration.get(a.id());
      if (value != null && shown(value) && !artworkFacts.contains(a.id())) {
        lines.add(line(a, value, texts.get(a.id())));
      }
    }
    return List.copyOf(lines);
  }

  private static boolean shown(String value) {
    return !value.equals(Decision.UNSET) && !value.equals(BooleanAttribute.FALSE);
  }

  private static DesignLine line(Attribute attribute, String valueId, @Nullable String text) {
    Map<String, String> label = attribute.label().texts();
    if (attribute instanceof BooleanAttribute) {
      return new DesignLine(attribute.id(), DesignLine.YES, label, null);
    }
    if (attribute instanceof TextAttribute) {
      return new DesignLine(
          attribute.id(),
          DesignLine.TEXT,
          label,
          text == null ? null : LocalizedText.of(text).texts());
    }
    if (attribute instanceof IntegerAttribute number) {
      String shown = number.valueLabel(valueId, LocalizedText.DEFAULT_LANGUAGE);
      return new DesignLine(
          attribute.id(), DesignLine.NUMBER, label, LocalizedText.of(shown).texts());
    }
    Map<String, String> value =
        ((EnumAttribute) attribute)
            .values().stream()
                .filter(v -> v.id().equals(valueId))
                .map(Value::label)
                .findFirst()
                .orElseGet(() -> LocalizedText.of(valueId))
                .texts();
    return new DesignLine(attribute.id(), DesignLine.CHOICE, label, value);
  }

  private static DesignLine ids(String attributeId, String valueId) {
    return new DesignLine(
        attributeId,
        DesignLine.CHOICE,
        LocalizedText.of(attributeId).texts(),
        LocalizedText.of(valueId).texts());
  }
}
