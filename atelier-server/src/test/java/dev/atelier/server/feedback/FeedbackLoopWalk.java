package dev.atelier.server.feedback;

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

/**
 * The whole feedback loop in a browser ("Done when" of issue 16): a customer asks for a colour the
 * kite does not offer (and a shopper who is not signed in asks for a shape, leaving an e-mail
 * address); a staff member records a phone request for the colour for another customer; both reach
 * the surface shop's inbox; from a wish there the product manager opens the studio, starts a draft,
 * adds the colour with a price by the form, sees the impact (configurations gained, no order
 * broken, two wishes met) and publishes; the summary names the new value by its label; both
 * customers find the colour in the configurator and a notice on their orders page, which one
 * dismisses.
 */
final class FeedbackLoopWalk {

  private FeedbackLoopWalk() {}

  /** Walks the loop on {@code browser}'s server in pages of {@code width} × {@code height}. */
  static void walk(BrowserFixture browser, int width, int height, String size) {
    Drafts drafts = new Drafts(browser.server().catalogue, 60_000);
    StoredVersion v1 =
        ((Outcome.Ok<StoredVersion>) drafts.create("yaml", FeedbackKite.yaml("1"), "test")).value();
    assertThat(drafts.publish(v1, Instant.now(), "test")).isInstanceOf(Outcome.Ok.class);
    String ann = browser.account(Role.CUSTOMER);
    String bob = browser.account(Role.CUSTOMER);
    String shot = "feedback/" + size + "-";

    // Ann asks for a green kite under the colour step.
    Page annPage = browser.page(width, height);
    browser.signIn(annPage, ann, "/p/kite");
    ConfiguratorPage kite = new ConfiguratorPage(annPage).idle();
    Locator step =
        annPage.locator(
            "section.step",
            new Page.LocatorOptions().setHas(annPage.locator("[data-attribute=colour]")));
    step.locator(".wish-toggle").click();
    Locator form = step.locator(".wish-form");
    form.locator("select").selectOption("colour");
    assertThat(form.locator(".wish-email")).isHidden();
    form.locator("textarea").fill("A green kite, please");
    form.locator("button[type=submit]").click();
    assertThat(step.locator(".wish-status")).containsText("Colour");
    Chromium.screenshot(annPage, shot + "1-customer-wish");

    anonymousWishWithEmail(browser, width, height, shot);

    // A staff member records Bob's phone call for the same colour.
    Page staff = browser.page(width, height);
    browser.signIn(staff, browser.account(Role.STAFF), "/staff/wish.html");
    staff.waitForSelector("body[data-loaded=true]");
    assertThat(staff.locator("#header-input")).isVisible();
    staff.locator("#channel").selectOption("phone");
    staff.locator("#customer").fill(bob);
    staff.locator("#product").selectOption("kite");
    staff.locator("#attribute").selectOption("colour");
    staff.locator("#text").fill("Bob phoned: he wants his kite in green");
    staff.locator("#record").click();
    assertThat(staff.locator("#message")).containsText("surface");
    Chromium.screenshot(staff, shot + "2-staff-records-phone-call");

    // Both reach the surface shop's inbox.
    Page pm = browser.page(width, height);
    browser.signIn(
        pm, browser.account(Role.PRODUCT_MANAGER), "/analytics/inbox.html?department=surface");
    pm.waitForSelector("body[data-loaded=true]");
    Locator wishes = pm.locator("#wishes tbody tr");
    assertThat(wishes).hasCount(2);
    assertThat(wishes.nth(0)).containsText("Bob phoned");
    assertThat(wishes.nth(0)).containsText("Phone call");
    assertThat(wishes.nth(1)).containsText("A green kite, please");
    assertThat(wishes.nth(1)).containsText("Configurator");
    Chromium.screenshot(pm, shot + "3-inbox");

    // From Bob's wish the product manager opens the studio: the kite has no draft, so they start
    // version 2 there, and the forms open on the colour. They add green at 4.00, read the impact
    // and publish.
    wishes.nth(0).locator(".studio-link").click();
    pm.waitForSelector("body[data-loaded=start]");
    assertThat(pm.locator("#start-version")).hasValue("2");
    Chromium.screenshot(pm, shot + "4a-start-draft-from-inbox");
    pm.locator("#start-draft").click();
    pm.waitForSelector("body[data-loaded=true]");
    assertThat(pm.url()).contains("/studio/draft.html?product=kite&version=2");
    assertThat(pm.locator("#attribute")).hasValue("colour");
    assertThat(pm.locator("#focus")).containsText("Colour");
    pm.locator("#new-id").fill("green");
    pm.locator("#new-price").fill("4.00");
    pm.locator("#new-label-en").fill("Green");
    pm.locator("#new-label-de").fill("Grün");
    pm.locator("#add-value").click();
    assertThat(pm.locator("#status")).hasText("Saved");
    pm.locator("#impact").click();
    assertThat(pm.locator("#gained")).hasText("2");
    assertThat(pm.locator("#broken-count")).hasText("0");
    assertThat(pm.locator("#wishes-met")).hasText("2");
    Chromium.screenshot(pm, shot + "4-impact");
    pm.locator("#publish").click();
    assertThat(pm.locator("#status")).containsText("current: 2");

    // The inbox shows both wishes met by version 2.
    pm.navigate(browser.url("/analytics/inbox.html?department=surface"));
    pm.waitForSelector("body[data-loaded=true]");
    pm.locator("#state").selectOption("met");
    assertThat(wishes).hasCount(2);
    assertThat(wishes.nth(0)).containsText("Met by version 2");
    Chromium.screenshot(pm, shot + "5-inbox-met");
    pm.navigate(browser.url("/analytics/summary.html?department=surface"));
    assertThat(pm.locator("#asked-count")).hasText("2");
    assertThat(pm.locator("#changed")).containsText("Colour: Green");
    assertThat(pm.locator("#earned")).containsText("Colour: Green");
    Chromium.screenshot(pm, shot + "6-summary");
    pm.navigate(browser.url("/analytics/index.html"));
    pm.locator("#product").selectOption("kite");
    assertThat(pm.locator("#funnel-section h2 .studio-link"))
        .hasAttribute("href", "/studio/draft.html?product=kite");

    // Both customers find green in the configurator and a notice on their orders page.
    for (Page page : new Page[] {annPage, signedIn(browser, bob, width, height)}) {
      kite = new ConfiguratorPage(page).open(browser.url("/p/kite"));
      assertThat(kite.card("colour", "green")).containsText("Green");
      page.navigate(browser.url("/orders/index.html"));
      assertThat(page.locator("#notices")).isVisible();
      assertThat(page.locator("#notice-list li")).hasCount(1);
      assertThat(page.locator("#notice-list")).containsText("Kite 2 now offers it");
    }
    assertThat(annPage.locator("#notice-list")).containsText("A green kite, please");
    Chromium.screenshot(annPage, shot + "7-customer-notice");

    // Ann dismisses her notice: it stays gone.
    annPage.locator("#notice-list .dismiss").click();
    assertThat(annPage.locator("#notices")).isHidden();
    annPage.reload();
    assertThat(annPage.locator("#orders, #message").first()).isVisible();
    assertThat(annPage.locator("#notices")).isHidden();
  }

  /** A shopper who is not signed in asks for a box kite and leaves an e-mail address. */
  private static void anonymousWishWithEmail(
      BrowserFixture browser, int width, int height, String shot) {
    Page anon = browser.page(width, height);
    new ConfiguratorPage(anon).open(browser.url("/p/kite"));
    Locator shapeStep =
        anon.locator(
            "section.step",
            new Page.LocatorOptions().setHas(anon.locator("[data-attribute=shape]")));
    shapeStep.locator(".wish-toggle").click();
    Locator anonForm = shapeStep.locator(".wish-form");
    anonForm.locator("select").selectOption("shape");
    anonForm.locator("textarea").fill("A box kite");
    anonForm.locator(".wish-email input").fill("dee@example.org");
    anonForm.locator("button[type=submit]").click();
    assertThat(shapeStep.locator(".wish-status")).containsText("dee@example.org");
    Chromium.screenshot(anon, shot + "1b-anonymous-wish-with-email");
  }

  private static Page signedIn(BrowserFixture browser, String email, int width, int height) {
    Page page = browser.page(width, height);
    browser.signIn(page, email, "/orders/index.html");
    return page;
  }
}
