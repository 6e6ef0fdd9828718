package dev.atelier.server.production;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.Value;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.GermanPages;
import dev.atelier.server.testing.TestAccounts;
import dev.atelier.server.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The staff and webhook pages in German: the language switch on the page translates the fixed texts
 * and what the page draws (the queue's job cards with the design in the model's German labels,
 * set-up and run minutes), the choice carries over to the next page, and English comes back.
 */
class BrowserStaffLanguageTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  @Test
  void theStaffPagesSpeakGerman() {
    JsonNode order = placedPizza("german-staff");
    String orderId = order.get("id").asText();
    QueuedOperation first = browser.operations(orderId).get(0);

    Page staff = browser.page();
    browser.signIn(staff, browser.account(Role.STAFF), "/staff/index.html");
    assertThat(staff.locator("h1")).hasText("Work centres");
    staff.locator("#language [data-language=de]").click();
    assertThat(staff.locator("h1")).hasText("Arbeitsplätze");
    assertThat(staff.locator("#language [data-language=de]")).hasAttribute("aria-pressed", "true");
    assertThat(staff.locator("#centres thead")).containsText("Heute gebucht / Kapazität");
    assertThat(staff.locator("#dispatch-title")).hasText("Versandbereit");
    assertThat(staff).hasTitle("Arbeitsplätze · Atelier");
    assertThat(staff.locator("#centre-rows tr").first()).isVisible();
    GermanPages.assertNoEnglish(staff, List.of());

    // The queue page keeps German: headings, buttons, facts and the design in German labels.
    staff.locator("#centre-" + first.workCentre() + " a").click();
    staff.waitForURL("**/staff/queue.html?id=" + first.workCentre());
    Locator job = staff.locator("#job-" + first.id());
    assertThat(staff.locator("h1")).containsText("Warteschlange: ");
    assertThat(job)
        .containsText(
            first.label().getOrDefault("de", first.label().get("en"))
                + " · Bestellung #"
                + orderId);
    assertThat(job.locator("#start-" + first.id())).hasText("Beginnen");
    assertThat(job.locator("dt"))
        .containsText(
            new String[] {
              "Produkt",
              "Fällig am",
              "Design",
              "Arbeitsgang",
              "Rüsten",
              "Bearbeitung",
              "Gebucht (aufgerundet)",
              "Geplant"
            });
    assertThat(job).containsText(germanLabel(order, "sauce"));
    assertThat(job).containsText(first.minutes() + " min");
    // The card names what the floor uses: the order number, product and due day, not the UUID.
    assertThat(job.locator("dl")).not().containsText(first.productionOrderId());
    GermanPages.assertNoEnglish(staff, List.of("pizza"));
    Chromium.screenshot(staff, "staff-queue-german");

    // And back to English.
    staff.locator("#language [data-language=en]").click();
    assertThat(job.locator("#start-" + first.id())).hasText("Start");
    assertThat(job.locator("dt"))
        .containsText(
            new String[] {
              "Product",
              "Due",
              "Design",
              "Operation",
              "Set-up",
              "Run",
              "Booked (rounded up)",
              "Planned"
            });
    staff.context().close();
  }

  /**
   * The floor lists centres with work first, each with its waiting and started count, and finds an
   * order's production orders and the centres where their work waits, at desktop and phone width.
   */
  @Test
  @Tag("slow")
  void theFloorShowsWorkFirstAndFindsAnOrder() {
    String orderId = placedPizza("floor-find").get("id").asText();
    QueuedOperation first = browser.operations(orderId).get(0);
    String staffAccount = browser.account(Role.STAFF);
    for (int width : new int[] {1280, 390}) {
      Page staff = browser.page(width, 900);
      browser.signIn(staff, staffAccount, "/staff/index.html");
      assertThat(staff.locator("#centre-rows tr").first()).hasAttribute("class", "busy");
      assertThat(staff.locator("#centre-" + first.workCentre())).hasAttribute("class", "busy");
      assertThat(staff.locator("#centre-" + first.workCentre() + " td.work"))
          .containsText(" waiting · ");
      assertThat(staff.locator("#centre-rows tr.idle td.work").first()).hasText("no work");

      staff.locator("#order-number").fill("#" + orderId);
      staff.locator("#find-order button").click();
      Locator work = staff.locator("#order-work li.job").first();
      assertThat(work).containsText("Order #" + orderId);
      assertThat(work.locator(".where a").first())
          .hasAttribute("href", "/staff/queue.html?id=" + first.workCentre());
      assertThat(work.locator(".where li").first()).containsText("waiting");
      Chromium.screenshot(staff, "staff-floor-find-" + width);

      staff.locator("#order-number").fill("99999999");
      staff.locator("#find-order button").click();
      assertThat(staff.locator("#find-none")).hasText("No production orders for order #99999999.");
      assertThat(staff.locator("#order-work li")).hasCount(0);
      staff.context().close();
    }
  }

  /**
   * An order sought before the floor's names have arrived shows the centre and product by name once
   * they do (never the ids meanwhile), and its card follows a switch to German and back.
   */
  @Test
  @Tag("slow")
  void aFoundOrderWaitsForNamesAndFollowsTheLanguage() {
    String orderId = placedPizza("find-race").get("id").asText();
    QueuedOperation first = browser.operations(orderId).get(0);
    Page staff = browser.page(390, 844);
    List<Route> held = new ArrayList<>();
    staff.route("**/api/work-centres", held::add);
    browser.signIn(staff, browser.account(Role.STAFF), "/staff/index.html");
    staff.locator("#order-number").fill(orderId);
    staff.waitForResponse(
        r -> r.url().contains("/api/production-orders/by-order/"),
        () -> staff.locator("#find-order button").click());
    Locator work = staff.locator("#order-work");
    assertThat(work).hasAttribute("aria-busy", "true");
    assertThat(work.locator("li")).hasCount(0);
    staff.unroute("**/api/work-centres");
    held.forEach(Route::resume);

    Locator centre = staff.locator("#centre-" + first.workCentre() + " a");
    assertThat(centre).isVisible();
    String name = centre.textContent();
    assertThat(name).isNotEqualTo(first.workCentre());
    Locator where = work.locator("li.job .where a").first();
    assertThat(where).hasText(name);
    assertThat(work.locator("li.job h3")).not().containsText("pizza");
    assertThat(work.locator("li.job h3")).containsText("Order #" + orderId);
    Chromium.screenshot(staff, "staff-find-named-390");

    staff.locator("#language [data-language=de]").click();
    assertThat(work.locator("li.job h3")).containsText("Bestellung #" + orderId);
    assertThat(work.locator("li.job dt").first()).hasText("Status");
    assertThat(where).hasText(staff.locator("#centre-" + first.workCentre() + " a").textContent());
    GermanPages.assertNoEnglish(staff, List.of());
    Chromium.screenshot(staff, "staff-find-german-390");
    staff.locator("#order-number").fill("99999999");
    staff.locator("#find-order button").click();
    assertThat(staff.locator("#find-none")).containsText("99999999");
    staff.locator("#language [data-language=en]").click();
    assertThat(staff.locator("#find-none")).hasText("No production orders for order #99999999.");
    staff.context().close();
  }

  @Test
  void theWebhooksPageSpeaksGerman() {
    Page admin = browser.page();
    browser.signIn(admin, browser.account(Role.ADMIN), "/account/webhooks.html");
    admin.locator("#language [data-language=de]").click();
    assertThat(admin.locator("#new-webhook button[type=submit]")).hasText("Webhook hinzufügen");
    assertThat(admin.locator("#event-types legend")).hasText("Ereignisse (keins angekreuzt: alle)");
    assertThat(admin.locator("#log h2")).hasText("Zustellprotokoll");
    admin.locator("#new-webhook [name=url]").fill("http://127.0.0.1:9/german");
    admin.locator("#new-webhook button[type=submit]").click();
    assertThat(admin.locator("#message")).hasText("http://127.0.0.1:9/german hinzugefügt.");
    assertThat(admin.locator("#webhook-rows tr")).containsText("aktiv");
    admin.locator("#webhook-rows button").click();
    assertThat(admin.locator("#webhook-rows tr")).containsText("deaktiviert");
    assertThat(admin.locator("#webhook-rows button")).hasText("Aktivieren");
    Chromium.screenshot(admin, "webhooks-german");
    admin.context().close();
  }

  /** The cheapest pizza ordered by a new customer with idempotency key {@code key}: the order. */
  private static JsonNode placedPizza(String key) {
    TestAccounts.Caller buyer = TestAccounts.create(browser.server(), Role.CUSTOMER);
    return browser.order(buyer, browser.cheapest("pizza").body().get("design"), key).body();
  }

  /** "Soße: Tomate": the German labels of {@code attribute} and its value in {@code order}. */
  private static String germanLabel(JsonNode order, String attribute) {
    ProductModel model =
        TestServer.CATALOGUE
            .find(order.get("product").asText(), order.get("version").asText())
            .orElseThrow()
            .definition()
            .model();
    String chosen = order.get("configuration").get(attribute).asText();
    EnumAttribute a = (EnumAttribute) model.attribute(attribute).orElseThrow();
    Value value = a.values().stream().filter(v -> v.id().equals(chosen)).findFirst().orElseThrow();
    return a.label().in("de") + ": " + value.label().in("de");
  }
}
