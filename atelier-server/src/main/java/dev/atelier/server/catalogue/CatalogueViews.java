package dev.atelier.server.catalogue;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.TextAttribute;
import dev.atelier.formats.product.Presentation;
import dev.atelier.server.catalogue.CatalogueJson.AttributeInfo;
import dev.atelier.server.catalogue.CatalogueJson.FactInfo;
import dev.atelier.server.catalogue.CatalogueJson.LayerInfo;
import dev.atelier.server.catalogue.CatalogueJson.PresentationInfo;
import dev.atelier.server.catalogue.CatalogueJson.ProductDetail;
import dev.atelier.server.catalogue.CatalogueJson.ProductSummary;
import dev.atelier.server.catalogue.CatalogueJson.ReleaseInfo;
import dev.atelier.server.catalogue.CatalogueJson.RuleInfo;
import dev.atelier.server.catalogue.CatalogueJson.TextInfo;
import dev.atelier.server.catalogue.CatalogueJson.ValueInfo;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Maps catalogue entries to their JSON shapes. Stateless and thread-safe. */
final class CatalogueViews {

  private CatalogueViews() {}

  static ProductSummary summary(ProductFamily family, ProductVersion current) {
    return new ProductSummary(
        family.id(),
        current.model().label().texts(),
        current.model().currency(),
        family.versions(),
        family.current(),
        family.releases().stream()
            .map(
                r ->
                    new ReleaseInfo(
                        r.version(),
                        r.effectiveFrom().toString(),
                        r.version().equals(family.current())))
            .toList());
  }

  static ProductDetail detail(ProductVersion version) {
    ProductModel m = version.model();
    return new ProductDetail(
        m.id(),
        m.version(),
        m.label().texts(),
        m.currency(),
        m.basePrice(),
        m.attributes().stream().map(CatalogueViews::attribute).toList(),
        m.constraints().stream()
            .map(c -> new RuleInfo(c.id(), kind(c), c.label().texts()))
            .toList(),
        presentation(version.definition().presentation()),
        m.facts().stream()
            .map(
                f ->
                    new FactInfo(
                        f.attribute(),
                        f.fromProfile() ? f.profileKey() : null,
                        f.help().map(h -> h.texts()).orElse(null)))
            .toList(),
        version.definition().printAreas().stream().map(CatalogueViews::printArea).toList(),
        version.definition().quantity().max());
  }

  private static CatalogueJson.PrintAreaInfo printArea(dev.atelier.formats.print.PrintArea area) {
    java.util.Map<String, Integer> colours = new java.util.LinkedHashMap<>();
    area.techniques()
        .forEach(t -> colours.put(t.technique().id(), t.unlimited() ? null : t.maxColours()));
    return new CatalogueJson.PrintAreaInfo(
        area.id(),
        area.label().texts(),
        area.part(),
        area.widthMm(),
        area.heightMm(),
        area.safeMarginMm(),
        colours,
        dev.atelier.formats.print.ArtworkAttributes.attributes(area).stream()
            .map(a -> a.id())
            .toList(),
        area.text().map(CatalogueViews::textStyle).orElse(null));
  }

  private static CatalogueJson.TextStyleInfo textStyle(dev.atelier.formats.print.PrintText t) {
    return new CatalogueJson.TextStyleInfo(
        t.attributes(),
        t.place().orElse(null),
        t.sizeMm() == dev.atelier.formats.print.PrintText.FIT ? null : t.sizeMm(),
        t.colourAttribute().orElse(null),
        t.colours(),
        t.position().id());
  }

  private static String kind(Constraint c) {
    return c.getClass().getSimpleName().toLowerCase(Locale.ROOT);
  }

  private static AttributeInfo attribute(Attribute a) {
    Map<String, String> label = a.label().texts();
    if (a instanceof IntegerAttribute i) {
      return new AttributeInfo(
          i.id(),
          "integer",
          label,
          i.optional(),
          null,
          i.min(),
          i.max(),
          i.step(),
          i.unit(),
          i.pricePerUnit(),
          null,
          null);
    }
    if (a instanceof EnumAttribute e) {
      List<ValueInfo> values =
          e.values().stream()
              .map(v -> new ValueInfo(v.id(), v.label().texts(), v.price()))
              .toList();
      return new AttributeInfo(
          e.id(), "enum", label, e.optional(), values, null, null, null, null, null, null, null);
    }
    List<ValueInfo> values =
        a.valueIds().stream()
            .map(
                v ->
                    new ValueInfo(
                        v,
                        Map.of(LocalizedText.DEFAULT_LANGUAGE, a.valueLabel(v, "en")),
                        a.priceOf(v)))
            .toList();
    if (a instanceof TextAttribute t) {
      return new AttributeInfo(
          t.id(),
          "text",
          label,
          t.optional(),
          values,
          null,
          null,
          null,
          null,
          null,
          t.maxLength(),
          t.allowedCharacters());
    }
    BooleanAttribute b = (BooleanAttribute) a;
    return new AttributeInfo(
        b.id(), "boolean", label, b.optional(), values, null, null, null, null, null, null, null);
  }

  private static PresentationInfo presentation(Presentation p) {
    return new PresentationInfo(
        p.width(),
        p.height(),
        p.layers().stream()
            .map(l -> new LayerInfo(l.attribute(), l.value(), l.asset(), l.z(), l.colour()))
            .toList(),
        p.texts().stream()
            .map(
                t ->
                    new TextInfo(
                        t.attribute(), t.x(), t.y(), t.z(), t.font(), t.size(), t.colour()))
            .toList(),
        p.rows());
  }
}
