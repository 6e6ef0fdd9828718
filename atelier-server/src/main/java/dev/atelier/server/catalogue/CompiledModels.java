package dev.atelier.server.catalogue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Compiled product versions by source digest, each compiled once and shared by every thread; the
 * least recently used are dropped beyond a bound (and compiled again when asked for). A digest
 * identifies the source exactly, so one cache may serve several catalogues. Thread-safe.
 */
public final class CompiledModels {

  private static final CompiledModels SHARED = new CompiledModels(64);

  private final int capacity;
  private final Map<String, CompletableFuture<Optional<ProductVersion>>> entries;

  /** A cache of at most {@code capacity} compiled versions. */
  public CompiledModels(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.capacity = capacity;
    this.entries = new LinkedHashMap<>(16, 0.75f, true);
  }

  /** The cache shared by the catalogues of this process. */
  public static CompiledModels shared() {
    return SHARED;
  }

  /**
   * The version with {@code digest}, compiled by {@code compile} unless another thread did or is
   * doing it; empty when it cannot be compiled (then the next call tries again).
   */
  public Optional<ProductVersion> get(String digest, Supplier<Optional<ProductVersion>> compile) {
    CompletableFuture<Optional<ProductVersion>> mine = new CompletableFuture<>();
    CompletableFuture<Optional<ProductVersion>> theirs;
    synchronized (entries) {
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
