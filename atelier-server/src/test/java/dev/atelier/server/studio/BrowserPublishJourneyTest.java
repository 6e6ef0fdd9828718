package dev.atelier.server.studio;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.atelier.server.catalogue.Drafts;
import dev.atelier.server.catalogue.StoredVersion;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Studio publishing walked end to end as its users: a customer saves a kite on version 1; the
 * product manager drafts version 2 (red dearer, a new green), reads the impact in the shopper's
 * labels and publishes; a shopper is offered green; the owner reopens the old design and is told
 * what changed for it, with the choices kept, moved onto version 2; their draft comes back on
 * version 2 too and orders at version 2's price. Screenshots in
 * target/screenshots/publish-journey/.
 */
@Tag("slow")
class BrowserPublishJourneyTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  @Test
  void aPublishedChangeReachesShoppersAndTheOwnerOfAnOldDesignIsTold() {
    Drafts drafts = new Drafts(browser.server().catalogue, 60_000);
    StoredVersion v1 =
        ((Outcome.Ok<StoredVersion>) drafts.create("yaml", StudioApiTest.kite("1"), "test"))
            .value();
    assertThat(drafts.publish(v1, Instant.now(), "test")).isInstanceOf(Outcome.Ok.class);
    String customer = browser.account(Role.CUSTOMER);
    String pm = browser.account(Role.PRODUCT_MANAGER);

    // The customer saves a red delta kite on version 1 (signed in: it is theirs).
    Page own = browser.page();
    browser.signIn(own, customer, "/p/kite");
    ConfiguratorPage kite = new ConfiguratorPage(own).idle();
    kite.choose("shape", "delta").choose("colour", "red");
    String saved = kite.save();
    assertThat(saved).contains("/d/");
    Chromium.screenshot(own, "publish-journey/1-customer-saves-v1");

    // The product manager: the version name and New draft sit on Open's line.
    Page studio = browser.page();
    browser.signIn(studio, pm, "/studio/index.html");
    studio.waitForSelector("body[data-loaded=true]");
    Locator name = studio.locator("#name-kite-1");
    assertThat(sameLine(name, studio.locator("#draft-kite-1")))
        .as("New draft beside the name")
        .isTrue();
    assertThat(sameLine(name, studio.locator("#open-kite-1"))).as("the name beside Open").isTrue();
    Chromium.screenshot(studio, "publish-journey/2-studio-index");
    name.fill("2");
    studio.locator("#draft-kite-1").click();
    studio.waitForURL("**/studio/draft.html?product=kite&version=2");
    studio.waitForSelector("body[data-loaded=true]");
    studio.locator("#attribute").selectOption("colour");
    studio.locator("#value").selectOption("red");
    studio.locator("#price").fill("3.00");
    studio.locator("#set-price").click();
    assertThat(studio.locator("#status")).hasText("Saved");
    studio.locator("#new-id").fill("green");
    studio.locator("#new-price").fill("4.00");
    studio.locator("#new-label-en").fill("Green");
    studio.locator("#new-label-de").fill("Grün");
    studio.locator("#add-value").click();
    assertThat(studio.locator(".CodeMirror")).containsText("{id: green");
    studio.locator("#impact").click();
    assertThat(studio.locator("#gained")).hasText("2");
    // The values as the shopper reads them, not the model's ids.
    assertThat(studio.locator("#impact-result")).containsText("Colour: Green");
    assertThat(studio.locator("#impact-result")).not().containsText("colour = green");
    Chromium.screenshot(studio, "publish-journey/3-draft-impact");
    studio.locator("#publish").click();
    assertThat(studio.locator("#title")).containsText("current");
    Chromium.screenshot(studio, "publish-journey/4-published");

    // A shopper is offered green.
    Page shopper = browser.page(390, 844);
    ConfiguratorPage offer = new ConfiguratorPage(shopper).open(browser.url("/p/kite"));
    assertThat(offer.card("colour", "green")).containsText("Green");
    Chromium.screenshot(shopper, "publish-journey/5-shopper-sees-green-phone");

    // The owner reopens the version-1 design from My designs, on a phone.
    Page phone = browser.page(390, 844);
    browser.signIn(phone, customer, "/account/designs.html");
    phone.locator(".design-open").first().click();
    phone.waitForURL("**/d/**");
    ConfiguratorPage reopened = new ConfiguratorPage(phone).idle();
    Locator notice = phone.locator("#version-notice");
    // Version 1 is no longer offered: the design is moved onto 2, the one the shop takes orders on.
    assertThat(notice).containsText("made on version 1");
    assertThat(notice).containsText("now on version 2");
    assertThat(notice).containsText("Colour: Red: €0.00 then, €3.00 now.");
    assertThat(notice).containsText("New: Colour: Green");
    assertThat(reopened.option("colour", "red")).isChecked();
    assertThat(reopened.option("shape", "delta")).isChecked();
    Chromium.screenshot(phone, "publish-journey/6-owner-reopens-v1-phone");

    // The customer's own draft of /p/kite, left on version 1, comes back on version 2 with the
    // notice, and its order is priced on version 2.
    own.navigate(browser.url("/p/kite"));
    ConfiguratorPage back = new ConfiguratorPage(own).idle();
    Locator moved = own.locator("#version-notice");
    assertThat(moved).containsText("now on version 2");
    assertThat(moved).containsText("Colour: Red: €0.00 then, €3.00 now.");
    assertThat(back.option("colour", "red")).isChecked();
    assertThat(back.option("shape", "delta")).isChecked();
    Chromium.screenshot(own, "publish-journey/6b-draft-moved-to-v2");
    own.locator("#order").click();
    own.locator("#review-place").click();
    own.waitForURL(java.util.regex.Pattern.compile(".*/orders/order\\.html\\?id=\\d+"));
    String orderId = own.url().replaceAll(".*id=", "");
    com.fasterxml.jackson.databind.JsonNode order =
        readJson(own.request().get(browser.url("/api/orders/" + orderId)).text());
    assertThat(order.get("version").asText()).isEqualTo("2");
    long v2 =
        browser
            .server()
            .catalogue
            .find("kite", "2")
            .orElseThrow()
            .compiled()
            .price(
                new dev.atelier.engine.model.Configuration(
                    java.util.Map.of("shape", "delta", "colour", "red")))
            .total();
    assertThat(order.get("price").get("unit").asLong()).isEqualTo(v2);
    Chromium.screenshot(own, "publish-journey/6c-ordered-at-v2-price");

    // The draft page on a phone: "Load a file" stays inside its card.
    Page draftPhone = browser.page(390, 844);
    browser.signIn(draftPhone, pm, "/studio/index.html");
    draftPhone.navigate(browser.url("/studio/draft.html?product=kite&version=2"));
    draftPhone.waitForSelector("body[data-loaded=true]");
    var file = draftPhone.locator("label.file").boundingBox();
    var card = draftPhone.locator("#source").locator("xpath=ancestor::section").boundingBox();
    assertThat(file.x + file.width).isLessThanOrEqualTo(card.x + card.width);
    Chromium.screenshot(draftPhone, "publish-journey/7-draft-phone");
  }

  private static com.fasterxml.jackson.databind.JsonNode readJson(String text) {
    try {
      return dev.atelier.server.testing.TestServer.JSON.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  /** Whether the two elements' boxes overlap vertically (they sit on one line). */
  private static boolean sameLine(Locator a, Locator b) {
    var x = a.boundingBox();
    var y = b.boundingBox();
    return x.y < y.y + y.height && y.y < x.y + x.height;
  }
}
