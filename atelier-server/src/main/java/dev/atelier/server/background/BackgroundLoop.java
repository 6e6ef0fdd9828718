package dev.atelier.server.background;

import dev.atelier.server.http.Nullable;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import org.jdbi.v3.core.JdbiException;

/**
 * One background thread running rounds of work: a round that did something is followed at once by
 * the next, a round that found nothing (or failed) by a pause of the interval. A failing round is
 * logged and never ends the loop (a database error as a warning, anything else as an error). The
 * outbox dispatcher and the print job worker run on it. Thread-safe.
 */
public final class BackgroundLoop implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(BackgroundLoop.class.getName());
  private static final Duration STOP_WAIT = Duration.ofSeconds(10);

  /** One round of work. */
  @FunctionalInterface
  public interface Round {

    /** Does what is due; how much (0 when nothing was, then the loop pauses). */
    int run();
  }

  private final String name;
  private final Round round;
  private final ThreadFactory threads;
  private volatile boolean stopping;
  private @Nullable Thread thread;

  /** A loop named {@code name} running {@code round} on a thread that {@code threads} makes. */
  public BackgroundLoop(String name, ThreadFactory threads, Round round) {
    this.name = Objects.requireNonNull(name, "name");
    this.threads = Objects.requireNonNull(threads, "threads");
    this.round = Objects.requireNonNull(round, "round");
  }

  /** A loop on a plain daemon thread of normal priority. */
  public BackgroundLoop(String name, Round round) {
    this(name, Thread::new, round);
  }

  /** Rounds of {@code round} in this thread until one finds nothing (or it is interrupted). */
  public static int drain(Round round) {
    int done = 0;
    for (int n = round.run(); n > 0; n = round.run()) {
      done += n;
      if (Thread.currentThread().isInterrupted()) {
        break;
      }
    }
    return done;
  }

  /** Starts the thread: a round at once, then as described, pausing {@code interval}. */
  public synchronized void start(Duration interval) {
    if (thread != null) {
      throw new IllegalStateException(name + " already started");
    }
    long pause = interval.toMillis();
    Thread t = threads.newThread(() -> loop(pause));
    t.setName(name);
    t.setDaemon(true);
    thread = t;
    t.start();
  }

  private void loop(long pauseMillis) {
    while (!stopping) {
      if (safeRound() > 0) {
        continue;
      }
      try {
        Thread.sleep(pauseMillis);
      } catch (InterruptedException e) {
        // close() interrupts the pause; anything else (a stray interrupt) only shortens it
        Thread.interrupted();
      }
    }
  }

  private int safeRound() {
    try {
      return round.run();
    } catch (JdbiException e) {
      LOG.log(System.Logger.Level.WARNING, name + " round failed; retrying next round", e);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, name + " round failed unexpectedly", e);
    }
    return 0;
  }

  /** Stops the thread: interrupts it and waits up to ten seconds for its round to end. */
  @Override
  public void close() {
    Thread t;
    synchronized (this) {
      t = thread;
      thread = null;
    }
    if (t == null) {
      return;
    }
    stopping = true;
    t.interrupt();
    try {
      t.join(STOP_WAIT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
