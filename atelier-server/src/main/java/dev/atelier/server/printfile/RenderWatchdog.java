package dev.atelier.server.printfile;

import dev.atelier.server.background.BackgroundLoop;
import dev.atelier.server.http.Nullable;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.batik.util.HaltingThread;

/**
 * Stops renders that go over their {@link PrintJobWorker.Budget}: a background thread looks at
 * every watched render a few times a second, and one whose thread used more CPU time than the
 * budget (or took longer than its wall time) is halted — Batik's halt flag on the render thread
 * ({@link HaltingThread}: Batik stops building and painting the SVG between elements), an
 * interrupt, and {@link PrintFileRenderer} stops between its steps and aborts the PNG writer. The
 * render then ends early; its result is discarded and the job fails with the reason. Thread-safe.
 */
final class RenderWatchdog implements AutoCloseable {

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private final PrintJobWorker.Budget budget;
  private final Map<Thread, Watch> watched = new ConcurrentHashMap<>();
  private final BackgroundLoop loop = new BackgroundLoop("atelier-print-watchdog", this::look);

  /** A watchdog for {@code budget}, looking every {@code every}. */
  RenderWatchdog(PrintJobWorker.Budget budget, Duration every) {
    this.budget = Objects.requireNonNull(budget, "budget");
    loop.start(every);
  }

  /** Whether the current thread's render was stopped: it should end now, with any result. */
  static boolean stopped() {
    return HaltingThread.hasBeenHalted() || Thread.currentThread().isInterrupted();
  }

  /** Watches the current thread's render until {@link Watch#end}. */
  Watch watch() {
    Watch w = new Watch(Thread.currentThread(), CPU.getCurrentThreadCpuTime(), System.nanoTime());
    watched.put(w.thread, w);
    return w;
  }

  private int look() {
    for (Watch w : watched.values()) {
      String over = w.over();
      if (over != null) {
        w.stop(over);
      }
    }
    return 0; // nothing to hurry: look again after the pause
  }

  @Override
  public void close() {
    loop.close();
  }

  /** One render under watch. */
  final class Watch {
    private final Thread thread;
    private final long cpu0;
    private final long wall0;
    private boolean active = true;
    private @Nullable String stopped;

    private Watch(Thread thread, long cpu0, long wall0) {
      this.thread = thread;
      this.cpu0 = cpu0;
      this.wall0 = wall0;
    }

    /** Why the render is over its budget now, or null (read from any thread). */
    private @Nullable String over() {
      long cpu = CPU.getThreadCpuTime(thread.getId());
      long cpuMillis = cpu < 0 ? 0 : (cpu - cpu0) / 1_000_000;
      if (cpuMillis > budget.cpu().toMillis()) {
        return PrintFailure.CPU_BUDGET.text(cpuMillis, budget.cpu().toMillis());
      }
      long wallMillis = (System.nanoTime() - wall0) / 1_000_000;
      if (wallMillis > budget.time().toMillis()) {
        return PrintFailure.TIME_BUDGET.text(budget.time().toMillis());
      }
      return null;
    }

    private synchronized void stop(String reason) {
      if (!active || stopped != null) {
        return;
      }
      stopped = reason + PrintFailure.STOPPED;
      HaltingThread.haltThread(thread);
      thread.interrupt();
    }

    /**
     * Ends the watch (on the render's thread): why the render went over its budget (stopped by the
     * watchdog or found over it now), or null. Clears the halt and the interrupt.
     */
    @Nullable
    String end() {
      watched.remove(thread);
      String reason;
      synchronized (this) {
        active = false;
        reason = stopped != null ? stopped : over();
      }
      if (thread instanceof HaltingThread halting) {
        halting.clearHalted();
      }
      Thread.interrupted();
      return reason;
    }
  }
}
