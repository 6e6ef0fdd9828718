package dev.atelier.server.design;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import dev.atelier.server.testing.TestServer;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shopper's journey as a shopper walks it, on a desktop (1280×900) and a phone (390×844):
 * design a bicycle anonymously, find it again after a reload, learn that arrow keys only move the
 * focus and that a repair keeps the design unless asked, ask for a missing colour, sign in from the
 * header link and come back to the same design, save it to "My designs", find it there and order 25
 * of it, seeing the date promised for 25; the product manager reads the wish, with the design, in
 * the department inbox. The rider gives height and inside leg (facts), and the frame size follows
 * from them. Screenshots of every step: target/screenshots/journey/.
 */
class BrowserJourneyTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  private static final String WISH = "A British racing green frame";

  /** The choices the shopper made, as the page shows them. */
  private static final List<String> DESIGNED =
      List.of(
          "opt-usage-touring",
          "opt-frame-alu",
          "opt-gears-3",
          "opt-brakes-rim",
          "opt-saddle-comfort",
          "opt-basket-true",
          "num-rider_height=178",
          "num-inside_leg=82",
          "num-size=54",
          "num-saddle_height=80");

  @Test
  void onADesktop() {
    journey(1280, 900, "desktop");
  }

  /** The same journey on a phone (slow: a second full journey). */
  @Test
  @Tag("slow")
  void onAPhone() {
    journey(390, 844, "phone");
  }

  /**
   * Design a bicycle anonymously, reload, keyboard, wish, sign in from the header, save, find it in
   * My designs, order it; the manager reads the wish.
   */
  private static void journey(int width, int height, String device) {
    String shot = "journey/" + device + "-";
    String wished = WISH + " (" + device + ")";
    Page page = browser.page(width, height);
    ConfiguratorPage bicycle = new ConfiguratorPage(page).open(browser.url("/p/bicycle"));
    assertThat(page.locator("#start-over")).isHidden();

    // Design anonymously: the rider's height and inside leg (facts, with how to measure) give the
    // frame size; an invalid number is marked invalid until it is a valid one.
    assertThat(page.locator("#field-rider_height .fact-help")).containsText("barefoot");
    bicycle.enterNumber("rider_height", "178").enterNumber("inside_leg", "82");
    assertThat(page.locator("#num-size-hint")).containsText("54");
    bicycle.choose("usage", "touring").choose("frame", "alu");
    Locator size = page.locator("#num-size");
    bicycle.enterNumber("size", "55");
    assertThat(size).hasAttribute("aria-invalid", "true");
    bicycle.enterNumber("size", "54");
    assertThat(size).not().hasAttribute("aria-invalid", "true");
    bicycle.enterNumber("saddle_height", "80");
    bicycle.choose("gears", "3").choose("brakes", "rim").choose("saddle", "comfort");
    bicycle.choose("basket", "true");
    assertThat(bicycle.shownDesign()).containsExactlyInAnyOrderElementsOf(DESIGNED);
    Chromium.screenshot(page, shot + "1-designed");

    arrowsMoveTheFocusOnlyAndARepairKeepsTheDesign(page, bicycle, shot);

    // A reload keeps the design (a draft in the browser), with a visible way to start over.
    page.reload();
    bicycle.idle();
    assertThat(page.locator("#draft-banner")).isVisible();
    assertThat(page.locator("#start-over")).isVisible();
    assertThat(bicycle.shownDesign()).containsExactlyInAnyOrderElementsOf(DESIGNED);
    Chromium.screenshot(page, shot + "3-reloaded");

    askForAFrameColour(page, wished, shot);

    // Sign in from the header link: back on the same design.
    String email = browser.account(Role.CUSTOMER);
    page.locator("#header-signin").click();
    page.waitForURL(Pattern.compile(".*/account/signin\\.html\\?next=.*"));
    BrowserFixture.submitSignInForm(page, email);
    page.waitForURL(browser.url("/p/bicycle"));
    bicycle.idle();
    assertThat(page.locator("#atelier-account")).containsText(email);
    assertThat(bicycle.shownDesign()).containsExactlyInAnyOrderElementsOf(DESIGNED);
    Chromium.screenshot(page, shot + "6-signed-in-same-design");

    // Save it: it is kept in My designs, where the shopper finds and opens it.
    page.locator("#save").click();
    bicycle.idle();
    page.locator("#share-mine").click();
    page.waitForURL("**/account/designs.html");
    Locator saved = page.locator("#designs li.design");
    assertThat(saved).hasCount(1);
    assertThat(saved.locator(".design-name")).containsText("Bicycle");
    assertThat(saved.locator(".design-rename-form")).isHidden();
    Chromium.screenshot(page, shot + "7-my-designs");
    saved.locator(".design-open").click();
    page.waitForURL(Pattern.compile(".*/d/[A-Za-z0-9_-]{8}"));
    bicycle.idle();
    assertThat(bicycle.shownDesign()).containsExactlyInAnyOrderElementsOf(DESIGNED);

    // Order it: the rest is completed the cheapest way, then 25 are ordered.
    bicycle.complete();
    assertThat(bicycle.shownDesign()).containsAll(DESIGNED);
    Locator delivery = page.locator("#price-delivery");
    assertThat(delivery).containsText("Ready to ship by: ");
    String forOne = delivery.innerText();
    page.locator("#order-quantity").fill("25");
    // Leaving the quantity field asks for the quantity's delivery date, shown before ordering:
    // 25 bicycles take longer than one.
    page.locator("#order-quantity").press("Tab");
    assertThat(delivery).containsText("25 ready to ship by: ");
    String forTwentyFive = delivery.innerText().replace("25 ready to ship by: ", "");
    assertThat(forTwentyFive).isNotEqualTo(forOne.replace("Ready to ship by: ", ""));
    Chromium.screenshot(page, shot + "8-ready-to-order-25");
    page.locator("#order").click();
    page.locator("#review-place").click();
    page.waitForURL(Pattern.compile(".*/orders/order\\.html\\?id=\\d+"));
    assertThat(page.locator("#status")).hasText("Placed");
    // The order page promises the date the page showed for 25.
    assertThat(page.locator("#delivery")).containsText(forTwentyFive);
    Chromium.screenshot(page, shot + "9-ordered");
    // "Order again" asks first: declined, no new order is placed.
    String ordered = page.url();
    page.onceDialog(
        dialog -> {
          assertThat(dialog.message()).contains("again");
          dialog.dismiss();
        });
    page.locator("#actions button.reorder").click();
    assertThat(page.locator("#status")).hasText("Placed");
    assertThat(page.url()).isEqualTo(ordered);
    assertThat(orders(page)).isEqualTo(1);

    // The product manager reads the wish, with the shopper's design, in the frame shop's inbox.
    Page manager = browser.page(width, height);
    browser.signIn(manager, browser.account(Role.PRODUCT_MANAGER), "/analytics/inbox.html");
    manager.locator("#department").selectOption("frames");
    Locator wish =
        manager.locator("#wishes tbody tr", new Page.LocatorOptions().setHasText(wished));
    assertThat(wish).hasCount(1);
    assertThat(wish).containsText("Frame: Aluminium");
    Chromium.screenshot(manager, shot + "10-inbox");
    page.context().close();
    manager.context().close();
  }

  /** Arrow keys move the focus only; Space on carbon opens the repair on "Keep my design". */
  private static void arrowsMoveTheFocusOnlyAndARepairKeepsTheDesign(
      Page page, ConfiguratorPage bicycle, String shot) {
    // Arrow keys move the focus only (onto carbon too, which does not fit), without a repair.
    bicycle.option("frame", "alu").focus();
    page.keyboard().press("ArrowRight");
    assertThat(bicycle.option("frame", "carbon")).isFocused();
    assertThat(bicycle.dialog()).hasCount(0);
    page.keyboard().press("ArrowLeft");
    page.keyboard().press("ArrowLeft");
    assertThat(bicycle.option("frame", "steel")).isFocused();
    bicycle.idle();
    assertThat(bicycle.option("frame", "alu")).isChecked();
    // Space chooses: carbon does not fit, the repair dialog opens on "Keep my design".
    page.keyboard().press("ArrowLeft");
    assertThat(bicycle.option("frame", "carbon")).isFocused();
    page.keyboard().press(" ");
    assertThat(bicycle.dialog()).isVisible();
    assertThat(page.locator("#repair-cancel")).isFocused();
    assertThat(page.locator("#repair-cancel")).hasText("Keep my design");
    Chromium.screenshot(page, shot + "2-repair-keeps-the-design");
    page.keyboard().press("Enter");
    assertThat(bicycle.dialog()).hasCount(0);
    bicycle.idle();
    assertThat(bicycle.shownDesign()).containsExactlyInAnyOrderElementsOf(DESIGNED);
  }

  /** "Can't find what you want?" under the frame's step: a wish, anonymously, and thanks. */
  private static void askForAFrameColour(Page page, String wished, String shot) {
    // Can't find what you want? A wish about the frame, anonymously, with the design.
    Locator frameStep =
        page.locator(
            "section.step",
            new Page.LocatorOptions().setHas(page.locator("[data-attribute=frame]")));
    frameStep.locator(".wish-toggle").click();
    Locator form = frameStep.locator(".wish-form");
    assertThat(form).isVisible();
    form.locator("select").selectOption("frame");
    form.locator("textarea").fill(wished);
    Chromium.screenshot(page, shot + "4-wish-form");
    form.locator("button[type=submit]").click();
    assertThat(frameStep.locator(".wish-status")).containsText("Thank you");
    assertThat(form).isHidden();
    Chromium.screenshot(page, shot + "5-wish-thanks");
  }

  /** How many orders the page's signed-in customer has (GET /api/orders). */
  private static int orders(Page page) {
    try {
      return TestServer.JSON
          .readTree(page.request().get(browser.url("/api/orders")).text())
          .get("orders")
          .size();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aGiftNoteStaysOutOfTheShareLinkSignUpKeepsTheTextsAndStartOverClearsThem() {
    Page page = browser.page();
    ConfiguratorPage sneakers = new ConfiguratorPage(page).open(browser.url("/p/sneakers"));
    sneakers.choose("packaging", "gift");
    sneakers.enterText("gift_note", "Happy birthday Ada");
    sneakers.enterText("monogram", "ADA");
    page.reload();
    sneakers.idle();
    assertThat(page.locator("#text-gift_note")).hasValue("Happy birthday Ada");
    assertThat(page.locator("#text-monogram")).hasValue("ADA");

    String link = sneakers.save();
    assertThat(link)
        .contains("monogram=ADA")
        .doesNotContain("birthday")
        .doesNotContain("gift_note");
    Chromium.screenshot(page, "journey/share-without-gift-note");

    // Sign up from the header: back on the sneakers with both texts.
    page.locator("#header-signup").click();
    page.waitForURL(Pattern.compile(".*/account/signup\\.html\\?next=.*"));
    page.locator("[name=email]").fill("journey-signup@example.org");
    page.locator("[name=password]").fill("journey password 1");
    page.locator("button[type=submit]").click();
    page.waitForURL(browser.url("/p/sneakers"));
    sneakers.idle();
    assertThat(page.locator("#atelier-account")).containsText("journey-signup@example.org");
    assertThat(page.locator("#text-gift_note")).hasValue("Happy birthday Ada");
    assertThat(page.locator("#text-monogram")).hasValue("ADA");

    page.locator("#start-over").click();
    sneakers.idle();
    assertThat(page.locator("#text-monogram")).hasValue("");
    assertThat(page.locator("#start-over")).isHidden();
    page.reload();
    sneakers.idle();
    assertThat(page.locator("#text-gift_note")).hasValue("");
    assertThat(page.locator("#draft-banner")).isHidden();
    page.context().close();
  }
}
