package dev.atelier.server.saved;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.atelier.server.design.DesignJson.Price;
import dev.atelier.server.shared.Choice;
import dev.atelier.server.shared.Design;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.TestAccounts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "My designs" with 450 saved designs (stored directly: saving is limited to 60 a minute): the page
 * shows the newest 200 and "Show more" (in English and German) until every design is listed, on a
 * desktop and on a phone.
 */
@Tag("slow")
class BrowserDesignsPagingTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  private void saveMany(String email, int count) {
    long owner = TestAccounts.idOf(browser.server(), email);
    SavedDesigns store = new JdbiSavedDesigns(browser.server().database);
    Design design = new Design("bicycle", "2025.1", List.of(new Choice("frame", "steel")));
    Price price = new Price("EUR", 100, 100, false, List.of());
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < count; i++) {
      store.insert(
          new SavedDesign(
              String.format("%s%03d", email.substring(0, 4), i),
              design,
              price,
              start.plusSeconds(i),
              owner,
              "Design " + i,
              Map.of(),
              Map.of()));
    }
  }

  /** The visible part only: a full-page picture of 450 cards took over 15 s under load. */
  private static void view(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve(name + ".png")));
  }

  private void pagesThroughAll(Page page, String email, String shot) {
    browser.signUp(page, email, "many designs password");
    saveMany(email, 450);
    page.navigate(browser.url("/account/designs.html"));
    Locator designs = page.locator(".design");
    Locator more = page.locator("#designs-more");
    assertThat(designs).hasCount(200);
    assertThat(designs.first().locator(".design-name")).hasText("Design 449");
    assertThat(more).isVisible();
    assertThat(more).hasText("Show more");
    more.scrollIntoViewIfNeeded();
    view(page, shot + "-first-page");
    more.click();
    assertThat(designs).hasCount(400);
    assertThat(page.locator("#design-" + email.substring(0, 4) + "249 .design-name")).isFocused();
    more.click();
    assertThat(designs).hasCount(450);
    assertThat(designs.last().locator(".design-name")).hasText("Design 0");
    assertThat(more).isHidden();
    designs.last().scrollIntoViewIfNeeded();
    view(page, shot + "-all");
  }

  @Test
  void aDesktopReachesAllFourHundredAndFiftyDesigns() {
    pagesThroughAll(browser.page(1280, 900), "deskmany@example.org", "designs-paging-desktop");
  }

  @Test
  void aPhoneReachesThemTooAndGermanSaysMehrAnzeigen() {
    Page page = browser.page(390, 844);
    pagesThroughAll(page, "fonemany@example.org", "designs-paging-phone");
    page.evaluate("() => localStorage.setItem('atelier.language', 'de')");
    page.navigate(browser.url("/account/designs.html"));
    assertThat(page.locator("#designs-more")).hasText("Mehr anzeigen");
  }
}
