package dev.atelier.server.catalogue;

import dev.atelier.formats.product.DefinitionResult;
import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.server.catalogue.ModelJson.ModelReport;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.ServerBusy;
import dev.atelier.server.http.WorkGate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the studio does with model versions that only the catalogue may do: check a source without
 * keeping it, replace a draft's source, start a draft from a version, publish. Thread-safe.
 */
public final class Drafts {

  private final StoredCatalogue catalogue;
  private final ModelUploads uploads;

  /** Drafts of {@code catalogue}, checked within {@code checkMillis}. */
  public Drafts(StoredCatalogue catalogue, long checkMillis) {
    this(catalogue, checkMillis, ModelUploads.CHECKS);
  }

  /**
   * Drafts of {@code catalogue}, checked within {@code checkMillis}, as many at once as {@code
   * checks} lets (beyond: 503 busy, see {@link ServerBusy}).
   */
  public Drafts(StoredCatalogue catalogue, long checkMillis, WorkGate checks) {
    this.catalogue = catalogue;
    this.uploads = new ModelUploads(catalogue.store(), catalogue.clock(), checkMillis, checks);
  }

  /**
   * What {@code work} (a compile or analysis of a version on a request thread) answers, run as one
   * of the model checks the server does at once.
   *
   * @throws ServerBusy when too many run already (503 busy; {@code work} did not run)
   */
  public <T> T checking(Supplier<T> work) {
    return uploads.gated(work);
  }

  /** The catalogue. */
  public StoredCatalogue catalogue() {
    return catalogue;
  }

  /** {@code product} {@code version} as stored, with its check report. */
  public Optional<StoredVersion> find(String product, String version) {
    return catalogue.store().find(product, version).map(uploads::checked);
  }

  /**
   * {@code product} {@code version} as stored, with its check report, or 404 naming the product
   * (unknown) or the version.
   */
  public Outcome<StoredVersion> stored(String product, String version) {
    return ModelRoutes.stored(catalogue, product, version).map(uploads::checked);
  }

  /** The check report of a stored version (null when stored unchecked). */
  public static @Nullable ModelReport report(StoredVersion v) {
    return ModelViews.report(v);
  }

  /** The definition a stored version reads as. */
  public static ProductDefinition definition(StoredVersion v) {
    DefinitionResult read = v.source().read();
    if (read instanceof DefinitionResult.Loaded loaded) {
      return loaded.definition();
    }
    throw new IllegalStateException(
        v.product() + " " + v.version() + " is stored but does not read");
  }

  /**
   * The diagnostics of {@code text} in {@code format}: those of reading it when it does not read,
   * else the full check, and the definition when it reads.
   */
  public Checked check(String format, String text) {
    String file = ModelSource.fileName(format);
    DefinitionResult read = ModelSource.read(format, text, file);
    if (read instanceof DefinitionResult.Rejected rejected) {
      return new Checked(
          rejected.diagnostics().stream().map(ModelChecks::syntax).toList(), null, null);
    }
    ProductDefinition d = ((DefinitionResult.Loaded) read).definition();
    ModelReport report = uploads.check(d.model(), text, file);
    return new Checked(report.diagnostics(), report, d);
  }

  /** A checked source: its findings, and report and definition when it reads (else null). */
  public record Checked(
      List<ModelJson.ModelDiagnostic> diagnostics,
      @Nullable ModelReport report,
      @Nullable ProductDefinition read) {}

  /**
   * Replaces the source of draft {@code v} with {@code text}: 422 when it does not read, or names
   * another product or version; 409 when {@code v} is no draft. {@code entry} is logged with the
   * new source, in its transaction.
   */
  public Outcome<StoredVersion> save(StoredVersion v, String text, CatalogueAudit entry) {
    if (v.published()) {
      return Outcome.rejected(notDraft(v));
    }
    if (text.length() > ModelUploads.MAX_SOURCE_CHARS) {
      return Outcome.rejected(
          Problem.of(413, "model-too-large", "The model is too large", "too long", "source"));
    }
    Checked c = check(v.source().format(), text);
    if (c.read() == null) {
      return Outcome.rejected(
          Problem.of(
              422,
              "invalid-model",
              "The model does not read",
              c.diagnostics().get(0).text(),
              "source"));
    }
    if (ModelSource.isNative(v.source().format())
        && (!c.read().model().id().equals(v.product())
            || !c.read().model().version().equals(v.version()))) {
      return Outcome.rejected(
          Problem.of(
              422,
              "name-mismatch",
              "Name does not match the model",
              "a draft keeps its product '"
                  + v.product()
                  + "' and version '"
                  + v.version()
                  + "'; start a new draft for another version",
              "source"));
    }
    ModelSource source = new ModelSource(v.source().format(), v.product(), v.version(), text);
    String report = ModelViews.write(c.report());
    if (!catalogue
        .store()
        .atomically(
            "save " + v.product() + " " + v.version(),
            s -> {
              if (!s.updateDraft(v.product(), v.version(), text, source.digest(), report)) {
                return false;
              }
              s.log(entry);
              return true;
            })) {
      return Outcome.rejected(notDraft(v));
    }
    return Outcome.ok(catalogue.store().find(v.product(), v.version()).orElseThrow());
  }

  /** Stores {@code text} (naming its own product and version) as a new draft by {@code who}. */
  public Outcome<StoredVersion> create(String format, String text, String who) {
    return uploads.upload(new ModelJson.UploadRequest(format, text, null, null), who);
  }

  /**
   * Stores {@code text} (naming its own product and version) as a new draft by {@code who} and logs
   * the entry {@code entry} makes of its source in the same transaction: both land or neither does.
   */
  public Outcome<StoredVersion> create(
      String format, String text, String who, Function<ModelSource, CatalogueAudit> entry) {
    return uploads.upload(
        new ModelJson.UploadRequest(format, text, null, null),
        who,
        source -> Optional.of(entry.apply(source)));
  }

  /** Publishes draft {@code v} effective {@code from}, by {@code who}. */
  public Outcome<StoredVersion> publish(StoredVersion v, Instant from, String who) {
    return publish(v, from, who, store -> true);
  }

  /**
   * Publishes draft {@code v} effective {@code from}, by {@code who}, with what {@code alsoWrite}
   * writes in the same transaction (all or nothing).
   */
  public Outcome<StoredVersion> publish(
      StoredVersion v, Instant from, String who, Predicate<ModelStore> alsoWrite) {
    Outcome<StoredVersion> published = uploads.publish(v, from, who, alsoWrite);
    if (published instanceof Outcome.Ok<StoredVersion>) {
      catalogue.prepare(v.product(), v.version());
    }
    return published;
  }

  /** The check-report view of {@code v}. */
  public ModelJson.ModelVersionView view(StoredVersion v, boolean current) {
    return ModelViews.view(v, catalogue.clock().instant(), current);
  }

  private static Problem notDraft(StoredVersion v) {
    return Problem.of(
        409,
        "already-published",
        "Version already published",
        v.product() + " " + v.version() + " is published; start a new draft to change it",
        "version");
  }
}
