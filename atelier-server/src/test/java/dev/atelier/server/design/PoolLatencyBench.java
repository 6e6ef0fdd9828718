package dev.atelier.server.design;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.OperatingSystemMXBean;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.formats.ReadResult;
import dev.atelier.formats.files.ModelFiles;
import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.server.ServerOptions;
import dev.atelier.server.catalogue.FixedCatalogue;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.http.AtelierServer;
import dev.atelier.server.testing.TestServer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * HTTP per-decision latency with the warm session pool off (old) and on (new) in one run: two
 * servers over the design routes in this JVM, the same seeded walks (a customer deciding an offered
 * value of an undecided attribute, step by step) sent to one and then the other, the order swapped
 * every walk. Prints per product p50/p99 wall time of {@code POST /api/designs/decide} and the
 * server CPU per request (this process's CPU time less the client thread's). Not a test; run with
 * the test classpath: {@code PoolLatencyBench WALKS STEPS [model file...]} (extra models join the
 * demos as products).
 */
public final class PoolLatencyBench {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private PoolLatencyBench() {}

  /** Runs the benchmark; see the class comment for the arguments. */
  public static void main(String[] args) {
    if (args[0].equals("bytes")) {
      bytes(Arrays.asList(args).subList(1, args.length));
      return;
    }
    int walks = Integer.parseInt(args[0]);
    int steps = Integer.parseInt(args[1]);
    List<ProductVersion> versions = new ArrayList<>();
    List<String> products = new ArrayList<>(List.of("pc", "bicycle"));
    for (String p : products) {
      versions.add(TestServer.CATALOGUE.current(p).orElseThrow());
    }
    for (String file : Arrays.asList(args).subList(2, args.length)) {
      ProductVersion v = load(Path.of(file));
      versions.add(v);
      products.add(v.product());
    }
    FixedCatalogue catalogue = new FixedCatalogue(versions);
    DesignService off = service(PoolSettings.OFF);
    DesignService on = service(PoolSettings.ON);
    try (AtelierServer offServer = start(catalogue, off);
        AtelierServer onServer = start(catalogue, on)) {
      for (String product : products) {
        String version = catalogue.current(product).orElseThrow().version();
        for (int w = 0; w < 3; w++) {
          walk(offServer, product, version, w, steps, null);
          walk(onServer, product, version, w, steps, null);
        }
        Samples old = new Samples();
        Samples pooled = new Samples();
        for (int w = 0; w < walks; w++) {
          long seed = 100 + w;
          if (w % 2 == 0) {
            walk(offServer, product, version, seed, steps, old);
            walk(onServer, product, version, seed, steps, pooled);
          } else {
            walk(onServer, product, version, seed, steps, pooled);
            walk(offServer, product, version, seed, steps, old);
          }
        }
        System.out.println(product + " off: " + old.summary());
        System.out.println(product + " on:  " + pooled.summary());
      }
      System.out.println("pool figures: " + on.poolFigures());
    }
  }

  /**
   * The heap a warm session takes against the pool's estimate: 40 sessions of each model, each
   * resumed at no decision and asked its valid domains, one explanation and the cheapest completion
   * (what a design request does), kept; the used heap after a GC before and after, per session.
   */
  private static void bytes(List<String> files) {
    List<ProductVersion> versions = new ArrayList<>();
    versions.add(TestServer.CATALOGUE.current("pc").orElseThrow());
    versions.add(TestServer.CATALOGUE.current("bicycle").orElseThrow());
    for (String file : files) {
      versions.add(load(Path.of(file)));
    }
    for (ProductVersion v : versions) {
      warmSessions(v, 2);
      long before = usedAfterGc();
      List<dev.atelier.engine.session.ConfigurationSession> kept = warmSessions(v, 40);
      long after = usedAfterGc();
      System.out.printf(
          Locale.ROOT,
          "%s: measured %d bytes per warm session, estimated %d%n",
          v.product(),
          (after - before) / kept.size(),
          SessionPool.estimatedBytes(v.compiled().cnf()));
    }
  }

