package dev.atelier.server.analytics;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.atelier.server.http.Authenticator;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Principal;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The analytics and inbox pages in a real browser (skipped where chromium is not installed): after
 * their scripts ran, the figures of a seeded stream are on the page and no error is shown.
 */
class AnalyticsPagesBrowserTest {

  private static final Authenticator EVERYONE_MANAGES =
      ctx ->
          Outcome.ok(
              new Authenticator.Identity(new Principal(7, "pm@test", Role.PRODUCT_MANAGER, false)));

  @RegisterExtension
  static final BrowserFixture browser =
      BrowserFixture.recording(AnalyticsFixture.CATALOGUE, EVERYONE_MANAGES);

  @Test
  void thePagesShowTheFigures() {
    EventStream stream = new EventStream(AnalyticsFixture.PRODUCTS, 5L, 5_000, 0);
    browser.recorder().recordAll(stream.events);
    browser.recorder().flush();
    Page page = browser.page();
    page.navigate(browser.url("/analytics/index.html"));
    assertThat(page.locator("td.number").first()).isVisible();
    String analytics = page.content();
    assertThat(analytics).contains("<option value=\"bicycle\"").contains("<td class=\"number\">");
    assertThat(analytics).doesNotContain("Cannot load");
    assertThat(analytics).contains("demand.csv").contains("Frame shop inbox");
    Chromium.screenshot(page, "analytics");

    page.navigate(browser.url("/analytics/inbox.html?department=frames"));
    assertThat(page.locator("td", new Page.LocatorOptions().setHasText("bicycle")).first())
        .isVisible();
    String inbox = page.content();
    assertThat(inbox).contains("Inbox: Frame shop").doesNotContain("Cannot load");
    // Model labels, not ids; cells carry data-label (stacked on phones).
    assertThat(inbox).contains(">Bicycle</td>");
    page.context().close();
  }
}
