package dev.atelier.server.catalogue;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import dev.atelier.formats.product.DefinitionResult;
import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.server.artefact.ArtefactStore;
import dev.atelier.server.artefact.PrecompiledModels;
import dev.atelier.server.db.Database;
import dev.atelier.server.http.ServerBusy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue kept in the database ({@link ModelStore}): what is available, and which version is
 * current, is read from the tables at the time of {@link #clock()}, so every server on one database
 * agrees and scheduled versions appear on their date. Published versions never change, so their
 * effective-from instants are remembered and their compiled models cached ({@link CompiledModels}):
 * a design on a known version costs no query. Thread-safe.
 */
public final class StoredCatalogue implements Catalogue {

  private static final Logger LOG = LoggerFactory.getLogger(StoredCatalogue.class);
  private static final long COMPILE_MILLIS = 60_000;

  /**
   * Compiles for requests: two threads and at most 32 versions waiting, so models that compile for
   * a minute never take more than two cores, and requests wait for them at most {@link
   * #REQUEST_WAIT} (then 503 busy; the compile goes on).
   */
  private static final ThreadPoolExecutor COMPILERS =
      new ThreadPoolExecutor(
          2,
          2,
          0,
          TimeUnit.MILLISECONDS,
          new ArrayBlockingQueue<>(32),
          r -> {
            Thread t = new Thread(r, "atelier-compile");
            t.setDaemon(true);
            return t;
          });

  /** How long a request waits for its version to compile (the demos take well under a second). */
  static final Duration REQUEST_WAIT = Duration.ofSeconds(20);

  private static final ExecutorService PREPARE =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "atelier-prepare");
            t.setDaemon(true);
            return t;
          });

  private final ModelStore store;
  private final Clock clock;
  private final CompiledModels compiled;
  private final ConcurrentMap<String, ProductFamily.Release> published = new ConcurrentHashMap<>();
  private final Optional<PrecompiledModels> artefacts;

  /** The catalogue in {@code store}, at the time of {@code clock}, compiling into {@code cache}. */
  public StoredCatalogue(ModelStore store, Clock clock, CompiledModels cache) {
    this(store, clock, cache, Optional.empty());
  }

  /**
   * Like {@link #StoredCatalogue(ModelStore, Clock, CompiledModels)}, loading and storing the
   * compiled forms of published versions through {@code artefacts} (once for all nodes).
   */
  public StoredCatalogue(
      ModelStore store, Clock clock, CompiledModels cache, Optional<PrecompiledModels> artefacts) {
    this.store = store;
    this.clock = clock;
    this.compiled = cache;
    this.artefacts = artefacts;
  }

  /**
   * The catalogue in {@code database}, the demos seeded into it when missing (see {@link
   * DemoSeed}), with the process-wide compiled-model cache.
   */
  public static StoredCatalogue open(Database database, Clock clock) {
    ModelStore store = new ModelStore(database);
    DemoSeed.seed(store, ModelStore.storable(clock.instant()));
    return new StoredCatalogue(
        store,
        clock,
        CompiledModels.shared(),
        Optional.of(new PrecompiledModels(new ArtefactStore(database), clock)));
  }

  /** Compiles every product's current version now rather than on first use; returns how many. */
  public int warm() {
    int n = 0;
    for (ProductFamily f : families()) {
      ProductFamily.Release r = Objects.requireNonNull(published.get(key(f.id(), f.current())));
      if (compiled.get(r.digest(), () -> compile(f.id(), f.current())).isPresent()) {
        n++;
      }
    }
    return n;
  }

  /** The shared compiled forms, when this catalogue keeps them in the database. */
  public Optional<PrecompiledModels> artefacts() {
    return artefacts;
  }

  /**
   * Compiles published version {@code version} of {@code product} in the background now (at
   * publishing), even before it is effective, so that its compiled forms are stored for all nodes.
   */
  public void prepare(String product, String version) {
    PREPARE.execute(
        () -> {
          Optional<StoredVersion> stored = store.find(product, version);
          if (stored.isPresent() && stored.get().published()) {
            compiled.get(stored.get().digest(), () -> compile(product, version));
          }
        });
  }

  /** The tables. */
  public ModelStore store() {
    return store;
  }

  /** The clock deciding what is effective. */
  public Clock clock() {
    return clock;
  }

  @Override
  public List<ProductFamily> families() {
    Map<String, List<ProductFamily.Release>> byProduct = new LinkedHashMap<>();
    for (ProductFamily.Release r : store.available(clock.instant())) {
      byProduct.computeIfAbsent(r.product(), k -> new ArrayList<>()).add(r);
      remember(r);
    }
    return byProduct.entrySet().stream()
        .map(e -> new ProductFamily(e.getKey(), e.getValue()))
        .toList();
  }

  @Override
  public Optional<ProductFamily> family(String product) {
    return families().stream().filter(f -> f.id().equals(product)).findFirst();
  }

  @Override
  public Optional<ProductVersion> find(String product, String version) {
    Instant now = clock.instant();
    ProductFamily.Release release = published.get(key(product, version));
    if (release == null) {
      Optional<StoredVersion> stored = store.find(product, version);
      if (stored.isEmpty() || !stored.get().published()) {
        return Optional.empty();
      }
      StoredVersion s = stored.get();
      release =
          new ProductFamily.Release(
              product,
              version,
              Objects.requireNonNull(s.effectiveFrom(), "effectiveFrom"),
              s.digest());
      remember(release);
    }
    if (release.effectiveFrom().isAfter(now)) {
      return Optional.empty();
    }
    CompiledModels.Lookup found =
        compiled.within(release.digest(), () -> compile(product, version), COMPILERS, REQUEST_WAIT);
    if (found instanceof CompiledModels.Lookup.Ready ready) {
      return ready.version();
    }
    throw new ServerBusy(
        product + " " + version + " is still being compiled (or the compilers are all busy)");
  }

  private void remember(ProductFamily.Release release) {
    published.putIfAbsent(key(release.product(), release.version()), release);
  }

  private static String key(String product, String version) {
    return product + "\n" + version;
  }

  private Optional<ProductVersion> compile(String product, String version) {
    Optional<StoredVersion> stored = store.find(product, version);
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    DefinitionResult read = stored.get().source().read();
    if (!(read instanceof DefinitionResult.Loaded loaded)) {
      LOG.error(
          "published model {} {} does not read: {}",
          product,
          version,
          ((DefinitionResult.Rejected) read).diagnostics());
      return Optional.empty();
    }
    ProductDefinition definition = loaded.definition();
    Result<CompiledModel> model =
        CompiledModel.compile(definition.model(), Deadline.inMillis(COMPILE_MILLIS));
    if (!model.isOk()) {
      LOG.error(
          "published model {} {} does not compile: {}",
          product,
          version,
          model.failureOrNull().message());
      return Optional.empty();
    }
    artefacts.ifPresent(a -> a.attach(product, version, model.orThrow()));
    return Optional.of(new ProductVersion(definition, model.orThrow()));
  }
}
