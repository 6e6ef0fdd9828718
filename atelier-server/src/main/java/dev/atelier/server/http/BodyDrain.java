package dev.atelier.server.http;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads and drops the rest of a body that is refused as too large, before the refusal is answered:
 * a lingering close, as nginx does it. Jetty fails a body still unread when the answer completes
 * and closes the connection with the client's bytes unread, so the kernel resets it, and a client
 * still sending then loses the answer ("header parser received no bytes", "Broken pipe"). Bounded:
 * at most {@link #MAX_BYTES} bytes within {@link #MAX_MILLIS} ms; past either the refusal is
 * answered at once, as before. Holds no thread while waiting and keeps none of the bytes.
 * Thread-safe.
 */
final class BodyDrain implements Runnable {

  /** The most bytes of a refused body read and dropped. */
  static final long MAX_BYTES = 16L * 1024 * 1024;

  /** The longest a refused body is read and dropped. */
  static final long MAX_MILLIS = 3_000;

  private final Request request;
  private final Runnable then;
  private final AtomicBoolean done = new AtomicBoolean();
  private final AtomicLong dropped;
  private volatile @Nullable Scheduler.Task timer;

  private BodyDrain(Request request, long dropped, Runnable then) {
    this.request = request;
    this.dropped = new AtomicLong(dropped);
    this.then = then;
  }

  /**
   * Reads and drops the rest of {@code request}'s body, of which {@code dropped} bytes are gone
   * already, then runs {@code then} (at once when the body may be larger than {@link #MAX_BYTES}).
   */
  static void then(Request request, long dropped, Runnable then) {
    if (request.getLength() > MAX_BYTES) {
      then.run();
      return;
    }
    BodyDrain drain = new BodyDrain(request, dropped, then);
    drain.timer =
        request
            .getComponents()
            .getScheduler()
            .schedule(
                // what follows is a request's handling: a worker thread's, not the timer's
                () -> request.getComponents().getExecutor().execute(drain::finish),
                MAX_MILLIS,
                TimeUnit.MILLISECONDS);
    drain.run();
  }

  /** Drops what has arrived; asks to be called again when more does. */
  @Override
  public void run() {
    while (!done.get()) {
      Content.Chunk chunk = request.read();
      if (chunk == null) {
        request.demand(this);
        return;
      }
      boolean end = chunk.isLast() || Content.Chunk.isFailure(chunk);
      dropped.addAndGet(chunk.remaining());
      chunk.release();
      if (end || dropped.get() > MAX_BYTES) {
        finish();
        return;
      }
    }
  }

  private void finish() {
    if (done.compareAndSet(false, true)) {
      Scheduler.Task t = timer;
      if (t != null) {
        t.cancel();
      }
      then.run();
    }
  }
}
