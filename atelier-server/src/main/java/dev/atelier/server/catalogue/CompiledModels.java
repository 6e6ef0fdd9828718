package dev.atelier.server.catalogue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Compiled product versions by source digest, each compiled once and shared by every thread; the
 * least recently used are dropped beyond a bound (and compiled again when asked for). A digest
 * identifies the source exactly, so one cache may serve several catalogues. A version that could
 * not be compiled is not tried again for a minute: every request for it would otherwise start a
 * compile of up to its deadline again. Thread-safe.
 */
public final class CompiledModels {

  private static final CompiledModels SHARED = new CompiledModels(64);
  private static final long RETRY_NANOS = 60_000_000_000L;

  /** Most callers of {@link #within} waiting for compiles at once (request threads held). */
  static final int MAX_WAITING = 128;

  private final int capacity;
  private final LongSupplier nanoTime;
  private final Map<String, CompletableFuture<Optional<ProductVersion>>> entries;
  private final Map<String, Long> failedAt;
  private final AtomicInteger waiting = new AtomicInteger();

  /** A cache of at most {@code capacity} compiled versions. */
  public CompiledModels(int capacity) {
    this(capacity, System::nanoTime);
  }

  /**
   * Like {@link #CompiledModels(int)}, reading the time for failures' retry from {@code nanoTime}.
   */
  public CompiledModels(int capacity, LongSupplier nanoTime) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.capacity = capacity;
    this.nanoTime = nanoTime;
    this.entries = new LinkedHashMap<>(16, 0.75f, true);
    this.failedAt = new LinkedHashMap<>(16, 0.75f, true);
  }

  /** The cache shared by the catalogues of this process. */
  public static CompiledModels shared() {
    return SHARED;
  }

  /**
   * The version with {@code digest}, compiled by {@code compile} unless another thread did or is
   * doing it; empty when it cannot be compiled (then calls in the next minute answer empty at once,
   * and a later one tries again).
   */
  public Optional<ProductVersion> get(String digest, Supplier<Optional<ProductVersion>> compile) {
    CompletableFuture<Optional<ProductVersion>> mine = new CompletableFuture<>();
    CompletableFuture<Optional<ProductVersion>> theirs;
    synchronized (entries) {
      if (recentlyFailed(digest)) {
        return Optional.empty();
      }
      theirs = entries.putIfAbsent(digest, mine);
      if (theirs == null) {
        evictBeyondCapacity();
      }
    }
    if (theirs != null) {
      return theirs.join();
    }
    return fill(digest, mine, compile);
  }

  /**
   * The version with {@code digest}, waiting at most {@code wait} for it: compiled by {@code
   * compile} on {@code compiler} unless another thread did or is doing it. At most {@link
   * #MAX_WAITING} callers wait at once; the others, those whose wait passes and those {@code
   * compiler} turns away, are told it is still compiling (the compile goes on), so a model that
   * compiles for a minute holds neither request threads nor more than the compiler's threads.
   */
  public Lookup within(
      String digest, Supplier<Optional<ProductVersion>> compile, Executor compiler, Duration wait) {
    CompletableFuture<Optional<ProductVersion>> mine = new CompletableFuture<>();
    CompletableFuture<Optional<ProductVersion>> entry;
    synchronized (entries) {
      if (recentlyFailed(digest)) {
        return new Lookup.Ready(Optional.empty());
      }
      entry = entries.get(digest);
      if (entry == null) {
        entries.put(digest, mine);
        evictBeyondCapacity();
      }
    }
    if (entry == null) {
      entry = mine;
      try {
        compiler.execute(() -> fill(digest, mine, compile));
      } catch (RejectedExecutionException e) {
        forget(digest, mine);
        mine.completeExceptionally(e);
        return new Lookup.Compiling();
      }
    }
    if (!entry.isDone() && !awaited(entry, wait)) {
      return new Lookup.Compiling();
    }
    try {
      return new Lookup.Ready(entry.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Lookup.Compiling();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RejectedExecutionException) {
        return new Lookup.Compiling();
      }
      throw new IllegalStateException("compiling " + digest + " failed", e.getCause());
    }
  }

  /** Whether {@code entry} completed within {@code wait}, as one of the bounded waiters. */
  private boolean awaited(CompletableFuture<Optional<ProductVersion>> entry, Duration wait) {
    if (waiting.incrementAndGet() > MAX_WAITING) {
      waiting.decrementAndGet();
      return false;
    }
    try {
      entry.get(wait.toNanos(), TimeUnit.NANOSECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException e) {
      return true; // completed with a failure: the caller reads it
    } finally {
      waiting.decrementAndGet();
    }
  }

  /** What {@link #within} found: the version (empty when it cannot be compiled), or not yet. */
  public sealed interface Lookup {
    /** Compiled, or known not to compile (empty). */
    record Ready(Optional<ProductVersion> version) implements Lookup {}

    /** Still compiling (or the compiler is full): ask again shortly. */
    record Compiling() implements Lookup {}
  }

  private boolean recentlyFailed(String digest) {
    Long failed = failedAt.get(digest);
    if (failed == null) {
      return false;
    }
    if (nanoTime.getAsLong() - failed < RETRY_NANOS) {
      return true;
    }
    failedAt.remove(digest);
    return false;
  }

  private void evictBeyondCapacity() {
    if (entries.size() > capacity) {
      entries.remove(entries.keySet().iterator().next());
    }
  }

  /** Compiles {@code digest} into {@code mine}, the entry this thread put. */
  private Optional<ProductVersion> fill(
      String digest,
      CompletableFuture<Optional<ProductVersion>> mine,
      Supplier<Optional<ProductVersion>> compile) {
    Optional<ProductVersion> compiled = null;
    try {
      compiled = compile.get();
    } finally {
      if (compiled == null) {
        // The compiler threw: let waiting threads fail too, and the next caller try again.
        forget(digest, mine);
        mine.completeExceptionally(new IllegalStateException("compiling " + digest + " failed"));
      }
    }
    if (compiled.isEmpty()) {
      forget(digest, mine);
      synchronized (entries) {
        failedAt.put(digest, nanoTime.getAsLong());
        if (failedAt.size() > capacity) {
          failedAt.remove(failedAt.keySet().iterator().next());
        }
      }
    }
    mine.complete(compiled);
    return compiled;
  }

  private void forget(String digest, CompletableFuture<Optional<ProductVersion>> entry) {
    synchronized (entries) {
      entries.remove(digest, entry);
    }
  }

  /** How many versions are cached now. */
  public int size() {
    synchronized (entries) {
      return entries.size();
    }
  }
}
