package dev.atelier.server.design;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a first-time shopper ran into, clicking as a person does (session 11's try-out): a pizza
 * with every step "done" and no Order button, a monogram position that made the sneakers "complete"
 * with no monogram typed, and a quantity that reset to 1 after signing in to order.
 */
@Tag("slow")
class BrowserShopperFindingsTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  @Test
  void everyCatalogueCardShowsItsProductWithinTheCard() {
    Page page = browser.page(1280, 900);
    page.navigate(browser.url("/"));
    // The shelving is drawn as rows of modules: its card showed an empty picture.
    assertThat(page.locator("#product-shelving rect.box"))
        .hasCount(2, new LocatorAssertions.HasCountOptions().setTimeout(60_000));
    Object overflowing =
        page.evaluate(
            "() => [...document.querySelectorAll('.product-link')]"
                + ".filter((l) => l.scrollWidth > l.clientWidth).map((l) => l.id)");
    org.assertj.core.api.Assertions.assertThat(overflowing.toString()).isEqualTo("[]");
    Chromium.screenshot(page, "findings-catalogue");
  }

  @Test
  void aPizzaWithoutToppingsSaysWhatIsMissing() {
    Page page = browser.page(390, 844);
    ConfiguratorPage pizza = new ConfiguratorPage(page).open(browser.url("/p/pizza"));
    pizza.choose("size", "small").choose("crust", "classic").choose("sauce", "tomato");
    // Both steps read "done": the price says which rule still stands in the way.
    assertThat(page.locator("#price-status")).containsText("Choose at least one topping");
    assertThat(page.locator(".pricebar-status")).containsText("Choose at least one topping");
    Chromium.screenshot(page, "findings-pizza-no-topping");
    pizza.choose("mushrooms", "true");
    assertThat(page.locator("#price-status")).containsText("Vegetarian means no meat or fish");
    pizza.choose("vegetarian", "true");
    assertThat(page.locator("#price-status")).hasText("Your design is complete");
    assertThat(page.locator("#order")).isVisible();
  }

  @Test
  void aMonogramPositionAsksForTheMonogram() {
    Page page = browser.page(1280, 900);
    ConfiguratorPage shoe = new ConfiguratorPage(page).open(browser.url("/p/sneakers"));
    shoe.choose("model", "low").choose("material", "canvas").choose("upper_colour", "white");
    shoe.choose("sole_colour", "white").choose("laces_colour", "white");
    shoe.enterNumber("size", "42").choose("monogram_place", "heel").choose("packaging", "standard");
    // The heel needs a monogram: the design is not complete until one is typed (the gift note,
    // greyed out without a gift box, is no choice left).
    assertThat(page.locator("#price-status")).hasText("1 choice left");
    assertThat(page.locator("#order")).isHidden();
    Chromium.screenshot(page, "findings-sneakers-monogram-open");
    shoe.enterText("monogram", "ABC");
    assertThat(page.locator("#price-status")).hasText("Your design is complete");
    assertThat(page.locator("#order")).isVisible();
  }

  @Test
  void theQuantityComesBackFromSigningIn() {
    Page page = browser.page(1280, 900);
    ConfiguratorPage pizza = new ConfiguratorPage(page).open(browser.url("/p/pizza"));
    pizza.choose("size", "small").choose("crust", "classic").choose("sauce", "tomato");
    pizza.choose("mozzarella", "true").choose("vegetarian", "true");
    Locator quantity = page.locator("#order-quantity");
    quantity.fill("3");
    assertThat(page.locator("#order-total")).containsText("3 ×");
    // Leaving the field for the Order button must not move the button away on the first click.
    page.locator("#order").click();
    assertThat(page.locator("#order-signin")).isVisible();
    page.locator("#order-signin").click();
    page.waitForURL("**/account/signin.html**");
    // Back on the product page (as signing in brings the shopper), the draft and the quantity
    // return.
    pizza.open(browser.url("/p/pizza"));
    assertThat(page.locator("#order-quantity")).hasValue("3");
    assertThat(page.locator("#order-total")).containsText("3 ×");
    Chromium.screenshot(page, "findings-pizza-quantity-kept");
  }
}
