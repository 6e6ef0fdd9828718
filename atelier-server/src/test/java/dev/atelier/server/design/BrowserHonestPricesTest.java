package dev.atelier.server.design;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Honest prices and the quantity's date as a shopper sees them, on a desktop and a phone: the
 * catalogue's "from" is the cheapest complete bicycle, each option card says what it changes the
 * total by, the repair dialog shows the price before and after (the cheapest repair), the total
 * after the repair is the "from" price from the first frame on (never the partial sum), and 25
 * bicycles get a later date than one, which the order page shows.
 */
@Tag(
    "slow") // moved to the slow profile (CI runs it): the default suite took 12:53 on a fresh clone
class BrowserHonestPricesTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  @Test
  void desktop() {
    walk(browser.page(1280, 900), "desktop", true);
  }

  @Test
  void phone() {
    walk(browser.page(390, 844), "phone", false);
  }

  private static void walk(Page page, String name, boolean order) {
    if (order) {
      browser.signUp(page, "honest-" + name + "@example.org", "honest prices password");
    }
    page.navigate(browser.url("/"));
    // The first visit computes each version's cheapest complete product once (then it is kept).
    assertThat(page.locator("#product-bicycle .product-price"))
        .containsText("589.00", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
    assertThat(page.locator("#product-pc .product-price")).not().containsText("89.00 ");
    Chromium.screenshot(page, "honest-" + name + "-catalogue");

    ConfiguratorPage bike = new ConfiguratorPage(page).open(browser.url("/p/bicycle"));
    // The opening state: from the cheapest complete bicycle, not the base price plus some parts.
    assertThat(page.locator("#price-total")).containsText("589.00");
    Locator carbon = bike.card("frame", "carbon").locator(".option-delta");
    assertThat(carbon).containsText("650.00");
    assertThat(bike.card("usage", "sport").locator(".option-delta")).containsText("40.00");
    Chromium.screenshot(page, "honest-" + name + "-option-deltas");

    bike.choose("gears", "3");
    assertThat(page.locator("#price-total")).containsText("from €589.00");
    bike.chooseRefused("frame", "carbon");
    assertThat(bike.dialog()).isVisible();
    // Several minimal repairs, each priced, the cheapest first and chosen: the 8-speed derailleur
    // before the 11-speed one.
    Locator repairs = page.locator("#repair-options .repair-option");
    assertThat(repairs).hasCount(2);
    assertThat(repairs.nth(0)).containsText("8-speed");
    assertThat(repairs.nth(0).locator(".repair-price")).containsText("589.00");
    assertThat(repairs.nth(0).locator(".repair-price")).containsText("1,239.00");
    assertThat(repairs.nth(0).locator("input")).isChecked();
    // The 11-speed needs hydraulic discs too (brakes are open, so completion adds them): €1,389.00.
    assertThat(repairs.nth(1)).containsText("11-speed");
    assertThat(repairs.nth(1).locator(".repair-price")).containsText("1,389.00");
    Chromium.screenshot(page, "honest-" + name + "-repair-price");
    // Every total the panel and the phone's bar show while the repaired design is still incomplete
    // is the cheapest complete bicycle ("from"): the sum of the choices so far was shown first.
    page.evaluate(
        "() => { window.shownTotals = [];"
            + " new MutationObserver(() => window.shownTotals.push("
            + "   document.getElementById('price-total').textContent,"
            + "   document.getElementById('pricebar-total').textContent))"
            + " .observe(document.getElementById('app'),"
            + "   {subtree: true, childList: true, characterData: true}); }");
    bike.acceptRepair();
    assertThat(page.locator("#price-total")).containsText("from €1,239.00");
    Object shown = page.evaluate("() => window.shownTotals");
    assertThat((java.util.List<?>) shown)
        .isNotEmpty()
        .allSatisfy(total -> assertThat(String.valueOf(total)).startsWith("from "));
    bike.complete();

    Locator delivery = page.locator("#price-delivery");
    assertThat(delivery).containsText(Pattern.compile("\\d{4}"));
    String forOne = delivery.textContent();
    Locator quantity = page.locator("#order-quantity");
    quantity.fill("25");
    quantity.press("Tab");
    assertThat(delivery).containsText("25");
    String forMany = delivery.textContent();
    assertThat(forMany.replaceAll(".*: ", "")).isNotEqualTo(forOne.replaceAll(".*: ", ""));
    Chromium.screenshot(page, "honest-" + name + "-quantity-date");

    if (order) {
      page.locator("#order").click();
      page.locator("#review-place").click();
      page.waitForURL(Pattern.compile(".*/orders/order\\.html\\?id=\\d+"));
      Locator promised = page.locator("#delivery");
      assertThat(promised).isVisible();
      assertThat(promised)
          .containsText(forMany.replaceAll(".*: ", "").replaceAll(",.*", "").trim());
      Chromium.screenshot(page, "honest-" + name + "-order-promised");
    }
    page.context().close();
  }
}
