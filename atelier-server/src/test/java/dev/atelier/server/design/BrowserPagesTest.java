package dev.atelier.server.design;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import dev.atelier.server.testing.TestAccounts;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The preview and the pages around the configurator, as a shopper and the staff see them at 1280 ×
 * 900 and 390 × 844: on a phone the picture stays in view while the shopper scrolls the steps; the
 * picture draws what was chosen (the high top's collar in the upper colour, the monogram where its
 * position says, the material's surface); every page has the shop's header, fits 390 px and speaks
 * German in its header and table labels; each role's header and landing page fit its work.
 */
@Tag(
    "slow") // moved to the slow profile (CI runs it): the default suite took 12:53 on a fresh clone
class BrowserPagesTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  private static final Path SHOTS = Path.of("pages");

  private static void shot(Page page, String name) {
    Chromium.screenshot(page, SHOTS.resolve(name).toString());
  }

  private static int overflow(Page page) {
    return ((Number) page.evaluate("() => document.scrollingElement.scrollWidth")).intValue();
  }

  @Test
  void thePreviewStaysInViewAndDrawsTheChoicesOnAPhone() {
    ConfiguratorPage c =
        new ConfiguratorPage(browser.page(390, 844)).open(browser.url("/p/sneakers"));
    Page page = c.page;
    c.choose("model", "high").choose("upper_colour", "red").choose("material", "leather");
    Locator collar = page.locator(".preview-picture [data-attribute=model] [data-tint]");
    assertThat(collar).hasAttribute("fill", "#b3261e");
    c.choose("upper_colour", "navy");
    assertThat(collar).hasAttribute("fill", "#1f2a44");
    assertThat(page.locator(".preview-picture [data-attribute=material]"))
        .hasAttribute("data-value", "leather");
    c.choose("material", "suede");
    assertThat(page.locator(".preview-picture [data-attribute=material]"))
        .hasAttribute("data-value", "suede");

    c.enterText("monogram", "ABC").choose("monogram_place", "heel");
    Locator monogram = page.locator(".preview-picture text[data-attribute=monogram]");
    assertThat(monogram).hasText("ABC");
    assertThat(monogram).hasAttribute("x", "528");
    c.choose("monogram_place", "tongue");
    assertThat(monogram).hasAttribute("x", "418");

    // Scroll through the steps: the picture stays within the screen all the way down.
    List<Locator> steps = page.locator(".step").all();
    assertThat(steps).hasSizeGreaterThan(2);
    for (Locator step : steps) {
      step.scrollIntoViewIfNeeded();
      page.evaluate("() => window.scrollBy(0, 200)");
      double[] box = box(page, ".preview-card");
      assertThat(box[0]).as("preview top").isGreaterThanOrEqualTo(0);
      assertThat(box[1]).as("preview bottom").isLessThanOrEqualTo(844);
      assertThat(box[1] - box[0]).as("preview height").isGreaterThan(80);
    }
    assertThat(overflow(page)).isLessThanOrEqualTo(390);
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Chromium.SCREENSHOTS.resolve("pages/phone-configurator-scrolled.png")));
    page.context().close();
  }

  private static double[] box(Page page, String selector) {
    @SuppressWarnings("unchecked")
    List<Number> box =
        (List<Number>)
            page.evaluate(
                "s => { const r = document.querySelector(s).getBoundingClientRect();"
                    + " return [r.top, r.bottom]; }",
                selector);
    return new double[] {box.get(0).doubleValue(), box.get(1).doubleValue()};
  }

  @Test
  void everyPageHasTheShopHeaderFitsAPhoneAndSpeaksGerman() {
    everyPageAt(390, "pages-390");
  }

  /** The same at 1280 × 900 (slow: every page twice more). */
  @Test
  @Tag("slow")
  void everyPageHasTheShopHeaderOnADesktopAndSpeaksGerman() {
    everyPageAt(1280, "pages-1280");
  }

  private static void everyPageAt(int width, String key) {
    TestAccounts.Caller buyer = TestAccounts.create(browser.server(), Role.CUSTOMER);
    JsonNode order =
        browser.order(buyer, browser.cheapest("pizza").body().get("design"), key).body();
    String orderPath = "/orders/order.html?id=" + order.get("id").asText();
    {
      Page page = browser.page(width, width == 390 ? 844 : 900);
      browser.signIn(page, buyer.email(), "/orders/index.html");
      checkPage(page, width, "/orders/index.html", "orders", List.of("Order", "Quantity", "Total"));
      checkPage(page, width, orderPath, "order", List.of("Price", "Total"));
      checkPage(page, width, "/account/profile.html", "profile", List.of());
      page.context().close();

      Page admin = browser.page(width, width == 390 ? 844 : 900);
      browser.signIn(admin, browser.account(Role.ADMIN), "/account/admin.html");
      assertThat(admin.locator("#atelier-account [data-link=users]")).isVisible();
      checkPage(admin, width, "/account/admin.html", "admin", List.of("Role", "Since", "Owner"));
      checkPage(admin, width, "/staff/index.html", "staff", List.of("Work centre"));
      checkPage(admin, width, "/account/webhooks.html", "webhooks", List.of());
      checkPage(admin, width, "/analytics/index.html", "analytics", List.of("Funnel", "Count"));
      checkPage(admin, width, "/analytics/inbox.html", "inbox", List.of("Wishes"));
      admin.context().close();
    }
  }

  /**
   * Opens {@code path} in English: the shop header, no horizontal overflow; switches to German: the
   * header links and the {@code english} labels are gone; back to English.
   */
  private static void checkPage(
      Page page, int width, String path, String name, List<String> english) {
    page.navigate(browser.url(path));
    Locator header = page.locator("header.site-header");
    assertThat(header.locator(".brand")).isVisible();
    assertThat(header.locator("#atelier-account button.link")).hasText("Sign out");
    assertThat(header.locator("#language [data-language=de]")).isVisible();
    page.waitForLoadState();
    assertThat(overflow(page)).as(path + " at " + width).isLessThanOrEqualTo(width);
    shot(page, name + "-" + width + "-en");

    header.locator("#language [data-language=de]").click();
    assertThat(header.locator("#atelier-account button.link")).hasText("Abmelden");
    String headerText = header.innerText();
    for (String word : List.of("Orders", "Profile", "Sign out", "Analytics", "Users")) {
      assertThat(headerText).as(path + " header").doesNotContain(word);
    }
    String labels =
        String.join(
            " | ", page.locator(".page th, .page h1, .page h2, .page label").allInnerTexts());
    for (String word : english) {
      assertThat(labels).as(path + " labels").doesNotContainPattern("\\b" + word + "\\b");
    }
    assertThat(overflow(page)).as(path + " in German at " + width).isLessThanOrEqualTo(width);
    shot(page, name + "-" + width + "-de");
    header.locator("#language [data-language=en]").click();
    assertThat(header.locator("#atelier-account button.link")).hasText("Sign out");
  }

  @Test
  void eachRoleFindsItsWorkInTheHeaderAndLandsOnIt() {
    Page manager = browser.page(390, 844);
    signInWithoutNext(manager, browser.account(Role.PRODUCT_MANAGER));
    manager.waitForURL(browser.url("/analytics/index.html"));
    assertThat(manager.locator("#atelier-account [data-link=analytics]")).isVisible();
    assertThat(manager.locator("#atelier-account [data-link=inboxes]")).isVisible();
    assertThat(manager.locator("#atelier-account [data-link=users]")).hasCount(0);
    assertThat(manager.locator("#product option[value=sneakers]")).hasText("Custom sneakers");
    // Attributes by their labels, not their ids.
    assertThat(manager.locator("#demand-attribute option[value=usage]")).hasText("Intended use");
    shot(manager, "manager-analytics-390");
    manager.context().close();

    Page staff = browser.page(390, 844);
    signInWithoutNext(staff, browser.account(Role.STAFF));
    staff.waitForURL(browser.url("/staff/index.html"));
    assertThat(staff.locator("#atelier-account [data-link=floor]")).isVisible();
    assertThat(staff.locator("#atelier-account [data-link=analytics]")).hasCount(0);
    staff.context().close();

    Page customer = browser.page();
    signInWithoutNext(customer, browser.account(Role.CUSTOMER));
    customer.waitForURL(browser.url("/account/profile.html"));
    assertThat(customer.locator("#atelier-account [data-link=floor]")).hasCount(0);
    assertThat(customer.locator("#atelier-account [data-link=orders]")).isVisible();
    customer.context().close();
  }

  private static void signInWithoutNext(Page page, String email) {
    browser.submitSignIn(page, email, "");
  }
}
