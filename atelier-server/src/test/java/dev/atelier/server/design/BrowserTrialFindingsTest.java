package dev.atelier.server.design;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the user trial of the sneakers found: a priced part no control offers, a price that did not
 * say it was updating, a monogram read twice in the review, a draft lost after a page that could
 * not open under load. Desktop 1280 × 900 and phone 390 × 844; screenshots in {@code
 * target/screenshots/}.
 */
@Tag("slow")
class BrowserTrialFindingsTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  private static final int[][] SIZES = {{1280, 900}, {390, 844}};

  private static final Locator.FilterOptions HAS_MONOGRAM =
      new Locator.FilterOptions().setHasText("ABC");

  /** The review waits for pending answers: on a loaded machine longer than the default 5 s. */
  private static final LocatorAssertions.IsVisibleOptions SLOW =
      new LocatorAssertions.IsVisibleOptions().setTimeout(20_000);

  private static final String DESIGNS = "**/api/designs/**";

  private static final String VERSIONS = "**/api/products/sneakers/versions/**";

  @AfterEach
  void closePages() {
    browser.closePages();
  }

  /**
   * A visit that cannot open the page (a busy server's 503, then a lost connection) leaves the
   * draft alone: the next visit brings the design back.
   */
  @Test
  void aPageThatCannotOpenKeepsTheDraft() {
    for (int[] size : SIZES) {
      String shot = "trial-draft-kept-" + size[0];
      ConfiguratorPage shoe = new ConfiguratorPage(browser.page(size[0], size[1]));
      Page page = shoe.page;
      shoe.open(browser.url("/p/sneakers"))
          .choose("material", "leather")
          .choose("upper_colour", "red");

      page.route(VERSIONS, route -> route.fulfill(busy()));
      shoe.open(browser.url("/p/sneakers"));
      assertThat(page.locator(".not-found")).isVisible();
      Chromium.screenshot(page, shot + "-busy");
      page.unroute(VERSIONS);

      page.route(VERSIONS, Route::abort);
      shoe.open(browser.url("/p/sneakers"));
      assertThat(page.locator(".not-found")).isVisible();
      page.unroute(VERSIONS);

      shoe.open(browser.url("/p/sneakers"));
      assertThat(page.locator("#draft-banner")).isVisible();
      assertThat(shoe.option("material", "leather")).isChecked();
      assertThat(shoe.option("upper_colour", "red")).isChecked();
      Chromium.screenshot(page, shot + "-back");
    }
  }

  /**
   * A monogram typed among the options is also the heel's text: the review reads it once, where it
   * is printed ("Heel: Print · Monogram “ABC”" under "Your own artwork"; session 21: the artwork
   * line named no text before), not again among the choices.
   */
  @Test
  void theReviewShowsAMonogramOnce() {
    String email = browser.account(Role.CUSTOMER);
    for (int[] size : SIZES) {
      Page page = browser.page(size[0], size[1]);
      browser.signIn(page, email, "/p/sneakers");
      ConfiguratorPage shoe = new ConfiguratorPage(page).idle();
      shoe.enterNumber("size", "43").enterText("monogram", "ABC").choose("monogram_place", "heel");
      shoe.complete();
      page.locator("#order").click();
      Locator review = page.locator("#review-dialog");
      assertThat(review).isVisible(SLOW);
      assertThat(review.locator(".review-group dd").filter(HAS_MONOGRAM)).hasCount(1);
      assertThat(review.locator("#review-artwork dd").filter(HAS_MONOGRAM)).hasCount(1);
      assertThat(review.locator("#review-artwork dd").filter(HAS_MONOGRAM))
          .containsText("Monogram “ABC”");
      Chromium.screenshot(page, "trial-monogram-once-" + size[0]);
    }
  }

  /**
   * A part no control offers (the sneakers' cedar shoe trees, with leather and a gift box) says in
   * the breakdown which choices bring it in, in English and German; the gift box's "in total"
   * figure names it too.
   */
  @Test
  void aPartThatComesWithChoicesSaysWhy() {
    for (int[] size : SIZES) {
      ConfiguratorPage shoe = new ConfiguratorPage(browser.page(size[0], size[1]));
      Page page = shoe.page;
      shoe.open(browser.url("/p/sneakers")).enterNumber("size", "43").choose("material", "leather");
      assertThat(page.locator("label[for='opt-packaging-gift'] .option-delta"))
          .hasText("+€28.00 in total, with Cedar shoe trees");
      shoe.choose("packaging", "gift");
      page.locator(".price-details").evaluate("d => { d.open = true; }");
      assertThat(page.locator("#price-lines"))
          .containsText("Cedar shoe trees (included with Leather and Gift box)");
      Chromium.screenshot(page, "trial-included-with-" + size[0]);
      page.locator("#language [data-language=de]").click();
      assertThat(page.locator("#price-lines"))
          .containsText("(enthalten bei Leder und Geschenkbox)");
      Chromium.screenshot(page, "trial-included-with-de-" + size[0]);
    }
  }

  /**
   * While the answer to a click is pending the price says it is updating, and the order review
   * waits for it: it shows the price of the design as it is, not the one before the click.
   */
  @Test
  void thePriceSaysItIsUpdatingAndTheReviewWaitsForIt() {
    String email = browser.account(Role.CUSTOMER);
    for (int[] size : SIZES) {
      Page page = browser.page(size[0], size[1]);
      browser.signIn(page, email, "/p/sneakers");
      ConfiguratorPage shoe = new ConfiguratorPage(page).idle();
      shoe.enterNumber("size", "43").choose("model", "low").complete();
      List<Route> held = new ArrayList<>();
      page.route(DESIGNS, held::add);
      shoe.card("model", "high").click();
      assertThat(page.locator("#price-updating")).isVisible();
      page.locator("#order").click();
      Chromium.screenshot(page, "trial-updating-" + size[0]);
      page.unroute(DESIGNS);
      held.forEach(Route::resume);
      Locator review = page.locator("#review-dialog");
      assertThat(review).isVisible(SLOW);
      assertThat(page.locator("#price-updating")).isHidden();
      assertThat(review.locator("#review-total"))
          .hasText(page.locator("#price-total").textContent());
      Chromium.screenshot(page, "trial-updated-review-" + size[0]);
    }
  }

  private static Route.FulfillOptions busy() {
    return new Route.FulfillOptions()
        .setStatus(503)
        .setContentType("application/problem+json")
        .setHeaders(Map.of("Retry-After", "1"))
        .setBody("{\"title\":\"Busy\",\"status\":503,\"detail\":\"The shop is busy.\"}");
  }
}
