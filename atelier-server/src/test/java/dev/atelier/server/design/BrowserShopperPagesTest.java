package dev.atelier.server.design;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import dev.atelier.server.testing.TestAccounts;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session 19's shopper outside the design surface: "My orders" says "Processed" for a shipped
 * service (as its own page does), the "Something went wrong" page offers "Try again" and the way
 * home (EN and DE), and on a phone without WebGL the uploaded image is shown over the flat picture
 * and an option's "with …" reads on a line of its own. Desktop 1280 × 900 and phone 390 × 844 (no
 * WebGL); screenshots in {@code target/screenshots/}.
 */
@Tag("slow")
class BrowserShopperPagesTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  private static final int[][] SIZES = {{1280, 900}, {390, 844}};

  @AfterEach
  void closePages() {
    browser.closePages();
  }

  @Test
  void myOrdersSaysProcessedForAShippedService() {
    TestAccounts.Caller buyer = TestAccounts.create(browser.server(), Role.CUSTOMER);
    Map<String, String> ids = new HashMap<>();
    for (String product : new String[] {"insurance", "pizza"}) {
      JsonNode design = browser.cheapest(product).body().get("design");
      ids.put(product, browser.order(buyer, design, "pages-" + product).body().get("id").asText());
    }
    browser
        .server()
        .database
        .jdbi()
        .useHandle(h -> h.execute("UPDATE orders SET status = 'shipped'"));
    Map<String, Boolean> ships = new HashMap<>();
    for (JsonNode o : buyer.get("/api/orders").body().get("orders")) {
      ships.put(o.get("id").asText(), o.get("ships").asBoolean());
    }
    assertThat(ships)
        .containsEntry(ids.get("insurance"), false)
        .containsEntry(ids.get("pizza"), true);
    for (int[] size : SIZES) {
      Page page = browser.page(size[0], size[1]);
      browser.signIn(page, buyer.email(), "/orders/");
      Locator service = page.locator("#order-" + ids.get("insurance") + " .order-status");
      Locator parcel = page.locator("#order-" + ids.get("pizza") + " .order-status");
      assertThat(service).hasText("Processed");
      assertThat(parcel).hasText("Shipped");
      Chromium.screenshot(page, "orders-service-processed-" + size[0]);
      page.locator("#language [data-language=de]").click();
      assertThat(service).hasText("Bearbeitet");
      assertThat(parcel).hasText("Versandt");
    }
  }

  @Test
  void theErrorPageOffersTryAgainAndTheWayHome() {
    for (int[] size : SIZES) {
      Page page = browser.page(size[0], size[1]);
      page.route(
          "**/api/products/sneakers",
          route ->
              route.fulfill(
                  new com.microsoft.playwright.Route.FulfillOptions()
                      .setStatus(503)
                      .setContentType("application/problem+json")
                      .setBody(
                          "{\"type\":\"/problems/no-capacity\",\"title\":\"Busy\",\"status\":503,"
                              + "\"detail\":\"the server is busy\"}")));
      page.navigate(browser.url("/p/sneakers"));
      Locator error = page.locator("#page-error");
      assertThat(error.locator("h1")).hasText("Something went wrong");
      assertThat(page.locator("#error-retry")).hasText("Try again");
      assertThat(page.locator("#error-home")).hasText("Go to the home page");
      assertThat(page.locator("#error-home")).hasAttribute("href", "/");
      assertThat(error).containsText("the server is busy");
      Chromium.screenshot(page, "error-page-en-" + size[0]);
      page.locator("#language [data-language=de]").click();
      assertThat(error.locator("h1")).hasText("Etwas ist schiefgelaufen");
      assertThat(page.locator("#error-retry")).hasText("Noch einmal");
      assertThat(page.locator("#error-home")).hasText("Zur Startseite");
      Chromium.screenshot(page, "error-page-de-" + size[0]);
      // The server answers again: "Try again" opens the page asked for, without a reload.
      page.evaluate("() => { window.__sameDocument = true; }");
      page.unroute("**/api/products/sneakers");
      page.locator("#error-retry").click();
      ConfiguratorPage shoe = new ConfiguratorPage(page).idle();
      assertThat(page.locator("#surface")).isVisible();
      assertThat(page.evaluate("() => window.__sameDocument === true")).isEqualTo(true);
      assertThat(shoe.page.locator("#page-error")).hasCount(0);
      // Back to English for the next size (the choice is kept).
      page.locator("#language [data-language=en]").click();
      shoe.idle();
    }
  }

  @Test
  void onAPhoneTheFlatPictureShowsTheUploadAndAnOptionsExtrasReadOnTheirOwnLine() {
    Page page = browser.page(390, 844);
    ConfiguratorPage shoe = new ConfiguratorPage(page).open(browser.url("/p/sneakers"));
    page.waitForFunction("() => performance.getEntriesByName('atelier:flat').length > 0");
    assertThat(page.locator("#preview-art")).isHidden();
    page.locator("#upload-tongue")
        .setInputFiles(
            new FilePayload("logo.png", "image/png", ArtworkContractTest.flat(200, 200)));
    shoe.idle();
    // Drawn where it is placed on the flat picture (session 20), no longer a corner thumbnail.
    Locator placed = page.locator("svg.preview-picture image.preview-art-placed[data-area=tongue]");
    assertThat(placed).isVisible();
    assertThat(page.locator("#preview-art")).isHidden();
    // Inside the picture, which stays in view at the top of the phone.
    Map<?, ?> picture =
        (Map<?, ?>)
            page.evaluate(
                "() => { const c = document.querySelector('.preview-picture').getBoundingClientRect();"
                    + " const t = document.querySelector('image.preview-art-placed')"
                    + ".getBoundingClientRect();"
                    + " return {inside: t.width > 0 && t.left >= c.left && t.right <= c.right"
                    + " && t.top >= c.top && t.bottom <= c.bottom}; }");
    assertThat(picture.get("inside")).isEqualTo(true);
    page.evaluate("() => window.scrollTo(0, 0)");
    Chromium.screenshot(page, "flat-art-phone");

    Locator tongue = page.locator("label[for='opt-monogram_place-tongue'] .option-delta");
    tongue.scrollIntoViewIfNeeded();
    assertThat(tongue).hasText("+€27.00 in total, with High top and Monogram");
    Locator with = tongue.locator(".option-with");
    assertThat(with).hasText("with High top and Monogram");
    Map<?, ?> lines =
        (Map<?, ?>)
            page.evaluate(
                "() => { const w = document.querySelector(\"label[for='opt-monogram_place-tongue']"
                    + " .option-with\"); const r = document.createRange();"
                    + " r.selectNodeContents(w); return {lines: r.getClientRects().length}; }");
    assertThat(((Number) lines.get("lines")).intValue()).as("no break inside a name").isEqualTo(1);
    Chromium.screenshot(page, "option-with-phone");
  }
}
