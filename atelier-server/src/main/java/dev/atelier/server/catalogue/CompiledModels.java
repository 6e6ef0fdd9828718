package dev.atelier.server.catalogue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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

  private final int capacity;
  private final LongSupplier nanoTime;
  private final Map<String, CompletableFuture<Optional<ProductVersion>>> entries;
  private final Map<String, Long> failedAt;

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
      Long failed = failedAt.get(digest);
      if (failed != null) {
        if (nanoTime.getAsLong() - failed < RETRY_NANOS) {
          return Optional.empty();
        }
        failedAt.remove(digest);
      }
      theirs = entries.putIfAbsent(digest, mine);
      if (theirs == null && entries.size() > capacity) {
        String eldest = entries.keySet().iterator().next();
        entries.remove(eldest);
      }
    }
    if (theirs != null) {
      return theirs.join();
    }
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
