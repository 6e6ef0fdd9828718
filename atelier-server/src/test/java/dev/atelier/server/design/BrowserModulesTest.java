package dev.atelier.server.design;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.atelier.server.design.BrowserShelvingTest.idPart;

import com.microsoft.playwright.Page;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Module instances in the toolkit, on a desktop and a phone: duplicate, move (button and Alt+arrow
 * key), remove and add a bay; each bay's summary line carries its choices and price; the open count
 * skips absent bays; a per-piece price names its unit. Screenshots: target/screenshots/modules.
 */
class BrowserModulesTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  /** The step of bay {@code i}: step 1 holds wall width, finish and the number of bays. */
  private static String bay(int i) {
    return "#step-" + (i + 1);
  }

  private static ConfiguratorPage twoBays(Page page) {
    ConfiguratorPage c = new ConfiguratorPage(page).open(browser.url("/p/shelving"));
    c.enterNumber("wall_width", "300");
    c.enterNumber("bays", "2");
    c.choose(idPart("bays[1].doors"), "glass");
    c.choose(idPart("bays[2].doors"), "none");
    return c;
  }

  @Test
  void bayInstancesAreDuplicatedMovedRemovedAndAddedOnADesktop() {
    ConfiguratorPage c = twoBays(browser.page(1280, 900));
    Page page = c.page;
    // Two bays: finish and six bay choices are open, not the 21 of five bays.
    assertThat(page.locator("#price-status")).hasText("7 choices left");
    assertThat(page.locator("#field-" + idPart("bays[1].shelves"))).containsText("€14.00 each");
    assertThat(page.locator(bay(1) + "-summary")).containsText("Glass doors");
    assertThat(page.locator(bay(1) + "-summary")).containsText("€180.00");
    Chromium.screenshot(page, "modules/desktop-two-bays");

    page.locator(bay(1) + "-duplicate").click();
    c.idle();
    assertThat(page.locator("section.step:visible")).hasCount(4);
    assertThat(page.locator(bay(2) + "-summary")).containsText("Glass doors");
    assertThat(page.locator(bay(3) + "-summary")).containsText("Open");

    // The open bay moves to the front with the button, then back with Alt+ArrowRight.
    page.locator(bay(3) + "-earlier").click();
    c.idle();
    page.locator(bay(2) + "-earlier").click();
    c.idle();
    assertThat(page.locator(bay(1) + "-summary")).containsText("Open");
    assertThat(page.locator("#status")).hasText("Bay 1 moved to place 1.");
    page.locator(bay(1) + "-later").focus();
    page.keyboard().press("Alt+ArrowRight");
    c.idle();
    assertThat(page.locator(bay(1) + "-summary")).containsText("Glass doors");
    assertThat(page.locator(bay(2) + "-summary")).containsText("Open");
    Chromium.screenshot(page, "modules/desktop-three-bays");

    page.locator(bay(3) + "-remove").click();
    c.idle();
    assertThat(page.locator("section.step:visible")).hasCount(3);
    assertThat(page.locator(bay(2) + "-add")).isVisible();
    page.locator(bay(2) + "-add").click();
    c.idle();
    assertThat(page.locator("section.step:visible")).hasCount(4);
    assertThat(page.locator(bay(3) + "-summary")).containsText("open");
    // Undo brings the two bays back.
    page.locator("#undo").click();
    c.idle();
    assertThat(page.locator("section.step:visible")).hasCount(3);
    c.complete();
    assertThat(page.locator("#price-status")).hasClass(Pattern.compile("complete"));
    Chromium.screenshot(page, "modules/desktop-complete");
  }

  @Test
  void aBayIsDuplicatedAndRemovedOnAPhone() {
    ConfiguratorPage c = twoBays(browser.page(390, 844));
    Page page = c.page;
    page.locator(bay(2) + "-duplicate").click();
    c.idle();
    assertThat(page.locator("section.step:visible")).hasCount(4);
    assertThat(page.locator(bay(3) + "-summary")).containsText("Open");
    Chromium.screenshot(page, "modules/phone-three-bays");
    page.locator(bay(1) + "-remove").click();
    c.idle();
    assertThat(page.locator(bay(1) + "-summary")).containsText("Open");
    assertThat(page.locator(bay(1) + "-earlier")).isDisabled();
    Chromium.screenshot(page, "modules/phone-two-bays");
  }
}
