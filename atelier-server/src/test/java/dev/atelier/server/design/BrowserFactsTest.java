package dev.atelier.server.design;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import dev.atelier.server.testing.TestAccounts;
import dev.atelier.server.testing.TestServer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Customer facts and unticked extras as a shopper meets them: measurements come from the profile
 * and are never invented, the page asks for missing ones with a "how to measure" help, and a
 * bicycle with its extras left unticked is complete and orders.
 */
@Tag(
    "slow") // moved to the slow profile (CI runs it): the default suite took 12:53 on a fresh clone
class BrowserFactsTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  @Test
  void aStoredProfileFillsTheJeansAndCompletingInventsNoMeasurement() {
    String email = browser.account(Role.CUSTOMER);
    TestAccounts.Caller api = TestAccounts.signIn(browser.server(), email, TestAccounts.PASSWORD);
    TestServer.Answer saved =
        api.put(
            "/api/profile",
            "{\"facts\":{\"waist\":\"84\",\"hip\":\"100\",\"inside-leg\":\"80\",\"shoe-size\":\"43\"}}");
    assertThat(saved.status()).as(saved.text()).isEqualTo(200);

    Page page = browser.page();
    browser.signIn(page, email, "/p/jeans");
    ConfiguratorPage jeans = new ConfiguratorPage(page).idle();
    assertThat(page.locator("#prefill-banner")).containsText("Waist");
    assertThat(page.locator("#num-waist")).hasValue("84");
    assertThat(page.locator("#num-hip")).hasValue("100");
    assertThat(page.locator("#num-inseam")).hasValue("80");
    assertThat(page.locator("#num-waist-help")).containsText("natural waist");
    Chromium.screenshot(page, "facts-jeans-prefilled");

    jeans.complete();
    assertThat(page.locator("#facts-dialog")).hasCount(0);
    assertThat(page.locator("#num-waist")).hasValue("84");
    assertThat(page.locator("#num-hip")).hasValue("100");
    assertThat(page.locator("#num-inseam")).hasValue("80");
    assertThat(page.locator("#price-status")).hasText("Your design is complete");
    assertThat(page.locator("#order")).isVisible();
    Chromium.screenshot(page, "facts-jeans-completed");

    // The same profile fills the sneakers' size: one profile for every product.
    ConfiguratorPage sneakers = new ConfiguratorPage(page).open(browser.url("/p/sneakers"));
    assertThat(page.locator("#num-size")).hasValue("43");
    assertThat(sneakers.page.locator("#prefill-banner")).isVisible();
  }

  @Test
  void completingAsksForTheMissingMeasurementsFirstAndKeepsThem() {
    Page page = browser.page();
    ConfiguratorPage jeans = new ConfiguratorPage(page).open(browser.url("/p/jeans"));
    page.locator("#complete").click();
    assertThat(page.locator("#facts-dialog")).isVisible();
    assertThat(page.locator("#fact-waist-help")).containsText("natural waist");
    Chromium.screenshot(page, "facts-jeans-asked");
    page.locator("#fact-waist").fill("78");
    page.locator("#fact-hip").fill("96");
    page.locator("#fact-inseam").fill("83");
    page.locator("#facts-submit").click();
    jeans.idle();
    assertThat(page.locator("#facts-dialog")).hasCount(0);
    assertThat(page.locator("#num-waist")).hasValue("78");
    assertThat(page.locator("#num-hip")).hasValue("96");
    assertThat(page.locator("#num-inseam")).hasValue("83");
    assertThat(page.locator("#price-status")).hasText("Your design is complete");
  }

  @Test
  void aBicycleWithItsExtrasUntickedShowsOrderAndOrders() {
    String email = browser.account(Role.CUSTOMER);
    Page page = browser.page();
    browser.signIn(page, email, "/p/bicycle");
    ConfiguratorPage bike = new ConfiguratorPage(page).idle();
    // The rider's height and inside leg are facts: given, they set the frame size (54 cm).
    bike.enterNumber("rider_height", "178").enterNumber("inside_leg", "82");
    bike.choose("usage", "city").choose("frame", "alu");
    bike.enterNumber("size", "54").enterNumber("saddle_height", "80");
    bike.choose("saddle", "comfort").choose("gears", "8");
    assertThat(page.locator("#price-status")).hasText("1 choice left");
    assertThat(page.locator("#order")).isHidden();
    bike.choose("brakes", "disc-mech");
    assertThat(page.locator("#opt-basket-true")).not().isChecked();
    assertThat(page.locator("#opt-rack-true")).not().isChecked();
    assertThat(page.locator("#opt-bag-true")).not().isChecked();
    assertThat(page.locator("#price-status")).hasText("Your design is complete");
    assertThat(page.locator("#order")).isVisible();
    Chromium.screenshot(page, "facts-bicycle-unticked");
    page.locator("#order").click();
    page.locator("#review-place").click();
    page.waitForURL(Pattern.compile(".*/orders/order\\.html\\?id=\\d+"));
    assertThat(page.locator("#status")).hasText("Placed");
    Chromium.screenshot(page, "facts-bicycle-ordered");
  }
}
