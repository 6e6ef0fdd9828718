package dev.atelier.server.studio;

import dev.atelier.server.catalogue.Drafts;
import dev.atelier.server.catalogue.ModelJson.ModelCounts;
import dev.atelier.server.catalogue.ModelJson.ModelReport;
import dev.atelier.server.catalogue.ProductFamily;
import dev.atelier.server.catalogue.StoredCatalogue;
import dev.atelier.server.catalogue.StoredVersion;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.studio.StudioJson.Pins;
import dev.atelier.server.studio.StudioJson.StudioProduct;
import dev.atelier.server.studio.StudioJson.StudioVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Products and their versions as the studio lists them: draft, scheduled (published, not yet
 * effective), current (the one offered) or retired (published and no longer current). Thread-safe.
 */
final class StudioVersions {

  private static final Pins NONE = new Pins(0, 0, 0);

  private final StoredCatalogue catalogue;
  private final StudioStore store;

  StudioVersions(StoredCatalogue catalogue, StudioStore store) {
    this.catalogue = catalogue;
    this.store = store;
  }

  /** The status of {@code v} now. */
  String status(StoredVersion v) {
    if (!v.published()) {
      return "draft";
    }
    if (v.effectiveFrom() != null && v.effectiveFrom().isAfter(catalogue.clock().instant())) {
      return "scheduled";
    }
    String current = catalogue.family(v.product()).map(ProductFamily::current).orElse(null);
    return v.version().equals(current) ? "current" : "retired";
  }

  /** Every product, in catalogue order. */
  List<StudioProduct> all() {
    return products(null);
  }

  /** One product. */
  StudioProduct product(String id) {
    return products(id).get(0);
  }

  private List<StudioProduct> products(@Nullable String only) {
    Instant now = catalogue.clock().instant();
    Map<String, String> current = new HashMap<>();
    catalogue.families().forEach(f -> current.put(f.id(), f.current()));
    Map<String, Instant> ends = catalogue.store().publications().effectiveTo();
    Map<String, Pins> pins = store.pins();
    Map<String, List<StudioVersion>> byProduct = new LinkedHashMap<>();
    List<StoredVersion> drafts = new ArrayList<>();
    for (StoredVersion v : catalogue.store().all()) {
      if (only != null && !only.equals(v.product())) {
        continue;
      }
      List<StudioVersion> versions = byProduct.computeIfAbsent(v.product(), k -> new ArrayList<>());
      if (!v.published()) {
        drafts.add(v);
        continue;
      }
      versions.add(view(v, now, current.get(v.product()), ends, pins));
    }
    for (StoredVersion v : drafts) {
      byProduct
          .computeIfAbsent(v.product(), k -> new ArrayList<>())
          .add(view(v, now, null, ends, pins));
    }
    List<StudioProduct> out = new ArrayList<>();
    byProduct.forEach((id, vs) -> out.add(new StudioProduct(id, current.get(id), vs)));
    return out;
  }

  private static StudioVersion view(
      StoredVersion v,
      Instant now,
      @Nullable String current,
      Map<String, Instant> ends,
      Map<String, Pins> pins) {
    String key = v.product() + "\n" + v.version();
    String status;
    if (!v.published()) {
      status = "draft";
    } else if (v.effectiveFrom() != null && v.effectiveFrom().isAfter(now)) {
      status = "scheduled";
    } else {
      status = v.version().equals(current) ? "current" : "retired";
    }
    ModelReport report = Drafts.report(v);
    ModelCounts counts = report == null ? null : report.counts();
    Instant end = ends.get(key);
    return new StudioVersion(
        v.version(),
        status,
        text(v.effectiveFrom()),
        text(end),
        v.createdBy(),
        v.createdAt().toString(),
        v.publishedBy(),
        text(v.publishedAt()),
        counts == null ? 0 : counts.errors(),
        counts == null ? 0 : counts.warnings(),
        pins.getOrDefault(key, NONE));
  }

  private static @Nullable String text(@Nullable Instant i) {
    return i == null ? null : i.toString();
  }
}
