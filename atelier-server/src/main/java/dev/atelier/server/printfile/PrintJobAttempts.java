package dev.atelier.server.printfile;

import dev.atelier.formats.print.PrintArea;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.events.EventData;
import dev.atelier.server.events.Outbox;
import dev.atelier.server.events.RetryPolicy;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.shared.PrintFileLink;
import dev.atelier.server.upload.StoredUpload;
import dev.atelier.server.upload.UploadStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jdbi.v3.core.Jdbi;

/**
 * One attempt at a claimed print job, as {@link PrintJobWorker}'s render threads run it: the area
 * and upload looked up, the files drawn under the {@link RenderWatchdog}, and the end recorded:
 * failed (due again after the {@link RetryPolicy}'s backoff, or dead), or done with its files
 * attached and, after the production order's last job, {@code print-files.ready} in the outbox.
 * Thread-safe.
 */
final class PrintJobAttempts {

  private static final System.Logger LOG = System.getLogger(PrintJobWorker.class.getName());

  /** A render's result: files, or why not. */
  private record Attempt(@Nullable PrintFiles files, String error) {}

  private final Jdbi jdbi;
  private final PrintJobs jobs;
  private final Catalogue catalogue;
  private final PrintJobWorker.Renderer renderer;
  private final RetryPolicy policy;
  private final Clock clock;
  private final RenderWatchdog watchdog;
  private final RandomGenerator random = RandomGenerator.getDefault();

  PrintJobAttempts(
      Jdbi jdbi,
      PrintJobs jobs,
      Catalogue catalogue,
      PrintJobWorker.Renderer renderer,
      RetryPolicy policy,
      Clock clock,
      RenderWatchdog watchdog) {
    this.jdbi = jdbi;
    this.jobs = jobs;
    this.catalogue = catalogue;
    this.renderer = renderer;
    this.policy = policy;
    this.clock = clock;
    this.watchdog = watchdog;
  }

  /** Renders the claimed job {@code c} and records how it ended. */
  void process(PrintJobs.Claimed c) {
    end(c, render(c.job()));
  }

  private Attempt render(PrintJob job) {
    Optional<PrintArea> area =
        catalogue.find(job.product(), job.version()).stream()
            .flatMap(v -> v.definition().printAreas().stream())
            .filter(a -> a.id().equals(job.area()))
            .findFirst();
    if (area.isEmpty()) {
      return new Attempt(null, PrintFailure.NO_AREA.text(job.area(), job.product(), job.version()));
    }
    String hash = job.upload();
    StoredUpload upload = null;
    if (hash != null) {
      Optional<StoredUpload> stored = jdbi.withHandle(h -> UploadStore.read(h, hash));
      if (stored.isEmpty()) {
        return new Attempt(null, PrintFailure.UPLOAD_MISSING.text(hash));
      }
      upload = stored.get();
    }
    RenderWatchdog.Watch watch = watchdog.watch();
    Attempt drawn;
    String over;
    try {
      drawn =
          renderer
              .render(area.get(), job, upload)
              .map(f -> new Attempt(f, ""))
              .orElseGet(() -> new Attempt(null, PrintFailure.NOT_DRAWABLE.text(job.area())));
    } catch (RuntimeException e) {
      drawn = new Attempt(null, PrintFailure.RENDER_FAILED.text(e));
    } finally {
      over = watch.end();
    }
    return over == null ? drawn : new Attempt(null, over);
  }

  private void end(PrintJobs.Claimed c, Attempt attempt) {
    Instant now = clock.instant();
    PrintFiles files = attempt.files();
    if (files == null) {
      int failures = c.attempts() + 1;
      long next = now.toEpochMilli() + policy.delay(failures, random).toMillis();
      jobs.failed(c, attempt.error(), next, policy.exhausted(failures));
      LOG.log(
          System.Logger.Level.WARNING,
          "print files of "
              + c.job().productionOrder()
              + " "
              + c.job().area()
              + ": "
              + attempt.error());
      return;
    }
    String po = c.job().productionOrder();
    jdbi.useTransaction(
        h -> {
          // The production order's row serialises the ends of its jobs: exactly one sees all done.
          h.createQuery("SELECT id FROM production_order WHERE id = :po FOR UPDATE")
              .bind("po", po)
              .mapTo(String.class)
              .one();
          if (!PrintJobs.done(h, c)) {
            return; // the lease ended and another worker took the job
          }
          PrintFileStore.attach(h, po, PrintFileStore.save(h, files, now));
          if (PrintJobs.allDone(h, po)) {
            List<PrintFileLink> all = PrintFileStore.of(h, List.of(po)).getOrDefault(po, List.of());
            Outbox.append(h, new EventData.PrintFilesReady(c.job().orderId(), po, all), now);
          }
        });
  }
}
