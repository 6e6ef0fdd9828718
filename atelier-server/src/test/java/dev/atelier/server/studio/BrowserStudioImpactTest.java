package dev.atelier.server.studio;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.TestAccounts;
import dev.atelier.server.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A product manager drafts the next version of the modular shelving, which a customer has ordered,
 * and reads its impact on desktop and phone, in English and German: the most ordered configuration
 * reads as the shopper's choices by name, each bay's under the bay's name, and the impact follows a
 * switch of language; the everyday-change forms offer only the attributes they can edit.
 */
@Tag("slow") // a browser and a server for the class
class BrowserStudioImpactTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  @AfterEach
  void closePages() {
    browser.closePages();
  }

  @Test
  void theImpactNamesTheOrderedChoicesPerBayInThePageLanguage() {
    TestAccounts.Caller buyer = TestAccounts.create(browser.server(), Role.CUSTOMER);
    browser.order(buyer, browser.cheapest("shelving").body().get("design"), "impact-shelving");
    String current = TestServer.CATALOGUE.current("shelving").orElseThrow().version();
    String pm = browser.account(Role.PRODUCT_MANAGER);
    impact(browser.page(), pm, current, "2026.7", "desktop");
    impact(browser.page(390, 844), pm, current, "2026.8", "phone");
  }

  private static void impact(Page page, String pm, String current, String version, String size) {
    browser.signIn(page, pm, "/studio/index.html");
    page.waitForSelector("body[data-loaded=true]");
    page.locator("[id='name-shelving-" + current + "']").fill(version);
    page.locator("[id='draft-shelving-" + current + "']").click();
    page.waitForURL("**/studio/draft.html?product=shelving&version=" + version);
    page.waitForSelector("body[data-loaded=true]");
    // "Bay 2 · Doors" is its module's attribute: the forms cannot retire or price it.
    assertThat(page.locator("#attribute option[value='finish']")).hasCount(1);
    assertThat(page.locator("#attribute option", new Page.LocatorOptions().setHasText("Bay")))
        .hasCount(0);

    page.locator("#impact").click();
    Locator result = page.locator("#impact-result");
    assertThat(page.locator("#gained")).hasText("0");
    assertThat(result).containsText("Against the current version " + current);
    Locator price = result.locator("li").last();
    assertThat(price).containsText("Finish: ");
    assertThat(price).containsText("Number of bays: ");
    assertThat(price).containsText(" · Bay 1: Width ");
    Chromium.screenshot(page, "studio/impact-shelving-" + size);

    page.locator("#language [data-language=de]").click();
    assertThat(result).containsText("Gegenüber der aktuellen Version " + current);
    assertThat(price).containsText("Oberfläche: ");
    assertThat(price).containsText(" · Fach 1: Breite ");
    assertThat(
            result.locator(
                "h3", new Locator.LocatorOptions().setHasText("Meistbestellte Konfigurationen")))
        .hasCount(1);
    Chromium.screenshot(page, "studio/impact-shelving-german-" + size);
    page.locator("#language [data-language=en]").click();
    assertThat(price).containsText(" · Bay 1: Width ");
  }
}
