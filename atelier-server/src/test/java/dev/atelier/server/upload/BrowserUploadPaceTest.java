package dev.atelier.server.upload;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import dev.atelier.server.ServerOptions;
import dev.atelier.server.account.AccountSettings;
import dev.atelier.server.http.Limits;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import dev.atelier.server.testing.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the design surface says when an upload is turned away for the server's sake: too many from
 * here (the real 429 of a server allowing one upload a minute) and a busy server (the 503 the
 * decode gate answers, {@link UploadPaceTest}, given to the page as the server words it). Neither
 * blames the file; the first says when to try again. Screenshots: {@code
 * target/screenshots/upload-pace-*.png}.
 */
@Tag("slow")
class BrowserUploadPaceTest {

  @RegisterExtension
  static final BrowserFixture browser =
      new BrowserFixture(
          () ->
              new TestServer(
                  ServerOptions.defaults(0)
                      .withLimits(
                          Limits.defaults()
                              .withUploads(
                                  new Limits.Uploads(
                                      1, Duration.ofSeconds(120), 2, 16, Duration.ofSeconds(30)))),
                  AccountSettings.cheap()));

  private static final String BUSY =
      "{\"type\":\"/problems/busy\",\"title\":\"Upload refused\",\"status\":503,"
          + "\"detail\":\"the server is busy checking other images; try again in a minute\","
          + "\"field\":\"file\"}";

  @Test
  void tooManyUploadsAndABusyServerSaySoAndNotThatTheFileIsWrong() throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "upload-pace"));
    Path first = Files.write(dir.resolve("first.png"), UploadCheckerTest.png(60, 60, false));
    Path second = Files.write(dir.resolve("second.png"), UploadCheckerTest.png(61, 60, false));
    Page page = browser.page(1280, 800);
    ConfiguratorPage sneakers = new ConfiguratorPage(page).open(browser.url("/p/sneakers"));
    page.locator("#upload-tongue").setInputFiles(first);
    sneakers.idle();
    assertThat(page.locator("#upload-tongue-status")).containsText("60 × 60");

    page.locator("#upload-tongue").setInputFiles(second);
    sneakers.idle();
    assertThat(page.locator("#upload-tongue-error"))
        .hasText(
            "second.png was not uploaded: too many uploads from here in a short time."
                + " Try again in 60 seconds.");
    assertThat(page.locator("#upload-tongue")).hasAttribute("aria-invalid", "true");
    Chromium.screenshot(page, "upload-pace-429");

    page.route(
        "**/api/uploads",
        route ->
            route.fulfill(
                new Route.FulfillOptions()
                    .setStatus(503)
                    .setContentType("application/problem+json")
                    .setHeaders(Map.of("Retry-After", "1"))
                    .setBody(BUSY)));
    page.locator("#upload-tongue").setInputFiles(first);
    sneakers.idle();
    assertThat(page.locator("#upload-tongue-error"))
        .hasText(Pattern.compile("first\\.png was not uploaded: the server is busy .*moment\\."));
    Chromium.screenshot(page, "upload-pace-503");
  }
}
