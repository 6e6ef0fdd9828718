package dev.atelier.server.catalogue;

import dev.atelier.engine.model.ModelProblem;
import dev.atelier.engine.model.ModelValidator;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.product.DefinitionResult;
import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.server.catalogue.ModelJson.ModelDiagnostic;
import dev.atelier.server.catalogue.ModelJson.ModelReport;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.ServerBusy;
import dev.atelier.server.http.WorkGate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Uploading and publishing model versions: an upload is read (a model that does not read is a 422
 * naming every {@code file:line:col}), checked, and stored as a draft; a draft without errors is
 * published once. Thread-safe.
 */
record ModelUploads(ModelStore store, Clock clock, long checkMillis, WorkGate checks) {

  /**
   * Model checks run at once by default: each may take its deadline of CPU (10 s on a request
   * thread) and the compiler's memory. Two, and up to eight more waiting up to 10 s; beyond that
   * 503 busy, so N slow uploads at once hold at most ten request threads.
   */
  static final WorkGate CHECKS = new WorkGate(2, 8, Duration.ofSeconds(10));

  /** Uploads checked within {@code checkMillis}, as many at once as {@link #CHECKS} lets. */
  ModelUploads(ModelStore store, Clock clock, long checkMillis) {
    this(store, clock, checkMillis, CHECKS);
  }

  /**
   * The check of {@code model} read from {@code text} (named {@code file}) within the deadline,
   * holding one of the places of {@link #checks}.
   *
   * @throws ServerBusy when none is free in time (503 busy; nothing was checked or written)
   */
  ModelReport check(ProductModel model, String text, String file) {
    return gated(() -> ModelChecks.check(model, text, file, Deadline.inMillis(checkMillis)));
  }

  /**
   * What {@code work} (a model check, compile or analysis) answers, done holding one of the places
   * of {@link #checks}.
   *
   * @throws ServerBusy when none is free in time (503 busy; {@code work} did not run)
   */
  <T> T gated(Supplier<T> work) {
    if (!checks.enter()) {
      throw new ServerBusy("too many models are being checked at once; try again in a minute");
    }
    try {
      return work.get();
    } finally {
      checks.leave();
    }
  }

  /** The largest model source accepted, in characters. */
  static final int MAX_SOURCE_CHARS = 48 * 1024;

  /** Reads, checks and stores {@code r} as a draft by {@code who}. */
  Outcome<StoredVersion> upload(ModelJson.UploadRequest r, String who) {
    return upload(r, who, source -> Optional.empty());
  }

  /**
   * Reads, checks and stores {@code r} as a draft by {@code who}, with the audit entry {@code
   * entry} makes of its source (if any) in the same transaction: both land or neither does.
   */
  Outcome<StoredVersion> upload(
      ModelJson.UploadRequest r,
      String who,
      Function<ModelSource, Optional<CatalogueAudit>> entry) {
    Optional<Problem> bad = UploadChecks.request(r);
    if (bad.isPresent()) {
      return Outcome.rejected(bad.get());
    }
    String file = ModelSource.fileName(r.format());
    DefinitionResult read = ModelSource.read(r.format(), r.source(), file);
    if (read instanceof DefinitionResult.Rejected rejected) {
      return Outcome.rejected(UploadChecks.unreadable(rejected.diagnostics()));
    }
    ProductDefinition d = ((DefinitionResult.Loaded) read).definition();
    Optional<ModelProblem> empty = ModelValidator.emptiness(d.model());
    if (empty.isPresent()) {
      return Outcome.rejected(
          UploadChecks.unreadable(
              List.of(new Diagnostic(file, 1, 1, "model check: " + empty.get()))));
    }
    return UploadChecks.names(r, d).then(source -> store(source, d, file, who, entry));
  }

  private Outcome<StoredVersion> store(
      ModelSource source,
      ProductDefinition read,
      String file,
      String who,
      Function<ModelSource, Optional<CatalogueAudit>> entry) {
    Optional<StoredVersion> existing = store.find(source.product(), source.version());
    if (existing.isPresent()) {
      return Outcome.rejected(UploadChecks.duplicate(existing.get()));
    }
    ProductDefinition d = ModelSource.renamed(read, source.product(), source.version());
    ModelReport report = check(d.model(), source.text(), file);
    Instant now = ModelStore.storable(clock.instant());
    StoredVersion draft =
        new StoredVersion(
            source, source.digest(), ModelViews.write(report), false, null, who, now, null, null);
    Optional<CatalogueAudit> logged = entry.apply(source);
    if (!store.atomically(
        "store " + source.product() + " " + source.version(),
        s -> {
          s.ensureProduct(source.product(), now);
          if (!s.insert(draft)) {
            return false;
          }
          logged.ifPresent(s::log);
          return true;
        })) {
      return Outcome.rejected(
          UploadChecks.duplicate(store.find(source.product(), source.version()).orElse(draft)));
    }
    return Outcome.ok(draft);
  }

  /**
   * {@code v} with a check report: as stored, or checked now and kept when it was stored unchecked
   * (the seeded demos).
   */
  StoredVersion checked(StoredVersion v) {
    if (v.report() != null) {
      return v;
    }
    DefinitionResult read = v.source().read();
    if (!(read instanceof DefinitionResult.Loaded loaded)) {
      return v; // a stored source always reads; nothing to add if it does not
    }
    String file = ModelSource.fileName(v.source().format());
    ModelReport report = check(loaded.definition().model(), v.source().text(), file);
    store.saveReport(v.product(), v.version(), ModelViews.write(report));
    return store.find(v.product(), v.version()).orElse(v);
  }

  /**
   * Publishes {@code v} effective {@code from}, by {@code who}, and logs it; {@code alsoWrite}
   * writes what belongs to the publication (the end of the version it supersedes) in the same
   * transaction, so all of it lands or nothing does.
   */
  Outcome<StoredVersion> publish(
      StoredVersion v, Instant from, String who, Predicate<ModelStore> alsoWrite) {
    if (v.published()) {
      return Outcome.rejected(
          Problem.of(
              409,
              "already-published",
              "Version already published",
              v.product()
                  + " "
                  + v.version()
                  + " was published by "
                  + v.publishedBy()
                  + ", effective from "
                  + v.effectiveFrom()
                  + "; upload a new version instead",
              "version"));
    }
    ModelReport report = ModelViews.report(v);
    if (report != null && report.hasErrors()) {
      ModelDiagnostic first =
          report.diagnostics().stream()
              .filter(x -> Severity.ERROR.is(x.severity()))
              .findFirst()
              .orElseThrow();
      return Outcome.rejected(
          Problem.of(
              409,
              "model-has-errors",
              "The model has errors",
              "cannot publish a model with errors; first: " + first.text(),
              "version"));
    }
    Instant at = ModelStore.storable(clock.instant());
    CatalogueAudit entry =
        new CatalogueAudit(v.product(), v.version(), "publish", "effective from " + from, who, at);
    if (!store.atomically(
        "publish " + v.product() + " " + v.version(),
        s -> {
          PublicationStore publications = s.publications();
          publications.lockProduct(v.product());
          if (!publications.publish(v.product(), v.version(), ModelStore.storable(from), who, at)) {
            return false;
          }
          s.log(entry);
          return alsoWrite.test(s);
        })) {
      return Outcome.rejected(
          Problem.of(
              409,
              "already-published",
              "Version already published",
              v.product() + " " + v.version() + " was published meanwhile",
              "version"));
    }
    return Outcome.ok(v);
  }
}
