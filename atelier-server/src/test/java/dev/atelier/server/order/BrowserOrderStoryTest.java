package dev.atelier.server.order;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.server.events.OutboxDispatcher;
import dev.atelier.server.events.RetryPolicy;
import dev.atelier.server.http.Role;
import dev.atelier.server.production.QueuedOperation;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import dev.atelier.server.testing.TestServer;
import dev.atelier.server.testing.WebhookReceiver;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole order story in a real browser: an admin configures a webhook; a new customer signs up,
 * designs a pizza, orders it and sees the order; staff start and finish every operation on the
 * work-centre pages and ship it while the customer's order page moves through in production,
 * completed and shipped; the admin reads the four deliveries in the delivery log, and the receiver
 * got them signed and in order.
 */
class BrowserOrderStoryTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  private static final List<String> EVENTS =
      List.of("order.placed", "production.started", "production.completed", "order.shipped");

  @Test
  void signUpDesignOrderProduceShipAndDeliverTheWebhooks() throws InterruptedException {
    try (WebhookReceiver receiver = new WebhookReceiver();
        OutboxDispatcher dispatcher =
            new OutboxDispatcher(
                browser.server().database.jdbi(),
                TestServer.LOCAL_WEBHOOKS,
                new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(1)),
                Clock.systemUTC(),
                Duration.ofSeconds(5))) {
      dispatcher.start(Duration.ofMillis(50));

      // The admin connects the ERP: a webhook for every event type.
      Page admin = browser.page();
      String secret = addWebhook(admin, receiver.url());

      // A new customer signs up, designs a pizza, orders it and sees the order.
      Page customer = browser.page();
      browser.signUp(customer, "story@example.org", "story password 1");
      ConfiguratorPage pizza = new ConfiguratorPage(customer).open(browser.url("/p/pizza"));
      assertThat(customer.locator("#order")).isHidden();
      pizza.choose("sauce", "tomato").complete();
      customer.locator("#order").click();
      customer.locator("#review-place").click();
      customer.waitForURL(Pattern.compile(".*/orders/order\\.html\\?id=\\d+"));
      String orderId = customer.url().replaceAll(".*id=", "");
      assertThat(customer.locator("#status")).hasText("Placed");
      theOrderPageAndListReadInThePageLanguage(customer, orderId);

      // Staff only: the customer gets 403 from the API and is told the page is not theirs.
      assertThat(customer.request().get(browser.url("/api/work-centres")).status()).isEqualTo(403);
      customer.navigate(browser.url("/staff/index.html"));
      assertThat(customer.locator("#message")).hasText("This page is for staff.");

      // Staff work through every operation of the order, in routing order.
      List<QueuedOperation> operations = browser.operations(orderId);
      assertThat(operations).hasSizeGreaterThanOrEqualTo(3);
      Page staff = browser.page();
      browser.signIn(staff, browser.account(Role.STAFF), "/staff/index.html");
      assertThat(staff.locator("#centre-prep")).containsText(Pattern.compile("\\d+ / \\d+ min"));
      Chromium.screenshot(staff, "story-work-centres");
      for (QueuedOperation op : operations) {
        startAndFinish(staff, customer, op, orderId);
      }
      customer.navigate(browser.url("/orders/order.html?id=" + orderId));
      assertThat(customer.locator("#status")).hasText("Completed");

      // Ship it from the dispatch list.
      staff.navigate(browser.url("/staff/index.html"));
      String productionOrder = operations.get(0).productionOrderId();
      Locator ship = staff.locator("#ship-item-" + productionOrder);
      assertThat(ship).containsText("Order #" + orderId);
      staff.locator("#tracking-" + productionOrder).fill("TRACK-123");
      Chromium.screenshot(staff, "story-ready-to-ship");
      staff.locator("#ship-" + productionOrder).click();
      assertThat(staff.locator("#message")).containsText("shipped");
      assertThat(ship).hasCount(0);
      customer.navigate(browser.url("/orders/order.html?id=" + orderId));
      assertThat(customer.locator("#status")).hasText("Shipped");
      assertThat(customer.locator("#steps li[aria-current=step]")).hasText("Shipped ✓");
      Chromium.screenshot(customer, "story-order-shipped");

      // The receiver gets the four events; the admin sees them delivered in the log.
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while ((receiver.received().size() < EVENTS.size() || delivered(admin) < EVENTS.size())
          && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      List<WebhookReceiver.Received> received = receiver.received();
      assertThat(received).extracting(r -> r.event().get("type").asText()).isEqualTo(EVENTS);
      assertThat(received).allSatisfy(r -> assertThat(r.signedWith(secret)).isTrue());
      assertThat(received).allSatisfy(r -> assertThat(r.signedWith("whsec_other")).isFalse());
      assertThat(received)
          .extracting(
              r -> r.event().get("orderId").asText(), r -> r.event().get("sequence").asLong())
          .containsExactly(
              tuple(orderId, 1L), tuple(orderId, 2L), tuple(orderId, 3L), tuple(orderId, 4L));
      assertThat(received.get(2).event().path("data").toString()).contains("1 base re-rolled");
      assertThat(received.get(3).event().path("data").toString()).contains("TRACK-123");

      admin.locator("#refresh").click();
      Locator delivered = admin.locator("#delivery-rows tr[data-status=delivered]");
      assertThat(delivered).hasCount(EVENTS.size());
      assertThat(admin.locator("#delivery-rows tr td:first-child"))
          .containsText(
              new String[] {
                "order.shipped", "production.completed", "production.started", "order.placed"
              });
      assertThat(admin.locator("#delivery-rows tr").first()).containsText("#" + orderId);
      assertThat(admin.locator("#delivery-rows tr td:nth-child(5)"))
          .containsText(new String[] {"204", "204", "204", "204"});
      Chromium.screenshot(admin, "story-webhook-deliveries");

      // Disable the webhook: it stays listed, disabled.
      admin.locator("#webhook-rows button").click();
      assertThat(admin.locator("#webhook-rows tr")).containsText("disabled");
      assertThat(admin.locator("#webhook-rows button")).hasText("Enable");
      for (Page p : List.of(admin, customer, staff)) {
        p.context().close();
      }
    }
  }

  /**
   * The order page shows the configuration in the model's labels and the status, buttons and fixed
   * texts in the page language, in English and after switching to German; the order list names the
   * product by its label, not by its id and version.
   */
  private static void theOrderPageAndListReadInThePageLanguage(Page customer, String orderId) {
    // The configuration reads in the model's labels, in the page language.
    Locator sauce = customer.locator("#configuration tr[data-attribute=sauce]");
    assertThat(sauce).hasText(sauceTomato("en").replace(": ", ""));
    // So do the status, the buttons and the fixed texts.
    JsonNode german = browser.server().get("/i18n/de.json").body();
    customer.locator("#language [data-language=de]").click();
    assertThat(sauce).hasText(sauceTomato("de").replace(": ", ""));
    assertThat(customer.locator("#status")).hasText(german.get("orders.status.placed").asText());
    assertThat(customer.locator("#actions button.reorder"))
        .hasText(german.get("orders.reorder").asText());
    assertThat(customer.locator("#price tfoot tr").last())
        .containsText(german.get("orders.total").asText());
    Chromium.screenshot(customer, "story-order-placed-de");
    customer.locator("#language [data-language=en]").click();
    assertThat(sauce).hasText(sauceTomato("en").replace(": ", ""));
    assertThat(customer.locator("#status")).hasText("Placed");
    assertThat(customer.locator("#actions button.reorder")).hasText("Order again");
    Chromium.screenshot(customer, "story-order-placed");
    // The order list names the product by its label, not by its id and version.
    customer.navigate(browser.url("/orders/"));
    Locator listed = customer.locator("#order-" + orderId);
    assertThat(listed.locator(".order-design")).containsText(sauceTomato("en"));
    assertThat(listed.locator(".order-product")).hasText(pizzaLabel("en"));
    customer.locator("#language [data-language=de]").click();
    assertThat(listed.locator(".order-product")).hasText(pizzaLabel("de"));
    assertThat(listed.locator(".order-status"))
        .hasText(german.get("orders.status.placed").asText());
    assertThat(customer.locator("#orders thead th").nth(1))
        .hasText(german.get("orders.column.product").asText());
    customer.locator("#language [data-language=en]").click();
    assertThat(listed.locator(".order-product")).hasText(pizzaLabel("en"));
  }

  /** Signs {@code admin} in, adds a webhook to {@code url} on the webhooks page: its secret. */
  private static String addWebhook(Page admin, String url) {
    browser.signIn(admin, browser.account(Role.ADMIN), "/account/admin.html");
    admin.locator("#atelier-account [data-link=webhooks]").click();
    admin.waitForURL("**/account/webhooks.html");
    admin.locator("#new-webhook [name=url]").fill(url);
    admin.locator("#new-webhook button[type=submit]").click();
    String secret = admin.locator("#webhook-secret").textContent();
    assertThat(secret).startsWith("whsec_");
    assertThat(admin.locator("#webhook-rows tr")).hasCount(1);
    assertThat(admin.locator("#webhook-rows tr")).containsText("active");
    return secret;
  }

  /**
   * On the work-centre pages, {@code staff} starts operation {@code op} (by keyboard) and finishes
   * it; after the first start the customer's order page says "In production".
   */
  private static void startAndFinish(
      Page staff, Page customer, QueuedOperation op, String orderId) {
    staff.navigate(browser.url("/staff/index.html"));
    staff.locator("#centre-" + op.workCentre() + " a").click();
    staff.waitForURL("**/staff/queue.html?id=" + op.workCentre());
    Locator job = staff.locator("#job-" + op.id());
    assertThat(job).containsText("order #" + orderId);
    assertThat(job).containsText("Pizza"); // the product's label, not its id
    assertThat(job).containsText(sauceTomato("en"));
    assertThat(job).containsText(op.minutes() + " min");
    assertThat(job.locator(".badge.next")).hasCount(1);
    // By keyboard: Enter on Start, then focus moves to Done.
    staff.locator("#start-" + op.id()).focus();
    staff.keyboard().press("Enter");
    assertThat(staff.locator("#done-" + op.id())).isFocused();
    if (op.sequence() == 1) {
      Chromium.screenshot(staff, "story-queue-started");
      customer.navigate(browser.url("/orders/order.html?id=" + orderId));
      assertThat(customer.locator("#status")).hasText("In production");
      staff.locator("#note-" + op.id()).fill("1 base re-rolled");
    }
    staff.locator("#done-" + op.id()).click();
    assertThat(staff.locator("#job-" + op.id())).hasCount(0);
    assertThat(staff.locator("#message")).containsText("Done:");
  }

  /**
   * "Sauce: Tomato" in the labels of the current pizza model in {@code language} (the queue and the
   * order page show labels, not ids).
   */
  private static String sauceTomato(String language) {
    EnumAttribute sauce =
        (EnumAttribute)
            TestServer.CATALOGUE
                .current("pizza")
                .orElseThrow()
                .definition()
                .model()
                .attribute("sauce")
                .orElseThrow();
    String tomato =
        sauce.values().stream()
            .filter(v -> v.id().equals("tomato"))
            .findFirst()
            .orElseThrow()
            .label()
            .in(language);
    return sauce.label().in(language) + ": " + tomato;
  }

  /** The pizza's label in {@code language}, as the catalogue has it. */
  private static String pizzaLabel(String language) {
    return TestServer.CATALOGUE
        .current("pizza")
        .orElseThrow()
        .definition()
        .model()
        .label()
        .in(language);
  }

  /** How many deliveries the delivery log (read by {@code admin}) lists as delivered. */
  private static long delivered(Page admin) {
    String log = admin.request().get(browser.url("/api/webhooks/deliveries")).text();
    try {
      JsonNode deliveries = TestServer.JSON.readTree(log).get("deliveries");
      long delivered = 0;
      for (JsonNode d : deliveries) {
        delivered += d.get("status").asText().equals("delivered") ? 1 : 0;
      }
      return delivered;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(log, e);
    }
  }

  @Test
  void theStaffAndWebhookPagesFitAPhone() {
    Page phone = browser.page(375, 740);
    browser.signIn(phone, browser.account(Role.ADMIN), "/staff/index.html");
    for (String path :
        List.of("/staff/index.html", "/staff/queue.html?id=prep", "/account/webhooks.html")) {
      phone.navigate(browser.url(path));
      assertThat(phone.locator("h1")).isVisible();
      phone.waitForLoadState();
      Object overflow =
          phone.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
      assertThat(((Number) overflow).intValue()).as(path).isLessThanOrEqualTo(0);
    }
    Chromium.screenshot(phone, "phone-webhooks");
    phone.context().close();
  }
}
