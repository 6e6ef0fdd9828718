package dev.atelier.server.artefact;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.count.ArtefactRead;
import dev.atelier.engine.count.Artefacts;
import dev.atelier.engine.result.Deadline;
import dev.atelier.server.db.DatabaseException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles a published version's model once for all nodes: {@link #attach} loads the compiled forms
 * (decision-DNNF, and the clique tree of a table model) that some node stored for the model's hash,
 * or starts compiling them in the background (within the engine's CPU budgets, cancelled when
 * {@link #WAIT_MILLIS} pass) and stores the result, or that it did not fit. Until a form is ready
 * sessions answer from SAT. Counters tell what happened (for tests and logs). Thread-safe.
 */
public final class PrecompiledModels {
  /** Longest wait for one background compilation before it is cancelled. */
  public static final long WAIT_MILLIS = 120_000;

  /** Largest artefact stored; larger ones are recorded as too large and recompiled per node. */
  public static final int MAX_BYTES = 64 * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(PrecompiledModels.class);
  private static final ExecutorService WAITERS =
      Executors.newFixedThreadPool(
          2,
          r -> {
            Thread t = new Thread(r, "atelier-artefacts");
            t.setDaemon(true);
            return t;
          });

  private final ArtefactStore store;
  private final Clock clock;
  private final Queue<CompletableFuture<Void>> pending = new ConcurrentLinkedQueue<>();
  private final AtomicLong loaded = new AtomicLong();
  private final AtomicLong compiled = new AtomicLong();
  private final AtomicLong stored = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();

  /** Artefacts kept in {@code store}, rows stamped by {@code clock}. */
  public PrecompiledModels(ArtefactStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** What this node did so far. */
  public record Counters(long loaded, long compiled, long stored, long rejected) {}

  /** The counters. */
  public Counters counters() {
    return new Counters(loaded.get(), compiled.get(), stored.get(), rejected.get());
  }

  /** Loads or starts compiling the forms of version {@code version} of {@code product}. */
  public void attach(String product, String version, CompiledModel model) {
    String hash = Artefacts.hashOf(model.cnf());
    if (model.tableCsp().isPresent()) {
      prepare(product, version, hash, Artefacts.Kind.TREE, model, CompiledForm.tree(model));
    }
    prepare(product, version, hash, Artefacts.Kind.DNNF, model, CompiledForm.dnnf(model));
  }

  private <T> void prepare(
      String product,
      String version,
      String hash,
      Artefacts.Kind kind,
      CompiledModel model,
      CompiledForm<T> form) {
    Optional<StoredArtefact> row = store.find(product, version, hash, kind);
    if (row.isPresent()) {
      if (row.get().outcome() != StoredArtefact.Outcome.READY) {
        form.compilation().decline();
        return;
      }
      ArtefactRead<T> read =
          form.read(Objects.requireNonNull(row.get().bytes(), "a ready artefact's bytes"), hash);
      if (read instanceof ArtefactRead.Loaded<T> ok && form.compilation().supply(ok.value())) {
        loaded.incrementAndGet();
        return;
      }
      rejected.incrementAndGet();
      LOG.warn("stored {} of {} {} not used: {}", kind, product, version, read);
    }
    form.compilation().now();
    compiled.incrementAndGet();
    pending.add(
        CompletableFuture.runAsync(() -> finish(product, version, hash, kind, form), WAITERS));
  }

  /**
   * Waits until every background compilation started so far has finished and been stored, or the
   * deadline passes; whether they all finished.
   */
  public boolean settle(Deadline deadline) {
    for (CompletableFuture<Void> f : pending) {
      try {
        f.get(Math.max(1, deadline.remainingMillis()), TimeUnit.MILLISECONDS);
      } catch (TimeoutException | ExecutionException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    pending.removeIf(CompletableFuture::isDone);
    return true;
  }

  private <T> void finish(
      String product, String version, String hash, Artefacts.Kind kind, CompiledForm<T> form) {
    Optional<T> done = form.compilation().await(Deadline.inMillis(WAIT_MILLIS));
    if (done.isEmpty() && form.compilation().compileNanos() < 0) {
      form.compilation().cancel();
      return; // the node's wait passed: another node or restart tries again
    }
    long millis = Math.max(0, form.compilation().compileNanos()) / 1_000_000;
    StoredArtefact.Outcome outcome = StoredArtefact.Outcome.OVER_BUDGET;
    byte[] bytes = null;
    if (done.isPresent()) {
      bytes = form.write(done.get(), hash);
      outcome =
          bytes.length <= MAX_BYTES
              ? StoredArtefact.Outcome.READY
              : StoredArtefact.Outcome.TOO_LARGE;
      bytes = outcome == StoredArtefact.Outcome.READY ? bytes : null;
    }
    try {
      if (store.save(
          new StoredArtefact(product, version, hash, kind, outcome, bytes, millis),
          clock.instant())) {
        stored.incrementAndGet();
      }
      LOG.info(
          "compiled {} of {} {}: {} in {} ms, {} bytes",
          kind,
          product,
          version,
          outcome,
          millis,
          bytes == null ? 0 : bytes.length);
    } catch (DatabaseException e) {
      LOG.warn("cannot store {} of {} {}", kind, product, version, e);
    }
  }
}
