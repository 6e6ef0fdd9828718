package dev.atelier.server.printfile;

import dev.atelier.formats.print.PrintArea;
import dev.atelier.server.background.BackgroundLoop;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.events.RetryPolicy;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.upload.StoredUpload;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.batik.util.HaltingThread;
import org.jdbi.v3.core.Jdbi;

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

  /** How often the watchdog looks at the renders. */
  private static final Duration WATCH_EVERY = Duration.ofMillis(50);

  private final PrintJobs jobs;
  private final PrintJobAttempts attempts;
  private final Budget budget;
  private final Clock clock;
  private final ExecutorService pool;
  private final Semaphore free;
  private final RenderWatchdog watchdog;
  private final BackgroundLoop loop =
      new BackgroundLoop("atelier-print-jobs", this::claimForFreeThreads);

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
    this.jobs = new PrintJobs(Objects.requireNonNull(jdbi, "jdbi"));
    this.budget = Objects.requireNonNull(budget, "budget");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.free = new Semaphore(threads);
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              // Batik stops an SVG render when its thread, a HaltingThread, is halted.
              Thread t = new HaltingThread(r, "atelier-print-render-" + n.incrementAndGet());
              t.setDaemon(true);
              t.setPriority(Thread.MIN_PRIORITY); // orders come first
              return t;
            });
    this.watchdog = new RenderWatchdog(budget, WATCH_EVERY);
    this.attempts =
        new PrintJobAttempts(
            jdbi,
            jobs,
            Objects.requireNonNull(catalogue, "catalogue"),
            Objects.requireNonNull(renderer, "renderer"),
            Objects.requireNonNull(policy, "policy"),
            clock,
            watchdog);
  }

  /**
   * Starts claiming in a background thread: as many due jobs as render threads are free, each
   * rendered as soon as it is claimed; when nothing is due, again after {@code interval}.
   */
  public void start(Duration interval) {
    loop.start(interval);
  }

  /** Waits for a free render thread, claims due jobs for every free one and starts them. */
  private int claimForFreeThreads() {
    try {
      free.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
    int n = 1 + free.drainPermits();
    List<PrintJobs.Claimed> claimed = List.of();
    try {
      claimed = claim(n);
    } finally {
      free.release(n - claimed.size());
    }
    for (PrintJobs.Claimed c : claimed) {
      pool.execute(
          () -> {
            try {
              attempts.process(c);
            } finally {
              free.release();
            }
          });
    }
    return claimed.size();
  }

  private List<PrintJobs.Claimed> claim(int n) {
    long now = clock.millis();
    long lease = now + 2 * budget.time().toMillis() + Duration.ofSeconds(30).toMillis();
    return jobs.claim(n, now, lease);
  }

  /**
   * Claims one due job, renders it on a render thread and records the outcome, waiting for it.
   * Returns the number of jobs claimed (0 when nothing was due).
   */
  public int runOnce() {
    List<PrintJobs.Claimed> claimed = claim(1);
    for (PrintJobs.Claimed c : claimed) {
      Future<?> done = pool.submit(() -> attempts.process(c));
      try {
        done.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("print job failed to record", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return claimed.size();
  }

  /** Jobs one by one until nothing is due (or the thread is interrupted); how many in all. */
  public int drain() {
    return BackgroundLoop.drain(this::runOnce);
  }

  /** Stops claiming, the render threads (a render in progress is interrupted) and the watchdog. */
  @Override
  public void close() {
    loop.close();
    pool.shutdownNow();
    try {
      pool.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    watchdog.close();
  }
}
