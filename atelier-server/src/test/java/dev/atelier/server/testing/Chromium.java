package dev.atelier.server.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The system's chromium ({@code /usr/bin/chromium}, as Debian installs it) driven by Playwright,
 * headless; one per test class. Without it the calling test is skipped, except on CI (environment
 * variable {@code CI=true}), where a missing browser fails the test instead of hiding it. Not
 * thread-safe.
 */
public final class Chromium implements AutoCloseable {

  public static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");

  /** Where screenshots are kept as test output. */
  public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

  private final Playwright playwright;
  private final Browser browser;

  private Chromium(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  /**
   * Launches chromium without WebGL (the page shows its SVG picture, the 3D view's fallback), or
   * skips the test class when it is not installed (fails it on CI).
   */
  public static Chromium launch() {
    return launchWithoutWebGl();
  }

  /**
   * Chromium with WebGL2 in software (SwiftShader through ANGLE), for the 3D view: no GPU needed.
   */
  public static Chromium launchWebGl() {
    return launch(List.of("--use-angle=swiftshader", "--enable-unsafe-swiftshader"));
  }

  /** Chromium without any WebGL: the page's fallback (the SVG picture, no three.js). */
  public static Chromium launchWithoutWebGl() {
    return launch(List.of("--disable-gpu", "--disable-webgl"));
  }

  private static Chromium launch(List<String> graphics) {
    String missing = "no " + EXECUTABLE + " (apt-get install chromium)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      assertThat(Files.isExecutable(EXECUTABLE)).as(missing + " on CI").isTrue();
    }
    assumeTrue(Files.isExecutable(EXECUTABLE), missing);
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    List<String> args = new ArrayList<>(graphics);
    // Without the background-networking flags chromium's own requests fail on a closed network.
    args.addAll(
        List.of(
            "--no-sandbox",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync"));
    Browser browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE)
                    .setHeadless(true)
                    .setArgs(args));
    return new Chromium(playwright, browser);
  }

  /** A fresh page (own cookies and storage) with a viewport of width × height CSS pixels. */
  public Page page(int width, int height) {
    BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-GB"));
    Page page = context.newPage();
    page.setDefaultTimeout(15_000);
    return page;
  }

  /**
   * Closes every page with its context, and so its connections: a server allows one address 64 at
   * once, and a class that opens many pages would reach it.
   */
  public void closePages() {
    for (BrowserContext context : browser.contexts()) {
      context.close();
    }
  }

  /** A desktop-sized page. */
  public Page page() {
    return page(1280, 900);
  }

  /** Saves a full-page screenshot (scrolled to the top) as target/screenshots/{name}.png. */
  public static void screenshot(Page page, String name) {
    page.evaluate("window.scrollTo(0, 0)");
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }

  /** Saves a screenshot of element as target/screenshots/{name}.png (folders made as needed). */
  public static void screenshot(Locator element, String name) {
    element.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
  }

  /**
   * Drags with the mouse from the centre of box by (dx, dy) CSS pixels, through the half-way point
   * (the page sees a move between the press and the release).
   */
  public static void drag(Page page, BoundingBox box, double dx, double dy) {
    double x = box.x + box.width / 2;
    double y = box.y + box.height / 2;
    page.mouse().move(x, y);
    page.mouse().down();
    page.mouse().move(x + dx / 2, y + dy / 2);
    page.mouse().move(x + dx, y + dy);
    page.mouse().up();
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
