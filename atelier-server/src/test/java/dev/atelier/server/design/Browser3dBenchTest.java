package dev.atelier.server.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The 3D preview's benchmark (docs/performance.md) in a 1280×800 page with software WebGL2: per
 * product, the first frame (finished: a 1×1 read-back right after it) since navigation and since
 * the view started, the median and 90th percentile of 20 frames while orbiting (each render plus a
 * 1×1 read-back, timed in the page), chromium's CPU time to the first frame and per frame (all its
 * processes), the canvas's drawing-buffer size, the triangles and where the start-up went (a
 * waterfall from Resource Timing and the page's {@code atelier:} marks). With {@code
 * -Datelier.bench.baseline=DIR} (a copy of another build's {@code web} directory, e.g. main's) the
 * page's files (all but {@code /api} and {@code /assets}) come from DIR in alternate runs ("old")
 * and from this worktree ("new"), in the same window; {@code -Datelier.bench.rounds=N} repeats each
 * pair (old first in even rounds, new first in odd ones). Then, as many rounds, each product from
 * the server itself (its caching headers and compression), twice in one fresh browser (a first and
 * a second visit), and once in a running browser that has shown another site's page (a first visit
 * there; {@code -Datelier.bench.server=false} leaves these out). Prints a table (also
 * target/3d-bench.txt); asserts only WebGL2 and a drawn product. Run: {@code ./mvnw -B -q -o -pl
 * atelier-server -am test -Dtest=Browser3dBenchTest -Dexcluded.test.groups=
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("slow")
class Browser3dBenchTest {

  @RegisterExtension static final BrowserFixture browser = BrowserFixture.webGl();

  static final int FRAMES = 20;

  static final Map<String, String> TYPES =
      Map.of(
          "js", "text/javascript",
          "css", "text/css",
          "json", "application/json",
          "html", "text/html; charset=utf-8",
          "svg", "image/svg+xml");

  /** Records when the view's first frame is finished (read back right after the view drew it). */
  static final String FIRST_FRAME_PROBE =
      """
      (() => {
        window.__atelierMeasure = true; // view3d.js: each phase of the first frame read back
        const raf = window.requestAnimationFrame.bind(window);
        window.requestAnimationFrame = (callback) => raf((t) => {
          callback(t);
          const view = window.__atelier?.view;
          if (!view || view.state.frames === 0 || window.__bench) return;
          const gl = view.renderer.getContext();
          gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
          window.__bench = { done: performance.now(), viewStart: view.state.firstFrameAt - view.state.firstFrameMs };
        });
      })();
      """;

  /** Frames while orbiting: each render and a 1×1 read-back (the frame finished), timed here. */
  static final String MEASURE =
      """
      async (n) => {
        const THREE = await import('three');
        const view = window.__atelier.view;
        const gl = view.renderer.getContext();
        const camera = view.camera;
        const target = new THREE.Box3().setFromObject(view.scene.getObjectByName(view.scene.children.find((c) => c.name.startsWith('product:')).name)).getCenter(new THREE.Vector3());
        const axis = new THREE.Vector3(0, 1, 0);
        const pixel = new Uint8Array(4);
        const times = [];
        for (let i = 0; i < n; i++) {
          camera.position.sub(target).applyAxisAngle(axis, (2 * Math.PI) / n).add(target);
          camera.lookAt(target);
          const t0 = performance.now();
          view.render();
          gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
          times.push(performance.now() - t0);
        }
        times.sort((a, b) => a - b);
        return {
          webgl2: gl instanceof WebGL2RenderingContext,
          first: window.__bench.done,
          firstView: window.__bench.done - window.__bench.viewStart,
          median: times[Math.floor(n / 2)],
          p90: times[Math.ceil(n * 0.9) - 1],
          buffer: gl.drawingBufferWidth + 'x' + gl.drawingBufferHeight,
          css: view.renderer.domElement.clientWidth + 'x' + view.renderer.domElement.clientHeight,
          triangles: view.triangles(),
          phases: view.state.phases ? Object.entries(view.state.phases).map(([k, v]) => k + ' ' + v).join(', ') : '',
          waterfall: waterfall(window.__bench.viewStart, window.__bench.done),
        };
        /** Milliseconds since navigation at which each step of the start-up had finished. */
        function waterfall(viewStart, frame) {
          const nav = performance.getEntriesByType('navigation')[0];
          const res = performance.getEntriesByType('resource');
          const of = (re) => res.filter((e) => re.test(new URL(e.name).pathname));
          const end = (re) => (of(re).length ? Math.round(Math.max(...of(re).map((e) => e.responseEnd))) : '-');
          const first = (re) => (of(re).length ? Math.round(Math.min(...of(re).map((e) => e.responseEnd))) : '-');
          const start = (re) => (of(re).length ? Math.round(Math.min(...of(re).map((e) => e.startTime))) : '-');
          const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('atelier:'));
          return [
            'html ' + Math.round(nav.responseEnd),
            'app modules ' + end(/^\\/js\\/(?!three\\/).*\\.js$/),
            'i18n ' + end(/^\\/i18n\\//),
            'model ' + end(/^\\/api\\/products\\/[^/]+\\/versions\\//),
            'domains ' + first(/^\\/api\\/designs\\/domains/),
            'three.js ' + start(/three\\.module/) + '-' + end(/three\\.(module|core)\\.min\\.js$/),
            'view modules ' + end(/^\\/js\\/three\\/(?!recipes\\/)/),
            'recipe ' + end(/^\\/js\\/three\\/recipes\\//),
            'view start ' + Math.round(viewStart),
            ...marks.map((m) => m.name.slice(8) + ' ' + Math.round(m.startTime)),
            'first frame ' + Math.round(frame),
            'transferred ' + res.reduce((n, e) => n + e.transferSize, 0) + ' B',
          ].join(', ');
        }
      }
      """;

  /** The page's atelier: marks as ms since navigation, the navigation's wall clock time. */
  static final String MARKS =
      """
      () => ({
        origin: performance.timeOrigin,
        frame: window.__bench.done,
        marks: Object.fromEntries(performance.getEntriesByType('mark')
          .filter((m) => m.name.startsWith('atelier:')).map((m) => [m.name.slice(8), m.startTime])),
      })
      """;

  record Run(
      String variant,
      String product,
      Map<?, ?> m,
      double cpuToFirstFrameMs,
      double cpuPerFrameMs,
      String load,
      String cpuByPhase) {}

  @Test
  void timeToFirstFrameAndPerFrame() throws IOException {
    String baseline = System.getProperty("atelier.bench.baseline", "");
    int rounds = Integer.getInteger("atelier.bench.rounds", 1);
    List<String> products =
        List.of(
            System.getProperty(
                    "atelier.bench.products", String.join(",", Browser3dPreviewTest.PRODUCTS))
                .split(","));
    List<Run> runs = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      for (String product : products) {
        // Old first in even rounds, new first in odd ones: the first of a pair tends to be slower.
        if (!baseline.isEmpty() && round % 2 == 0) {
          runs.add(measure("old", product, Path.of(baseline)));
        }
        runs.add(measure("new", product, Path.of("src/main/resources/web")));
        if (!baseline.isEmpty() && round % 2 == 1) {
          runs.add(measure("old", product, Path.of(baseline)));
        }
      }
    }
    // This build as the server sends it (its caching headers and compression; no routing, which
    // would turn chromium's HTTP cache off): a first visit, then a second in the same browser.
    // -Datelier.bench.server=false: old against new only (for quick comparisons).
    int serverRounds =
        Boolean.parseBoolean(System.getProperty("atelier.bench.server", "true")) ? rounds : 0;
    for (int round = 0; round < serverRounds; round++) {
      for (String product : products) {
        runs.addAll(visitTwice(product));
        runs.add(visitInRunningBrowser(product));
      }
    }
    StringBuilder table = new StringBuilder();
    table.append(
        "| build | product | first frame ms from navigation | from view start | chromium CPU ms"
            + " to first frame | per frame median ms | p90 ms | chromium CPU ms/frame | canvas px"
            + " (CSS) | triangles | load avg | phases ms |\n"
            + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Run r : runs) {
      table.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %.0f | %.0f | %.0f | %.1f | %.1f | %.1f | %s (%s) | %d | %s | %s |%n",
              r.variant(),
              r.product(),
              num(r.m(), "first"),
              num(r.m(), "firstView"),
              r.cpuToFirstFrameMs(),
              num(r.m(), "median"),
              num(r.m(), "p90"),
              r.cpuPerFrameMs(),
              r.m().get("buffer"),
              r.m().get("css"),
              (int) num(r.m(), "triangles"),
              r.load(),
              r.m().get("phases")));
    }
    table.append(
        "\nChromium CPU ms by process and phase (navigation, modules, domains, first frame):\n\n");
    for (Run r : runs) {
      table.append(
          String.format(Locale.ROOT, "- %s %s: %s%n", r.variant(), r.product(), r.cpuByPhase()));
    }
    table.append("\nWhere the time went (ms since navigation):\n\n");
    for (Run r : runs) {
      table.append(
          String.format(
              Locale.ROOT, "- %s %s: %s%n", r.variant(), r.product(), r.m().get("waterfall")));
    }
    String report =
        "3D preview benchmark (software WebGL2, 1280x800 page, "
            + FRAMES
            + " frames orbiting)\n"
            + table;
    System.out.println(report);
    Path out = Path.of("target", "3d-bench.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
  }

  /** The page's atelier: marks up to the click (ms since navigation): where the time went. */
  static final String MARKS_BEFORE_CLICK =
      """
      () => performance.getEntriesByType('mark')
        .filter((m) => m.name.startsWith('atelier:') && m.startTime <= window.__clickAt)
        .map((m) => m.name.slice(8) + ' ' + Math.round(m.startTime)).join(', ')
      """;

  /** Records when the page first handled a click (ms since navigation). */
  static final String CLICK_PROBE =
      """
      document.addEventListener('click', () => { window.__clickAt ??= performance.now(); }, true);
      """;

  /**
   * How soon a shopper can choose: per product, old (DIR, as shoppers get it: the SVG picture with
   * software GL) and new (this worktree with the 3D view), each in a fresh chromium, the ms since
   * navigation at which the first offered option's card took a click (Playwright clicks it as soon
   * as it is there, enabled and still) and at which the page had shown the answer; and whether the
   * 3D view was shown. Run with {@code -Dtest=Browser3dBenchTest#timeToFirstChoice}.
   */
  @Test
  void timeToFirstChoice() throws IOException {
    String baseline = System.getProperty("atelier.bench.baseline", "");
    int rounds = Integer.getInteger("atelier.bench.rounds", 1);
    List<String> products =
        List.of(
            System.getProperty(
                    "atelier.bench.products", String.join(",", Browser3dPreviewTest.PRODUCTS))
                .split(","));
    StringBuilder table =
        new StringBuilder(
            "| build | product | option clicked ms from navigation | answer shown ms | view |"
                + " chromium CPU ms to the answer | load avg | marks ms |\n"
                + "|---|---|---|---|---|---|---|---|\n");
    for (int round = 0; round < rounds; round++) {
      for (String product : products) {
        if (!baseline.isEmpty() && round % 2 == 0) {
          table.append(choose("old", product, Path.of(baseline)));
        }
        table.append(choose("new", product, Path.of("src/main/resources/web")));
        if (!baseline.isEmpty() && round % 2 == 1) {
          table.append(choose("old", product, Path.of(baseline)));
        }
      }
    }
    System.out.println(table);
    Path out = Path.of("target", "3d-choice.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table);
  }

  private static String choose(String variant, String product, Path web) throws IOException {
    Set<Long> others = chromium().map(ProcessHandle::pid).collect(Collectors.toSet());
    try (Chromium chromium = Chromium.launchWebGl();
        ChromiumCpu sampler = new ChromiumCpu(others)) {
      Page page = chromium.page(1280, 800);
      page.setDefaultTimeout(120_000);
      page.route(
          url -> !URI.create(url).getPath().matches("/(api|assets)/.*"),
          route -> serve(route, web));
      page.addInitScript(CLICK_PROBE);
      // -Datelier.bench.new3d=false: new as shoppers with software GL get it (the SVG picture).
      if (variant.equals("new")
          && Boolean.parseBoolean(System.getProperty("atelier.bench.new3d", "true"))) {
        page.addInitScript("localStorage.setItem('atelier.view3d', 'on')"); // 3D, as if by default
      }
      long navigated = System.currentTimeMillis();
      page.navigate(browser.url("/p/" + product));
      page.locator(
              "label.option:has(input:not([aria-disabled='true']):not(:checked):not([disabled]))")
          .first()
          .click();
      new dev.atelier.server.testing.ConfiguratorPage(page).idle();
      double answered = ((Number) page.evaluate("() => performance.now()")).doubleValue();
      double clicked = ((Number) page.evaluate("() => window.__clickAt")).doubleValue();
      String view =
          (String) page.evaluate("() => document.querySelector('.preview-card')?.dataset.view");
      String cpu = sampler.describe(navigated, System.currentTimeMillis());
      String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
      return String.format(
          Locale.ROOT,
          "| %s | %s | %.0f | %.0f | %s | %s | %s | %s |%n",
          variant,
          product,
          clicked,
          answered,
          view,
          cpu,
          load,
          page.evaluate(MARKS_BEFORE_CLICK));
    }
  }

  /** Opens product with the page's files (all but /api and /assets) from web and measures it. */
  private static Run measure(String variant, String product, Path web) throws IOException {
    // A chromium of its own: a cold GPU process (no shader cached by an earlier run).
    Set<Long> others = chromium().map(ProcessHandle::pid).collect(Collectors.toSet());
    try (Chromium chromium = Chromium.launchWebGl()) {
      Page page = chromium.page(1280, 800);
      page.route(
          url -> !URI.create(url).getPath().matches("/(api|assets)/.*"),
          route -> serve(route, web));
      return measure(variant, product, page, others);
    }
  }

  /** product from the server itself, twice in one fresh chromium: cold, then warm caches. */
  private static List<Run> visitTwice(String product) throws IOException {
    Set<Long> others = chromium().map(ProcessHandle::pid).collect(Collectors.toSet());
    try (Chromium chromium = Chromium.launchWebGl()) {
      Page page = chromium.page(1280, 800);
      Run first = measure("server, 1st visit", product, page, others);
      page.navigate("about:blank");
      Run second = measure("server, 2nd visit", product, page, others);
      return List.of(first, second);
    }
  }

  /**
   * product from the server, a first visit in a running browser: chromium has shown another site's
   * page (text, a card with a shadow and a gradient; no WebGL) in another context, whose HTTP and
   * code caches this context does not share, as a shopper's browser has none for a new site.
   */
  private static Run visitInRunningBrowser(String product) throws IOException {
    Set<Long> others = chromium().map(ProcessHandle::pid).collect(Collectors.toSet());
    try (Chromium chromium = Chromium.launchWebGl()) {
      Page elsewhere = chromium.page(1280, 800);
      elsewhere.setContent(ANOTHER_SITE);
      elsewhere.waitForFunction("() => window.__drawn === true");
      Page page = chromium.page(1280, 800);
      return measure("server, 1st visit, running browser", product, page, others);
    }
  }

  /** Another site's page, drawn: text and a card with a shadow and a gradient. */
  static final String ANOTHER_SITE =
      """
      <!doctype html><title>elsewhere</title>
      <main style="font-family: sans-serif; padding: 24px">
        <h1>Another shop</h1>
        <p style="box-shadow: 0 6px 24px rgb(0 0 0 / 10%); border-radius: 12px; padding: 16px;
          background: linear-gradient(#fff, #eee)">Some text on another site, read before.</p>
      </main>
      <script>
        requestAnimationFrame(() => requestAnimationFrame(() => { window.__drawn = true; }));
      </script>
      """;

  private static Run measure(String variant, String product, Page page, Set<Long> others)
      throws IOException {
    page.addInitScript(FIRST_FRAME_PROBE);
    long start = cpuNanos(others);
    String byPhase;
    try (ChromiumCpu sampler = new ChromiumCpu(others)) {
      Browser3dPreviewTest.open(page, product, browser);
      page.waitForFunction("() => window.__bench !== undefined");
      byPhase = byPhase(sampler, (Map<?, ?>) page.evaluate(MARKS));
    }
    double cpuToFirstFrame = (cpuNanos(others) - start) / 1e6;
    long cpu = cpuNanos(others);
    Map<?, ?> m = (Map<?, ?>) page.evaluate(MEASURE, FRAMES);
    double cpuPerFrame = (cpuNanos(others) - cpu) / 1e6 / FRAMES;
    String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    assertThat(m.get("webgl2")).as(product + " WebGL2").isEqualTo(true);
    assertThat((int) num(m, "triangles")).as(product).isPositive();
    return new Run(variant, product, m, cpuToFirstFrame, cpuPerFrame, load, byPhase);
  }

  /** Chromium's CPU by process kind in each phase of the start-up (see ChromiumCpu). */
  private static String byPhase(ChromiumCpu sampler, Map<?, ?> marks) {
    double origin = num(marks, "origin");
    Map<?, ?> named = (Map<?, ?>) marks.get("marks");
    List<String> spans = new ArrayList<>();
    long from = Math.round(origin);
    String previous = "navigation";
    for (String mark : List.of("modules", "domains", "first-frame")) {
      if (named.get(mark) instanceof Number at) {
        long to = Math.round(origin + at.doubleValue());
        spans.add(previous + "→" + mark + " [" + sampler.describe(from, to) + "]");
        from = to;
        previous = mark;
      }
    }
    long end = Math.round(origin + num(marks, "frame"));
    spans.add("to first frame [" + sampler.describe(Math.round(origin), end) + "]");
    return String.join("; ", spans);
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

  /** This JVM's chromium processes. */
  private static Stream<ProcessHandle> chromium() {
    return ProcessHandle.current()
        .descendants()
        .filter(p -> p.info().command().orElse("").contains("chrom"));
  }

  /** CPU time (user + system) so far of this JVM's chromium processes but others. */
  private static long cpuNanos(Set<Long> others) {
    return chromium()
        .filter(p -> !others.contains(p.pid()))
        .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
        .sum();
  }

  private static double num(Map<?, ?> m, String key) {
    return ((Number) m.get(key)).doubleValue();
  }
}
