package dev.atelier.server.upload;

import dev.atelier.server.http.Limits;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many images are decoded at once ({@link Limits.Uploads}): each may take {@link
 * UploadLimits#maxDecodedBytes} and as much again to re-encode, so however many uploads arrive
 * together, memory stays bounded. An upload finding every decoder busy waits (holding its worker
 * thread) up to the wait, and only so many wait: the rest are refused at once, so uploads never
 * hold the threads requests with a body share. Thread-safe.
 */
public final class DecodeGate {

  private final Semaphore decoders;
  private final int queue;
  private final Duration wait;
  private final AtomicInteger waiting = new AtomicInteger();

  /** {@code decoders} at once, at most {@code queue} uploads waiting up to {@code wait}. */
  public DecodeGate(int decoders, int queue, Duration wait) {
    this.decoders = new Semaphore(decoders, true);
    this.queue = queue;
    this.wait = wait;
  }

  /** The gate {@code uploads} describe. */
  public static DecodeGate of(Limits.Uploads uploads) {
    return new DecodeGate(uploads.decoders(), uploads.queue(), uploads.decodeWait());
  }

  /**
   * Whether the caller got a decoder (it must {@link #leave} afterwards): false when too many wait
   * already, when none became free within the wait, or when the thread was interrupted.
   */
  public boolean enter() {
    if (decoders.tryAcquire()) {
      return true;
    }
    if (waiting.incrementAndGet() > queue) {
      waiting.decrementAndGet();
      return false;
    }
    try {
      return decoders.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      waiting.decrementAndGet();
    }
  }

  /** Gives back the decoder {@link #enter} gave. */
  public void leave() {
    decoders.release();
  }
}
