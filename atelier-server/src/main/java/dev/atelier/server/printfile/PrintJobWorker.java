package dev.atelier.server.printfile;

import dev.atelier.formats.print.PrintArea;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.events.EventData;
import dev.atelier.server.events.Outbox;
import dev.atelier.server.events.RetryPolicy;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.upload.StoredUpload;
import dev.atelier.server.upload.UploadStore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Renders the print files that orders left due ({@link PrintJobs}), after their transactions: a
 * fixed pool of low-priority threads, each job within a {@link Budget} of wall time and CPU time,
 * failed attempts retried with the {@link RetryPolicy}'s backoff and dead with the reason once its
 * attempts are spent. Files are stored by hash and attached to the production order in one
 * transaction with the job's end; when the production order's last job ends, {@code
 * print-files.ready} goes to the outbox. Claims carry a lease, so several nodes can work one
 * database and a node dying mid-render only delays the job until the lease ends. Thread-safe.
 */
public final class PrintJobWorker implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(PrintJobWorker.class.getName());
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /** 5 s doubling up to 10 minutes, 5 attempts. */
  public static final RetryPolicy RETRIES =
      new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(10), 5);

  /**
   * What one render may take: longer is a failed attempt.
   *
   * @param time wall time
   * @param cpu CPU time of the rendering thread
   */
  public record Budget(Duration time, Duration cpu) {

    /** 30 s wall, 10 s CPU: a 24-megapixel area renders in a few seconds. */
    public static final Budget DEFAULT = new Budget(Duration.ofSeconds(30), Duration.ofSeconds(10));
  }

  /** Draws one job's files; empty when the artwork cannot be drawn. */
  @FunctionalInterface
  public interface Renderer {

    /** {@link OrderPrintFiles#render}. */
    Renderer DEFAULT = OrderPrintFiles::render;

    /** The files of {@code job} on {@code area} from {@code upload} (null for a text alone). */
    Optional<PrintFiles> render(PrintArea area, PrintJob job, @Nullable StoredUpload upload);
  }

  /** A render's result: files, or why not. */
  private record Attempt(@Nullable PrintFiles files, String error) {}

  private final Jdbi jdbi;
  private final PrintJobs jobs;
  private final Catalogue catalogue;
  private final Renderer renderer;
  private final RetryPolicy policy;
  private final Budget budget;
  private final Clock clock;
  private final int threads;
  private final ExecutorService pool;
  private final RandomGenerator random = RandomGenerator.getDefault();
  private @Nullable ScheduledExecutorService loop;

  /** A worker of {@code threads} render threads with the default renderer, retries and budget. */
  public PrintJobWorker(Jdbi jdbi, Catalogue catalogue, Clock clock, int threads) {
    this(jdbi, catalogue, Renderer.DEFAULT, RETRIES, Budget.DEFAULT, clock, threads);
  }

  /** A worker of {@code threads} render threads drawing with {@code renderer}. */
  public PrintJobWorker(
      Jdbi jdbi,
      Catalogue catalogue,
      Renderer renderer,
      RetryPolicy policy,
      Budget budget,
      Clock clock,
      int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be positive, got " + threads);
    }
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.jobs = new PrintJobs(jdbi);
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.budget = Objects.requireNonNull(budget, "budget");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.threads = threads;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "atelier-print-render-" + n.incrementAndGet());
              t.setDaemon(true);
              t.setPriority(Thread.MIN_PRIORITY); // orders come first
              return t;
            });
  }

  /** Runs rounds every {@code interval} in a background thread (and at once). */
  public synchronized void start(Duration interval) {
    if (loop != null) {
      throw new IllegalStateException("already started");
    }
    loop =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "atelier-print-jobs");
              t.setDaemon(true);
              return t;
            });
    loop.scheduleWithFixedDelay(this::rounds, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void rounds() {
    try {
      drain();
    } catch (JdbiException e) {
      LOG.log(System.Logger.Level.WARNING, "print job round failed; retrying next round", e);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "print job round failed unexpectedly", e);
    }
  }

  /**
   * One round: claims up to one due job per render thread, renders them in parallel and records
   * each outcome. Returns the number of jobs claimed (0 when nothing was due).
   */
  public int runOnce() {
    long now = clock.millis();
    long lease = now + 2 * budget.time().toMillis() + Duration.ofSeconds(30).toMillis();
    List<PrintJobs.Claimed> claimed = jobs.claim(threads, now, lease);
    List<Future<Attempt>> running = new ArrayList<>();
    for (PrintJobs.Claimed c : claimed) {
      running.add(pool.submit(() -> render(c.job())));
    }
    for (int i = 0; i < claimed.size(); i++) {
      end(claimed.get(i), await(running.get(i)));
    }
    return claimed.size();
  }

  /** Rounds until nothing is due (or the thread is interrupted); the jobs claimed in all. */
  public int drain() {
    int claimed = 0;
    for (int round = runOnce(); round > 0; round = runOnce()) {
      claimed += round;
      if (Thread.currentThread().isInterrupted()) {
        break;
      }
    }
    return claimed;
  }

  private Attempt await(Future<Attempt> running) {
    try {
      return running.get(budget.time().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      running.cancel(true);
      return new Attempt(null, "took longer than " + budget.time().toMillis() + " ms");
    } catch (ExecutionException e) {
      return new Attempt(null, "render failed: " + e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.cancel(true);
      return new Attempt(null, "interrupted");
    }
  }

  private Attempt render(PrintJob job) {
    long cpu0 = CPU.getCurrentThreadCpuTime();
    Optional<PrintArea> area =
        catalogue.find(job.product(), job.version()).stream()
            .flatMap(v -> v.definition().printAreas().stream())
            .filter(a -> a.id().equals(job.area()))
            .findFirst();
    if (area.isEmpty()) {
      return new Attempt(
          null, "no print area " + job.area() + " in " + job.product() + " " + job.version());
    }
    String hash = job.upload();
    StoredUpload upload = null;
    if (hash != null) {
      Optional<StoredUpload> stored = jdbi.withHandle(h -> UploadStore.read(h, hash));
      if (stored.isEmpty()) {
        return new Attempt(null, "upload " + hash + " is not stored");
      }
      upload = stored.get();
    }
    Optional<PrintFiles> files = renderer.render(area.get(), job, upload);
    long cpuMillis = (CPU.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
    if (cpuMillis > budget.cpu().toMillis()) {
      return new Attempt(
          null,
          "used " + cpuMillis + " ms CPU, more than the budget of " + budget.cpu().toMillis());
    }
    return files
        .map(f -> new Attempt(f, ""))
        .orElseGet(() -> new Attempt(null, "the artwork cannot be drawn on " + job.area()));
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
            Outbox.append(h, new EventData.PrintFilesReady(c.job().orderId(), po, refs(all)), now);
          }
        });
  }

  /** {@code links} as the {@code print-files.ready} event carries them. */
  private static List<EventData.PrintFile> refs(List<PrintFileLink> links) {
    return links.stream()
        .map(
            l ->
                new EventData.PrintFile(
                    l.area(), l.format(), l.sha256(), l.widthPx(), l.heightPx(), l.path()))
        .toList();
  }

  /** Stops the rounds and the render threads (a render in progress is interrupted). */
  @Override
  public synchronized void close() {
    if (loop != null) {
      loop.shutdownNow();
      awaitQuietly(loop);
      loop = null;
    }
    pool.shutdownNow();
    awaitQuietly(pool);
  }

  private static void awaitQuietly(ExecutorService s) {
    try {
      s.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
