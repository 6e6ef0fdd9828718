package dev.atelier.server.design;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import dev.atelier.server.testing.TestImages;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session 18's leftovers of the shopper's configurator: the price breakdown stays open across a
 * choice and a language switch, component lines read "1 × …" in the breakdown and the review (EN
 * and DE), and the whole journey on a phone fits its width. Desktop 1280 × 900 and phone 390 × 844;
 * screenshots in {@code target/screenshots/}.
 */
@Tag("slow")
class BrowserShopLeftoversTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  private static final int[][] SIZES = {{1280, 900}, {390, 844}};

  @AfterEach
  void closePages() {
    browser.closePages();
  }

  private static void german(ConfiguratorPage page) {
    page.page.locator("#language [data-language=de]").click();
    page.idle();
  }

  @Test
  void theBreakdownStaysAsTheShopperLeftIt() {
    for (int[] size : SIZES) {
      ConfiguratorPage pizza =
          new ConfiguratorPage(browser.page(size[0], size[1])).open(browser.url("/p/pizza"));
      Locator details = pizza.page.locator("#price-details");
      assertThat(details).not().hasAttribute("open", "");
      pizza.page.locator("#price-details summary").click();
      pizza.choose("size", "small");
      assertThat(details).hasAttribute("open", "");
      german(pizza);
      assertThat(details).hasAttribute("open", "");
      assertThat(pizza.page.locator("#price-lines")).isVisible();
      Chromium.screenshot(pizza.page, "shop-leftovers-breakdown-open-de-" + size[0]);
      // Closed again, it stays closed.
      pizza.page.locator("#price-details summary").click();
      pizza.choose("crust", "classic");
      assertThat(details).not().hasAttribute("open", "");
    }
  }

  @Test
  void componentLinesSayTimesInTheBreakdownAndTheReview() {
    String email = browser.account(Role.CUSTOMER);
    for (int[] size : SIZES) {
      Page page = browser.page(size[0], size[1]);
      browser.signIn(page, email, "/p/sneakers");
      ConfiguratorPage shoe = new ConfiguratorPage(page).idle().enterNumber("size", "42");
      // Leather in a gift box comes with cedar shoe trees: a component line.
      shoe.choose("material", "leather").choose("packaging", "gift").complete();
      page.locator("#price-details summary").click();
      assertThat(page.locator("#price-lines")).containsText("1 × Cedar shoe trees");
      assertThat(page.locator("#price-lines")).not().containsText(Pattern.compile("\\d x "));
      page.locator("#order").click();
      Locator review = page.locator("#review-price");
      assertThat(review).containsText("1 × Cedar shoe trees");
      assertThat(review).not().containsText(Pattern.compile("\\d x "));
      page.locator("#review-back").click();
      german(shoe);
      assertThat(page.locator("#price-lines")).containsText("1 × Schuhspanner aus Zedernholz");
      page.locator("#order").click();
      assertThat(review).containsText("1 × Schuhspanner aus Zedernholz");
      Chromium.screenshot(page, "shop-leftovers-review-times-de-" + size[0]);
      page.locator("#review-back").click();
    }
  }

  @Test
  void theJourneyOnAPhoneFitsItsWidth() {
    String email = browser.account(Role.CUSTOMER);
    Page page = browser.page(390, 844);
    browser.signIn(page, email, "/p/sneakers");
    ConfiguratorPage shoe = new ConfiguratorPage(page).idle();
    shoe.enterNumber("size", "42").choose("material", "canvas");
    fits(page, "choose");
    page.locator("#upload-tongue")
        .setInputFiles(
            new com.microsoft.playwright.options.FilePayload(
                "logo.png",
                "image/png",
                TestImages.png(
                    new java.awt.image.BufferedImage(
                        150, 150, java.awt.image.BufferedImage.TYPE_INT_RGB))));
    shoe.idle();
    fits(page, "upload");
    shoe.complete();
    assertThat(page.locator("#price-status")).hasText("Your design is complete");
    fits(page, "complete");
    shoe.save();
    page.locator("#pricebar-order").click();
    page.locator("#order").click();
    assertThat(page.locator("#review-dialog")).isVisible();
    fits(page, "review");
    page.locator("#review-place").click();
    page.waitForURL(Pattern.compile(".*/orders/order\\.html\\?id=\\d+"));
    assertThat(page.locator("#status")).hasText("Placed");
    fits(page, "order");
    page.navigate(browser.url("/account/designs.html"));
    assertThat(page.locator(".design").first()).isVisible();
    fits(page, "designs");
  }

  /** Nothing is wider than the phone: no sideways scrolling; a screenshot of the step. */
  private static void fits(Page page, String step) {
    Chromium.screenshot(page, "shop-leftovers-phone-" + step);
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Chromium.SCREENSHOTS.resolve("shop-leftovers-phone-" + step + "-view.png")));
    Object wide =
        page.evaluate(
            "() => [...document.querySelectorAll('body *')].filter((e) => {"
                + " const r = e.getBoundingClientRect();"
                + " return r.width > 0 && (r.right > window.innerWidth + 1 || r.left < -1)"
                + " && getComputedStyle(e).position !== 'fixed'; })"
                + ".map((e) => e.id || e.className || e.tagName).slice(0, 5)");
    assertThat((List<?>) wide).as(step + ": wider than the phone").isEmpty();
    assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth - innerWidth"))
        .as(step + ": sideways scrolling")
        .isLessThanOrEqualTo(0);
  }
}
