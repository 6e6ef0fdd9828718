package dev.atelier.server.order;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import dev.atelier.server.testing.TestServer;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Order button's quantity: 1 to the product's maximum (the pizza's {@code maxQuantity: 20},
 * below the server's), the live total beside it, and an order of two that the order page shows as
 * quantity 2 at twice the unit price.
 */
class BrowserOrderQuantityTest {

  /** The pizza demo's {@code maxQuantity}. */
  private static final int PIZZAS = 20;

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  @Test
  void orderingTwoShowsQuantityTwoAndTheDoubledPrice() throws JsonProcessingException {
    Page customer = browser.page();
    browser.signUp(customer, "two-pizzas@example.org", "two pizzas password");
    ConfiguratorPage pizza = new ConfiguratorPage(customer).open(browser.url("/p/pizza"));
    Locator quantity = customer.locator("#order-quantity");
    Locator total = customer.locator("#order-total");
    assertThat(quantity).isHidden();
    pizza.choose("sauce", "tomato").complete();
    assertThat(quantity).isVisible();
    assertThat(quantity).hasValue("1");
    assertThat(quantity).hasAttribute("min", "1");
    assertThat(quantity).hasAttribute("max", String.valueOf(PIZZAS));

    // The unit price the configurator shows: the price of the design, saved to read it back.
    JsonNode price = saved(customer).get("price");
    long unit = price.get("total").asLong();
    String currency = price.get("currency").asText();
    assertThat(total).hasText(shown(customer, 1, unit, currency));

    for (String bad : List.of("0", String.valueOf(PIZZAS + 1), "1.5")) {
      quantity.fill(bad);
      assertThat(quantity).hasAttribute("aria-invalid", "true");
      assertThat(total).containsText(String.valueOf(PIZZAS));
    }
    quantity.fill(String.valueOf(PIZZAS));
    assertThat(quantity).hasAttribute("aria-invalid", "false");
    quantity.fill("2");
    assertThat(quantity).hasAttribute("aria-invalid", "false");
    assertThat(total).hasText(shown(customer, 2, unit, currency));
    Chromium.screenshot(customer, "order-quantity-two");

    customer.locator("#order").click();

    customer.locator("#review-place").click();
    customer.waitForURL(Pattern.compile(".*/orders/order\\.html\\?id=\\d+"));
    String orderId = customer.url().replaceAll(".*id=", "");
    JsonNode order =
        TestServer.JSON.readTree(
            customer.request().get(browser.url("/api/orders/" + orderId)).text());
    assertThat(order.get("quantity").asInt()).isEqualTo(2);
    assertThat(order.get("price").get("unit").asLong()).isEqualTo(unit);
    assertThat(order.get("price").get("total").asLong()).isEqualTo(2 * unit);
    Locator foot = customer.locator("#price tfoot");
    assertThat(foot).containsText("× 2");
    String doubled =
        (String)
            customer.evaluate(
                "([minor, currency]) => new Intl.NumberFormat(undefined,"
                    + " {style: 'currency', currency}).format(minor / 100)",
                List.of((int) (2 * unit), currency));
    assertThat(foot.locator("tr").last()).containsText(doubled);
    Chromium.screenshot(customer, "order-quantity-two-placed");
    customer.context().close();
  }

  /** The design the configurator holds, saved: design and price. */
  private static JsonNode saved(Page page) throws JsonProcessingException {
    String link = new ConfiguratorPage(page).save();
    String id = link.replaceAll(".*/d/", "").replaceAll("#.*", "");
    return TestServer.JSON.readTree(
        page.request().get(browser.url("/api/saved-designs/" + id)).text());
  }

  /** "q × unit = total" as the page writes it in its language. */
  private static String shown(Page page, int quantity, long unit, String currency) {
    return (String)
        page.evaluate(
            "async ([q, unit, currency]) => { const i = await import('/js/i18n.js');"
                + " return i.t('order.total', {quantity: q, unit: i.money(unit, currency),"
                + " total: i.money(unit * q, currency)}); }",
            List.of(quantity, (int) unit, currency));
  }
}
