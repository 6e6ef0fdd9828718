package dev.atelier.server.catalogue;

import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Problem;
import java.util.List;

/**
 * The JSON shapes of the model catalogue routes (product managers). Instants are ISO-8601 strings
 * in UTC. All records are immutable and thread-safe.
 */
public final class ModelJson {

  private ModelJson() {}

  /**
   * {@code POST /api/models}: a model to check and keep as a draft.
   *
   * @param format yaml, json (the native format), uvl, featureide, sxfm, dimacs or xcsp
   * @param source the model text
   * @param product the product id; the native format's own id when absent (must then match)
   * @param version the version; likewise
   */
  public record UploadRequest(
      String format, String source, @Nullable String product, @Nullable String version) {}

  /**
   * {@code POST /api/models/{product}/versions/{version}/publish}.
   *
   * @param effectiveFrom an ISO date ({@code 2027-01-01}, midnight UTC) or instant ({@code
   *     2027-01-01T08:00:00Z}); now when absent. In the future, the version is scheduled.
   * @param previousEffectiveTo when the version current until then stops being offered, read the
   *     same way; when the new version starts when absent
   */
  public record PublishRequest(
      @Nullable String effectiveFrom, @Nullable String previousEffectiveTo) {}

  /** {@code GET /api/models}: every version of every product, drafts included. */
  public record ModelList(List<ModelVersionView> models) {}

  /**
   * A model version with its check report.
   *
   * @param status draft, scheduled (published, not yet effective) or published
   * @param current whether it is its product's current version
   * @param checked false for versions stored without a check (the seeded demos)
   */
  public record ModelVersionView(
      String product,
      String version,
      String format,
      String status,
      @Nullable String effectiveFrom,
      boolean current,
      String createdBy,
      String createdAt,
      @Nullable String publishedBy,
      @Nullable String publishedAt,
      boolean checked,
      @Nullable ModelCounts counts,
      List<ModelDiagnostic> diagnostics) {}

  /**
   * What a check counted. {@code configurations} is a decimal number (exact, or an upper bound when
   * counting ran out of time), absent when the model could not be counted.
   */
  public record ModelCounts(
      int attributes,
      int rules,
      @Nullable String configurations,
      boolean configurationsExact,
      int deadValues,
      int forced,
      int redundantRules,
      int errors,
      int warnings) {}

  /**
   * One finding, at a place in the source ({@code text} is {@code file:line:col: message}).
   *
   * @param severity error (the version cannot be published), warning or info
   * @param code what kind: syntax, invalid-model, unsatisfiable, too-hard, dead-value, forced
   *     (always {@code value}), forced-unset, forced-set, redundant-rule, count-bound, not-checked
   */
  public record ModelDiagnostic(
      String severity,
      String code,
      String file,
      int line,
      int column,
      String message,
      @Nullable String attribute,
      @Nullable String value,
      @Nullable String rule,
      String text) {}

  /** The stored check report of a version. */
  public record ModelReport(ModelCounts counts, List<ModelDiagnostic> diagnostics) {
    /** Whether any finding is an error. */
    public boolean hasErrors() {
      return counts.errors() > 0;
    }
  }

  /** The explanation of a rejected upload: every problem the reader found. */
  public record UploadRejection(List<ModelDiagnostic> diagnostics) implements Problem.Explanation {}
}
