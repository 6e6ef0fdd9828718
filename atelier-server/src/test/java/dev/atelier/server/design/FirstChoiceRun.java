package dev.atelier.server.design;

import com.microsoft.playwright.Page;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * How soon a shopper can choose, one page: in a fresh chromium, the ms since navigation at which
 * the first offered option's card took a click (Playwright clicks it as soon as it is there,
 * enabled and still) and at which the page had shown the answer, which picture it shows, and when
 * the 3D view drew its first frame (after the answer: the view waits for a quiet page).
 */
record FirstChoiceRun(BrowserFixture browser) {

  /** The table row of variant ("old": DIR as shoppers get it; "new": this worktree, 3D asked). */
  String choose(String variant, String product, Path web) throws IOException {
    Set<Long> others = Bench3dPages.running();
    try (Chromium chromium = Chromium.launchWebGl();
        ChromiumCpu sampler = new ChromiumCpu(others)) {
      Page page = chromium.page(1280, 800);
      page.setDefaultTimeout(120_000);
      Bench3dPages.route(page, web);
      page.addInitScript(Bench3dScripts.CLICK_PROBE);
      // -Datelier.bench.new3d=false: new as shoppers with software GL get it by default (3D since
      // session 15).
      if (variant.equals("new")
          && Boolean.parseBoolean(System.getProperty("atelier.bench.new3d", "true"))) {
        page.addInitScript("localStorage.setItem('atelier.view3d', 'on')");
      }
      long navigated = System.currentTimeMillis();
      page.navigate(browser.url("/p/" + product));
      page.locator(
              "label.option:has(input:not([aria-disabled='true']):not(:checked):not([disabled]))")
          .first()
          .click();
      new ConfiguratorPage(page).idle();
      double answered = ((Number) page.evaluate("() => performance.now()")).doubleValue();
      double clicked = ((Number) page.evaluate("() => window.__clickAt")).doubleValue();
      String cpu = sampler.describe(navigated, System.currentTimeMillis());
      String marks = (String) page.evaluate(Bench3dScripts.MARKS_BEFORE_CLICK);
      return String.format(
          Locale.ROOT,
          "| %s | %s | %.0f | %.0f | %s | %s | %s | %s | %s |%n",
          variant,
          product,
          clicked,
          answered,
          page.evaluate("() => document.querySelector('.preview-card')?.dataset.view"),
          firstFrame(page),
          cpu,
          Bench3dPages.load(),
          marks);
    }
  }

  /** When the 3D view drew its first frame (ms since navigation), "-" when it does not come. */
  private static String firstFrame(Page page) {
    boolean asked =
        Boolean.TRUE.equals(page.evaluate("() => localStorage.getItem('atelier.view3d') === 'on'"));
    if (!asked) {
      return "-";
    }
    page.waitForFunction("() => window.__atelier?.view?.state.firstFrameAt > 0");
    Number at = (Number) page.evaluate("() => window.__atelier.view.state.firstFrameAt");
    return String.format(Locale.ROOT, "%.0f", at.doubleValue());
  }
}
