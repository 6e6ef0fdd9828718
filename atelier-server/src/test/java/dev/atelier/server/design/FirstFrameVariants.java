package dev.atelier.server.design;

import static dev.atelier.server.design.Bench3dPages.cpuNanos;
import static dev.atelier.server.design.Bench3dPages.num;
import static dev.atelier.server.design.Bench3dPages.running;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ways {@link Browser3dBenchTest} opens a product to time its first frame and its frames: with
 * routed page files in a fresh chromium (cold shader caches), from the server twice in one fresh
 * chromium (a first and a second visit), and from the server in a running chromium that has drawn
 * another site's page (a first visit there, in a context of its own).
 */
record FirstFrameVariants(BrowserFixture browser) {

  /** One measured page: its variant, product and figures (see Bench3dScripts.MEASURE). */
  record Run(
      String variant,
      String product,
      Map<?, ?> m,
      double cpuToFirstFrameMs,
      double cpuPerFrameMs,
      String load,
      String cpuByPhase) {}

  /** Opens product with the page's files (all but /api and /assets) from web and measures it. */
  Run routed(String variant, String product, Path web) throws IOException {
    Set<Long> others = running();
    try (Chromium chromium = Chromium.launchWebGl()) {
      Page page = chromium.page(1280, 800);
      Bench3dPages.route(page, web);
      return measure(variant, product, page, others);
    }
  }

  /** product from the server itself, twice in one fresh chromium: cold, then warm caches. */
  List<Run> visitTwice(String product) throws IOException {
    Set<Long> others = running();
    try (Chromium chromium = Chromium.launchWebGl()) {
      Page page = chromium.page(1280, 800);
      Run first = measure("server, 1st visit", product, page, others);
      page.navigate("about:blank");
      Run second = measure("server, 2nd visit", product, page, others);
      return List.of(first, second);
    }
  }

  /**
   * product from the server, a first visit in a fresh chromium whose page has localStorage flags
   * set ({@code key=value} pairs, comma-separated: the old path of a change, e.g. {@code
   * atelier.early.together=off}).
   */
  Run firstVisitWith(String flags, String product) throws IOException {
    Set<Long> others = running();
    try (Chromium chromium = Chromium.launchWebGl()) {
      Page page = chromium.page(1280, 800);
      StringBuilder script = new StringBuilder();
      for (String flag : flags.split(",")) {
        String[] pair = flag.split("=", 2);
        script.append(String.format("localStorage.setItem('%s', '%s');", pair[0], pair[1]));
      }
      page.addInitScript(script.toString());
      return measure("server, 1st visit, " + flags, product, page, others);
    }
  }

  /** product from the server, a first visit in a running browser (see the class comment). */
  Run visitInRunningBrowser(String product) throws IOException {
    Set<Long> others = running();
    try (Chromium chromium = Chromium.launchWebGl()) {
      Page elsewhere = chromium.page(1280, 800);
      elsewhere.setContent(Bench3dScripts.ANOTHER_SITE);
      elsewhere.waitForFunction("() => window.__drawn === true");
      Page page = chromium.page(1280, 800);
      return measure("server, 1st visit, running browser", product, page, others);
    }
  }

  private Run measure(String variant, String product, Page page, Set<Long> others)
      throws IOException {
    page.addInitScript(Bench3dScripts.FIRST_FRAME_PROBE);
    long start = cpuNanos(others);
    String byPhase;
    try (ChromiumCpu sampler = new ChromiumCpu(others)) {
      Browser3dPreviewTest.open(page, product, browser);
      page.waitForFunction("() => window.__bench !== undefined");
      byPhase = byPhase(sampler, (Map<?, ?>) page.evaluate(Bench3dScripts.MARKS));
    }
    double cpuToFirstFrame = (cpuNanos(others) - start) / 1e6;
    long cpu = cpuNanos(others);
    Map<?, ?> m = (Map<?, ?>) page.evaluate(Bench3dScripts.MEASURE, Browser3dBenchTest.FRAMES);
    double cpuPerFrame = (cpuNanos(others) - cpu) / 1e6 / Browser3dBenchTest.FRAMES;
    assertThat(m.get("webgl2")).as(product + " WebGL2").isEqualTo(true);
    assertThat((int) num(m, "triangles")).as(product).isPositive();
    return new Run(variant, product, m, cpuToFirstFrame, cpuPerFrame, Bench3dPages.load(), byPhase);
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
}