  private static List<dev.atelier.engine.session.ConfigurationSession> warmSessions(
      ProductVersion v, int n) {
    List<dev.atelier.engine.session.ConfigurationSession> sessions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Deadline d = Deadline.inMillis(60_000);
      dev.atelier.engine.session.ConfigurationSession s =
          dev.atelier.engine.session.ConfigurationSession.resume(v.compiled(), List.of(), d)
              .orThrow();
      dev.atelier.engine.session.ValidDomains domains = s.validDomains(d).orThrow();
      domains.domains().values().stream()
          .filter(a -> !a.refused().isEmpty())
          .findFirst()
          .ifPresent(a -> s.explain(a.attribute(), a.refused().get(0), d));
      s.complete(CheapestPrices.cheapest(v), d);
      sessions.add(s);
    }
    return sessions;
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  private static ProductVersion load(Path file) {
    ReadResult read = ModelFiles.read(file, Optional.empty());
    if (!(read instanceof ReadResult.Loaded loaded)) {
      throw new IllegalArgumentException(file + " does not load: " + read);
    }
    CompiledModel compiled =
        CompiledModel.compile(loaded.model(), Deadline.inMillis(600_000)).orThrow();
    return new ProductVersion(ProductDefinition.of(loaded.model()), compiled);
  }

  private static DesignService service(PoolSettings pool) {
    ServerOptions d = ServerOptions.defaults(0);
    return new DesignService(
        d.engineBudget(), d.reasonsBudget(), d.cacheSize(), DesignListener.NONE, pool);
  }

  private static AtelierServer start(FixedCatalogue catalogue, DesignService service) {
    ServerOptions d = ServerOptions.defaults(0);
    return AtelierServer.start(
        "127.0.0.1",
        0,
        new DesignRoutes(catalogue, service, ArtworkFacts.NONE).routes(),
        d.bodyLimit(),
        d.limits(),
        TestServer.HEADER_AUTH);
  }

  /** One walk of {@code steps} decisions; timed into {@code samples} unless null. */
  private static void walk(
      AtelierServer server, String product, String version, long seed, int steps, Samples samples) {
    Random random = new Random(seed);
    ObjectNode start = TestServer.JSON.createObjectNode();
    start.put("product", product).put("version", version).putArray("decisions");
    JsonNode domains = post(server, "/api/designs/domains", start.toString()).body();
    for (int s = 0; s < steps; s++) {
      List<JsonNode> open = new ArrayList<>();
      domains
          .get("attributes")
          .forEach(
              a -> {
                if (a.get("decided").isNull() && !a.get("offered").isEmpty()) {
                  open.add(a);
                }
              });
      if (open.isEmpty()) {
        return;
      }
      JsonNode a = open.get(random.nextInt(open.size()));
      JsonNode offered = a.get("offered");
      ObjectNode r = TestServer.JSON.createObjectNode();
      r.set("design", domains.get("design"));
      r.put("attribute", a.get("attribute").asText());
      r.put("value", offered.get(random.nextInt(offered.size())).asText());
      long cpu0 = OS.getProcessCpuTime() - THREADS.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      TestServer.Answer answer = post(server, "/api/designs/decide", r.toString());
      long t1 = System.nanoTime();
      long cpu1 = OS.getProcessCpuTime() - THREADS.getCurrentThreadCpuTime();
      if (answer.status() != 200) {
        throw new IllegalStateException(answer.status() + " " + answer.text());
      }
      if (samples != null) {
        samples.add(t1 - t0, cpu1 - cpu0);
      }
      domains = answer.body();
    }
  }

  private static TestServer.Answer post(AtelierServer server, String path, String body) {
    return TestServer.answer(
        TestServer.exchange(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build()));
  }

  /** Wall and server CPU nanoseconds per request. */
  private static final class Samples {
    private final List<Long> wall = new ArrayList<>();
    private long cpu;

    void add(long wallNanos, long cpuNanos) {
      wall.add(wallNanos);
      cpu += cpuNanos;
    }

    String summary() {
      List<Long> sorted = new ArrayList<>(wall);
      sorted.sort(null);
      return String.format(
          Locale.ROOT,
          "n=%d p50=%.2f ms p99=%.2f ms mean=%.2f ms server-cpu=%.2f ms/request",
          sorted.size(),
          at(sorted, 0.50) / 1e6,
          at(sorted, 0.99) / 1e6,
          sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6,
          cpu / 1e6 / Math.max(1, sorted.size()));
    }

    private static long at(List<Long> sorted, double q) {
      return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }
  }
}
