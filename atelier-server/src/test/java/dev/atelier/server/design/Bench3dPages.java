package dev.atelier.server.design;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the 3D benchmarks share: their settings (system properties), the old and new page files in
 * alternate order, serving a page's files from a directory, and this JVM's chromium processes.
 */
final class Bench3dPages {
  private Bench3dPages() {}

  /** This worktree's page files ("new"). */
  static final Path NEW = Path.of("src/main/resources/web");

  static final Map<String, String> TYPES =
      Map.of(
          "js", "text/javascript",
          "css", "text/css",
          "json", "application/json",
          "html", "text/html; charset=utf-8",
          "svg", "image/svg+xml");

  /** One measurement of a variant ("old" or "new") of a product with the page files of web. */
  interface Measure<T> {
    T run(String variant, String product, Path web) throws IOException;
  }

  /**
   * {@code -Datelier.bench.products=a,b}: the products measured. By default all eight when a
   * baseline is compared, else (the slow suite's run, which only shows that every variant still
   * runs and draws) the sneakers alone: {@link Browser3dPreviewTest} draws every product.
   */
  static List<String> products() {
    String all =
        System.getProperty("atelier.bench.baseline", "").isEmpty()
            ? SMOKE_PRODUCT
            : String.join(",", Browser3dPreviewTest.PRODUCTS);
    return List.of(System.getProperty("atelier.bench.products", all).split(","));
  }

  /** The product measured in a run without a baseline (one with print areas). */
  static final String SMOKE_PRODUCT = "sneakers";

  /** {@code -Datelier.bench.rounds=N}: how many times each pair is measured (1). */
  static int rounds() {
    return Integer.getInteger("atelier.bench.rounds", 1);
  }

  /**
   * Each product in each round: "old" (the page files of {@code -Datelier.bench.baseline=DIR}, when
   * given) and "new" (this worktree's), old first in even rounds, new first in odd ones (the first
   * of a pair tends to be the slower).
   */
  static <T> List<T> alternating(Measure<T> measure) throws IOException {
    String baseline = System.getProperty("atelier.bench.baseline", "");
    List<T> out = new ArrayList<>();
    for (int round = 0; round < rounds(); round++) {
      for (String product : products()) {
        if (!baseline.isEmpty() && round % 2 == 0) {
          out.add(measure.run("old", product, Path.of(baseline)));
        }
        out.add(measure.run("new", product, NEW));
        if (!baseline.isEmpty() && round % 2 == 1) {
          out.add(measure.run("old", product, Path.of(baseline)));
        }
      }
    }
    return out;
  }

  /** Serves the page's files (all but /api and /assets) from web; /p/ and /d/ get the shell. */
  static void route(Page page, Path web) {
    page.route(url -> !URI.create(url).getPath().matches("/(api|assets)/.*"), r -> serve(r, web));
  }

  private static void serve(Route route, Path web) {
    String path = URI.create(route.request().url()).getPath();
    if (path.matches("/[pd]/.*")) {
      path = "/index.html"; // the page shell of the client-side routes
    }
    Path file = web.resolve(path.substring(1)).normalize();
    String type = TYPES.getOrDefault(path.replaceAll(".*\\.", ""), "application/octet-stream");
    try {
      route.fulfill(
          new Route.FulfillOptions()
              .setStatus(200)
              .setContentType(type)
              .setBodyBytes(Files.readAllBytes(file)));
    } catch (IOException e) {
      route.fulfill(new Route.FulfillOptions().setStatus(404));
    }
  }

  /** The pids of this JVM's chromium processes now (those a new chromium does not count). */
  static Set<Long> running() {
    return chromium().map(ProcessHandle::pid).collect(Collectors.toSet());
  }

  /** This JVM's chromium processes. */
  static Stream<ProcessHandle> chromium() {
    return ProcessHandle.current()
        .descendants()
        .filter(p -> p.info().command().orElse("").contains("chrom"));
  }

  /** CPU time (user + system) so far of this JVM's chromium processes but others. */
  static long cpuNanos(Set<Long> others) {
    return chromium()
        .filter(p -> !others.contains(p.pid()))
        .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
        .sum();
  }

  /** The machine's load average over the last minute. */
  static String load() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
  }

  static double num(Map<?, ?> m, String key) {
    return ((Number) m.get(key)).doubleValue();
  }
}
