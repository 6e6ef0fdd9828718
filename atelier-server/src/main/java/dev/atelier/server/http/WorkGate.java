package dev.atelier.server.http;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Work that takes much memory, done by at most so many threads at once: image decoding ({@link
 * Limits.Uploads}: each may take {@code UploadLimits.maxDecodedBytes} and as much again to
 * re-encode) and password hashing (19 MiB of Argon2 memory each). A caller finding every place
 * taken waits (holding its worker thread) up to the wait, and only so many wait: the rest are
 * refused at once, so however many requests arrive together, memory stays bounded and the waiting
 * never holds the threads requests with a body share. Thread-safe.
 */
public final class WorkGate {

  private final Semaphore places;
  private final int queue;
  private final Duration wait;
  private final AtomicInteger waiting = new AtomicInteger();

  /** {@code places} at once, at most {@code queue} callers waiting up to {@code wait}. */
  public WorkGate(int places, int queue, Duration wait) {
    this.places = new Semaphore(places, true);
    this.queue = queue;
    this.wait = wait;
  }

  /** The gate for decoding images that {@code uploads} describe. */
  public static WorkGate of(Limits.Uploads uploads) {
    return new WorkGate(uploads.decoders(), uploads.queue(), uploads.decodeWait());
  }

  /**
   * Whether the caller got a place (it must {@link #leave} afterwards): false when too many wait
   * already, when none became free within the wait, or when the thread was interrupted.
   */
  public boolean enter() {
    if (places.tryAcquire()) {
      return true;
    }
    if (waiting.incrementAndGet() > queue) {
      waiting.decrementAndGet();
      return false;
    }
    try {
      return places.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      waiting.decrementAndGet();
    }
  }

  /** Gives back the place {@link #enter} gave. */
  public void leave() {
    places.release();
  }
}
