package dev.atelier.server.studio;

import dev.atelier.server.catalogue.ModelJson.ModelDiagnostic;
import dev.atelier.server.http.Nullable;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the studio routes. Instants are ISO-8601 strings in UTC. Immutable. */
public final class StudioJson {

  private StudioJson() {}

  /** {@code GET /api/studio/products}: every product with its versions. */
  public record StudioProducts(List<StudioProduct> products) {}

  /** A product and its versions, oldest first, drafts last. */
  public record StudioProduct(String id, @Nullable String current, List<StudioVersion> versions) {}

  /**
   * One version in the studio.
   *
   * @param status draft, scheduled, current or retired
   * @param effectiveTo when it stops (or stopped) being offered, if it has an end
   * @param pins what pins this version
   */
  public record StudioVersion(
      String version,
      String status,
      @Nullable String effectiveFrom,
      @Nullable String effectiveTo,
      String createdBy,
      String createdAt,
      @Nullable String publishedBy,
      @Nullable String publishedAt,
      int errors,
      int warnings,
      Pins pins) {}

  /** How many open orders (not yet in production), saved designs and owned products pin it. */
  public record Pins(long openOrders, long savedDesigns, long ownedProducts) {}

  /** {@code GET /api/studio/audit}: newest first. */
  public record AuditLog(List<AuditEntry> entries) {}

  /** Who did what to which version, when. */
  public record AuditEntry(
      String product, String version, String action, String detail, String actor, String at) {}

  /** A draft's source with its findings. */
  public record DraftSource(
      String product,
      String version,
      String format,
      String status,
      String source,
      List<ModelDiagnostic> diagnostics,
      List<AttributeSummary> attributes,
      List<String> languages) {}

  /** An attribute of the draft as the forms show it: its values with labels and prices. */
  public record AttributeSummary(
      String id, String kind, Map<String, String> label, List<ValueSummary> values) {}

  /** A value: its labels per language, price as written (null: none), retired by a rule. */
  public record ValueSummary(
      String id, Map<String, String> label, @Nullable String price, boolean retired) {}

  /** {@code POST .../check}: a source to check without keeping it. */
  public record CheckRequest(String source) {}

  /** The findings of a source. */
  public record CheckResult(List<ModelDiagnostic> diagnostics, int errors) {}

  /**
   * {@code POST .../edit}: one everyday change to the draft's source.
   *
   * @param kind price, label, add-value or retire-value
   * @param price the new price in the currency (decimal; empty removes it)
   * @param labels a label per language (label: the languages to change; add-value: all)
   */
  public record EditRequest(
      String kind,
      String attribute,
      @Nullable String value,
      @Nullable String price,
      @Nullable Map<String, String> labels) {}

  /** {@code POST .../drafts}: start a draft from this version. */
  public record NewDraftRequest(String version) {}

  /**
   * {@code POST .../publish}: publish a draft, or roll back to a retired version.
   *
   * @param effectiveFrom an ISO date or instant; now when absent
   * @param previousEffectiveTo when the version current until then stops being offered; absent:
   *     when this one becomes effective
   */
  public record PublishRequest(
      @Nullable String effectiveFrom, @Nullable String previousEffectiveTo) {}

  /** An open wish about a product. */
  public record OpenWish(long id, @Nullable String attribute, String text) {}
}
