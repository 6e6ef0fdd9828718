package dev.atelier.server.catalogue;

import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.server.catalogue.ModelJson.UploadRejection;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an uploaded model must be before it is checked and stored ({@link ModelUploads}): a format
 * and a source within {@link ModelUploads#MAX_SOURCE_CHARS}, product and version names of 1 to 64
 * safe characters (in a native model the same as the model's own), and the problems answered when
 * it is not. Stateless.
 */
final class UploadChecks {
  private UploadChecks() {}

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /** The first problem of request {@code r} before its source is read, if any. */
  static Optional<Problem> request(ModelJson.UploadRequest r) {
    if (r.format() == null) {
      return Optional.of(Problem.badRequest("format", "'format' is required"));
    }
    if (r.source() == null) {
      return Optional.of(Problem.badRequest("source", "'source' is required"));
    }
    if (r.source().length() > ModelUploads.MAX_SOURCE_CHARS) {
      return Optional.of(
          Problem.of(
              413,
              "model-too-large",
              "The model is too large",
              "'source' has "
                  + r.source().length()
                  + " characters; at most "
                  + ModelUploads.MAX_SOURCE_CHARS
                  + " are accepted",
              "source"));
    }
    if (!ModelSource.FORMATS.containsKey(r.format())) {
      return Optional.of(
          Problem.of(
              422,
              "unknown-format",
              "Unknown model format",
              "no format '" + r.format() + "'; formats: " + ModelSource.FORMATS.keySet(),
              "format"));
    }
    return badName(r.product(), "product").or(() -> badName(r.version(), "version"));
  }

  /** The product and version {@code r} names, or else the model's; checked. */
  static Outcome<ModelSource> names(ModelJson.UploadRequest r, ProductDefinition d) {
    String product = r.product() == null ? d.model().id() : r.product();
    String version = r.version() == null ? d.model().version() : r.version();
    if (ModelSource.isNative(r.format())) {
      if (!product.equals(d.model().id())) {
        return mismatch("product", product, d.model().id());
      }
      if (!version.equals(d.model().version())) {
        return mismatch("version", version, d.model().version());
      }
    }
    Optional<Problem> badName = badName(product, "product").or(() -> badName(version, "version"));
    return badName.isPresent()
        ? Outcome.rejected(badName.get())
        : Outcome.ok(new ModelSource(r.format(), product, version, r.source()));
  }

  /** A 422 naming the first of {@code diagnostics} (and how many more). */
  static Problem unreadable(List<Diagnostic> diagnostics) {
    Diagnostic first = diagnostics.get(0);
    String more = diagnostics.size() == 1 ? "" : " (and " + (diagnostics.size() - 1) + " more)";
    return Problem.of(422, "invalid-model", "The model does not read", first + more, "source")
        .explainedBy(new UploadRejection(diagnostics.stream().map(ModelChecks::syntax).toList()));
  }

  /** A 409: {@code v} exists already. */
  static Problem duplicate(StoredVersion v) {
    return Problem.of(
        409,
        "duplicate-version",
        "Version exists",
        "product '"
            + v.product()
            + "' already has version '"
            + v.version()
            + "' ("
            + (v.published() ? "published" : "draft")
            + "); give the model a new version",
        "version");
  }

  private static Outcome<ModelSource> mismatch(String field, String given, String inModel) {
    return Outcome.rejected(
        Problem.of(
            422,
            "name-mismatch",
            "Name does not match the model",
            "'" + field + "' is '" + given + "' but the model says '" + inModel + "'",
            field));
  }

  private static Optional<Problem> badName(@Nullable String name, String field) {
    if (name == null || NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        Problem.of(
            422,
            "invalid-name",
            "Invalid name",
            "'"
                + field
                + "' must be 1 to 64 letters, digits, '.', '_' or '-' (starting with a letter or"
                + " digit); got '"
                + name
                + "'",
            field));
  }
}
