package dev.atelier.server.design;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.atelier.server.http.Role;
import dev.atelier.server.production.QueuedOperation;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import dev.atelier.server.testing.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What trying Atelier as a shopper, a staff member and a product manager turned up (session 12):
 * "Order again" and "Reconfigure" touching, an order's price reading "Onions: true", English work
 * centres and product ids on German staff pages, product ids on the studio's cards, a refused
 * option's reason drawn over the phone's sticky picture, and a repair that changed three choices
 * while naming one rule.
 */
@Tag("slow")
class BrowserTryOutFindingsTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  @Test
  void anOrdersActionsStandApartAndItsPriceReadsInGerman() {
    TestAccounts.Caller buyer = TestAccounts.create(browser.server(), Role.CUSTOMER);
    JsonNode order =
        browser.order(buyer, browser.cheapest("pizza").body().get("design"), "try-out-1").body();
    Page page = browser.page(390, 844);
    browser.signIn(page, buyer.email(), "/orders/index.html");
    assertThat(page.locator("#order-" + order.get("id").asText() + " button.reconfigure"))
        .isVisible();
    assertThat(gap(page, "#orders button.reorder", "#orders button.reconfigure")).isGreaterThan(4);
    Chromium.screenshot(page, "try-out-orders-phone");

    page.navigate(browser.url("/orders/order.html?id=" + order.get("id").asText()));
    assertThat(page.locator("#actions button.reconfigure")).isVisible();
    assertThat(gap(page, "#actions button.reorder", "#actions button.reconfigure"))
        .isGreaterThan(4);
    page.locator("#language [data-language=de]").click();
    assertThat(page.locator("#price tbody tr").first()).containsText("Pizza");
    // The server's lines read "Onions: true"; the page writes the design's German labels.
    assertThat(page.locator("#price tbody")).not().containsText("true");
    assertThat(page.locator("#price tbody")).not().containsText("false");
    assertThat(page.locator("#price tbody")).containsText("Zwiebeln");
    Chromium.screenshot(page, "try-out-order-german-phone");
    page.context().close();
  }

  @Test
  void germanStaffReadCentreAndProductNames() {
    TestAccounts.Caller buyer = TestAccounts.create(browser.server(), Role.CUSTOMER);
    JsonNode order =
        browser.order(buyer, browser.cheapest("bicycle").body().get("design"), "try-out-2").body();
    QueuedOperation first = browser.operations(order.get("id").asText()).get(0);
    Page staff = browser.page();
    browser.signIn(staff, browser.account(Role.STAFF), "/staff/index.html");
    staff.locator("#language [data-language=de]").click();
    assertThat(staff.locator("#centre-prep a")).hasText("Pizza-Vorbereitung");
    assertThat(staff.locator("#centre-assembly a")).hasText("Fahrradmontage");
    staff.locator("#centre-" + first.workCentre() + " a").click();
    assertThat(staff.locator("#job-" + first.id())).containsText("Fahrrad × 1");
    assertThat(staff.locator("h1")).not().containsText(first.workCentre());
    Chromium.screenshot(staff, "try-out-staff-queue-german");
    staff.context().close();
  }

  @Test
  void theStudioNamesItsProducts() {
    Page manager = browser.page();
    browser.signIn(manager, browser.account(Role.PRODUCT_MANAGER), "/studio/index.html");
    manager.locator("#language [data-language=de]").click();
    assertThat(manager.locator("#product-bicycle h2")).containsText("Fahrrad");
    assertThat(manager.locator("#product-pc h2")).containsText("Individuell konfigurierter PC");
    Chromium.screenshot(manager, "try-out-studio-german");
    manager.context().close();
  }

  @Test
  void onATouchPhoneAReasonScrollsUnderTheStickyPicture() {
    Browser chromium = browser.page().context().browser();
    BrowserContext touch =
        chromium.newContext(
            new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setHasTouch(true)
                .setIsMobile(true));
    Page page = touch.newPage();
    ConfiguratorPage bike = new ConfiguratorPage(page).open(browser.url("/p/bicycle"));
    bike.choose("frame", "carbon");
    // Scroll the reason under the hub gear (refused with carbon) to just below the top edge, where
    // the sticky picture is: the picture covers it.
    Object covered =
        page.evaluate(
            "() => { const why = document.querySelector(\"label[for='opt-gears-3'] .option-why\");"
                + " const r = why.getBoundingClientRect(); window.scrollBy(0, r.top - 40);"
                + " const s = why.getBoundingClientRect();"
                + " const hit = document.elementFromPoint(s.left + 4, s.top + 4);"
                + " return hit !== null && hit.closest('.preview-card') !== null; }");
    assertThat(covered).isEqualTo(true);
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Chromium.SCREENSHOTS.resolve("try-out-phone-reason-under-picture.png")));
    touch.close();
  }

  @Test
  void aRepairThatChangesThreeChoicesNamesEveryRule() {
    Page page = browser.page(1280, 900);
    ConfiguratorPage bike = new ConfiguratorPage(page).open(browser.url("/p/bicycle"));
    bike.choose("frame", "steel").choose("gears", "3").choose("brakes", "rim");
    bike.choose("basket", "true");
    bike.chooseRefused("frame", "carbon");
    assertThat(bike.dialog()).isVisible();
    assertThat(page.locator("#repair-why")).containsText("Carbon frames need derailleur gears");
    assertThat(page.locator("#repair-why")).containsText("A carbon frame cannot carry a basket");
    assertThat(page.locator("#repair-why")).containsText("Frame and brake mounts");
    Chromium.screenshot(page, "try-out-repair-every-rule");
    page.context().close();
  }

  @Test
  void thePhonesPriceBarKeepsTheGermanTotalOnOneLine() {
    Page page = browser.page(390, 844);
    new ConfiguratorPage(page).open(browser.url("/p/jeans"));
    page.locator("#language [data-language=de]").click();
    assertThat(page.locator(".pricebar-total")).containsText("ab ");
    Object lines =
        page.evaluate(
            "() => ['.pricebar-total', '.pricebar-label'].map((s) => {"
                + " const e = document.querySelector(s);"
                + " return e.getBoundingClientRect().height"
                + " / parseFloat(getComputedStyle(e).fontSize) < 1.8 ? 'one line' : 'wrapped'; }).join()");
    assertThat(lines).isEqualTo("one line,one line");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Chromium.SCREENSHOTS.resolve("try-out-jeans-pricebar-german.png")));
    page.context().close();
  }

  @Test
  void theGermanHeaderKeepsItsLinksApart() {
    String email = browser.account(Role.CUSTOMER);
    for (int[] size : new int[][] {{1280, 900}, {390, 844}}) {
      Page page = browser.page(size[0], size[1]);
      new ConfiguratorPage(page).open(browser.url("/p/bicycle"));
      page.locator("#language [data-language=de]").click();
      assertThat(page.locator("#header-signin")).hasText("Anmelden");
      assertThat(narrowestHeaderGap(page)).isGreaterThanOrEqualTo(8);
      Chromium.screenshot(page, "try-out-header-german-" + size[0]);
      browser.signIn(page, email, "/p/bicycle");
      new ConfiguratorPage(page).idle();
      assertThat(page.locator("#header-orders")).hasText("Bestellungen");
      assertThat(narrowestHeaderGap(page)).isGreaterThanOrEqualTo(8);
      Chromium.screenshot(page, "try-out-header-german-signed-in-" + size[0]);
      page.context().close();
    }
  }

  /** The least space between two neighbours on one line of the header's account links. */
  private static double narrowestHeaderGap(Page page) {
    Object gap =
        page.evaluate(
            "() => { const boxes = [...document.getElementById('atelier-account').children]"
                + " .map((e) => e.getBoundingClientRect());"
                + " let least = Infinity;"
                + " for (let i = 1; i < boxes.length; i++) {"
                + "   if (Math.abs(boxes[i].top - boxes[i - 1].top) < 4)"
                + "     least = Math.min(least, boxes[i].left - boxes[i - 1].right); }"
                + " return least === Infinity ? 1000 : least; }");
    return ((Number) gap).doubleValue();
  }

  /** The space between two elements' boxes (negative when they overlap). */
  private static double gap(Page page, String a, String b) {
    Object gap =
        page.evaluate(
            "([a, b]) => { const x = document.querySelector(a).getBoundingClientRect();"
                + " const y = document.querySelector(b).getBoundingClientRect();"
                + " return Math.max(y.left - x.right, x.left - y.right,"
                + " y.top - x.bottom, x.top - y.bottom); }",
            new String[] {a, b});
    return ((Number) gap).doubleValue();
  }
}
