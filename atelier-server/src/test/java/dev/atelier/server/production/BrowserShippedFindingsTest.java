package dev.atelier.server.production;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.TestAccounts;
import dev.atelier.server.testing.TestServer;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The floor names the product, not its model version (that is folded away with the production
 * order), and shipping says the order number and product the staff know, never the production
 * order's UUID; the shopper's order page then says the day it shipped and the tracking number. In
 * English at desktop size and in German on a phone (findings of session 17's user trial).
 */
@Tag("slow") // a server and a browser
class BrowserShippedFindingsTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  @Test
  void theFloorNamesTheProductAndShippingSaysTheOrderNumber() {
    TestAccounts.Caller buyer = TestAccounts.create(browser.server(), Role.CUSTOMER);
    String orderId =
        browser
            .order(buyer, browser.cheapest("pizza").body().get("design"), "shipped-findings")
            .body()
            .get("id")
            .asText();
    List<QueuedOperation> operations = browser.operations(orderId);
    String po = operations.get(0).productionOrderId();
    TestAccounts.Caller floor = TestAccounts.create(browser.server(), Role.STAFF);
    for (QueuedOperation op : operations) {
      for (String step : List.of("start", "done")) {
        TestServer.Answer a = floor.post("/api/operations/" + op.id() + "/" + step, "{}");
        assertThat(a.status()).as(a.text()).isEqualTo(200);
      }
    }

    // German, on a phone: the order found by its number reads "Pizza × 1".
    Page phone = browser.page(390, 844);
    browser.signIn(phone, browser.account(Role.STAFF), "/staff/index.html");
    // Once the page has drawn its lists (with the product labels) and switched to German.
    assertThat(phone.locator("#ship-item-" + po)).isVisible();
    phone.locator("#language [data-language=de]").click();
    assertThat(phone.locator("#ship-item-" + po + " h3"))
        .hasText("Bestellung #" + orderId + ": Pizza × 1");
    phone.locator("#order-number").fill("#" + orderId);
    phone.locator("#order-number").press("Enter");
    assertThat(phone.locator("#work-" + po + " h3"))
        .hasText("Bestellung #" + orderId + ": Pizza × 1");
    assertThat(phone.locator("#ship-item-" + po + " h3"))
        .hasText("Bestellung #" + orderId + ": Pizza × 1");
    assertThat(phone.locator("#ship-item-" + po + " details .model-version"))
        .hasText("Modellversion 2025.1");
    Chromium.screenshot(phone, "staff-shipped-findings-de-phone");
    phone.context().close();

    // English, at desktop size: ship with a tracking number.
    Page staff = browser.page(1280, 900);
    browser.signIn(staff, browser.account(Role.STAFF), "/staff/index.html");
    assertThat(staff.locator("#ship-item-" + po + " h3"))
        .hasText("Order #" + orderId + ": Pizza × 1");
    staff.locator("#tracking-" + po).fill("TRK-17");
    staff.locator("#ship-" + po).click();
    assertThat(staff.locator("#message"))
        .hasText("Order #" + orderId + " shipped: Pizza × 1; tracking number TRK-17.");
    assertThat(staff.locator("#message")).not().containsText(po);
    Chromium.screenshot(staff, "staff-shipped-findings-en-desktop");
    staff.context().close();

    // The shopper's order page: the day it shipped and the tracking number, in German on a phone.
    Page customer = browser.page(390, 844);
    browser.signIn(customer, buyer.email(), "/orders/order.html?id=" + orderId);
    assertThat(customer.locator("#delivery")).containsText("Shipped on ");
    customer.locator("#language [data-language=de]").click();
    assertThat(customer.locator("#delivery")).containsText("Versandt am ");
    assertThat(customer.locator("#delivery")).containsText("Sendungsnummer: TRK-17");
    assertThat(customer.locator("#title")).containsText("#" + orderId);
    Chromium.screenshot(customer, "order-shipped-findings-de-phone");
    customer.context().close();
  }
}
