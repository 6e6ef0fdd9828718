package dev.atelier.server.design;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import dev.atelier.server.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Undo/redo, the language switch, phone width and keyboard-only use, in a real browser. */
class BrowserUsabilityTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  @Test
  void undoAndRedoByButtonsAndKeys() {
    ConfiguratorPage page = new ConfiguratorPage(browser.page()).open(browser.url("/p/bicycle"));
    assertThat(page.page.locator("#undo")).isDisabled();
    page.choose("frame", "alu").choose("gears", "8");

    page.page.locator("#undo").click();
    page.idle();
    assertThat(page.option("gears", "8")).not().isChecked();
    assertThat(page.option("frame", "alu")).isChecked();

    page.page.keyboard().press("Control+z");
    page.idle();
    assertThat(page.option("frame", "alu")).not().isChecked();
    assertThat(page.page.locator("#undo")).isDisabled();

    page.page.keyboard().press("Control+Shift+z");
    page.idle();
    assertThat(page.option("frame", "alu")).isChecked();
    page.page.locator("#redo").click();
    page.idle();
    assertThat(page.option("gears", "8")).isChecked();
    assertThat(page.page.locator("#redo")).isDisabled();
    page.page.context().close();
  }

  @Test
  void aNumberOutsideTheFeasibleRangeAsksForARepair() {
    ConfiguratorPage page = new ConfiguratorPage(browser.page()).open(browser.url("/p/jeans"));
    page.enterNumber("waist", "64");
    // hip at most 40 cm over the waist: 104 is the most now, 80 to 140 in general
    assertThat(page.page.locator("#num-hip")).hasAttribute("max", "104");
    assertThat(page.page.locator("#num-hip-hint")).containsText("104");
    page.page.locator("#num-hip").fill("120");
    page.page.locator("#num-hip").press("Tab");
    assertThat(page.dialog()).isVisible();
    assertThat(page.dialog()).containsText("Hip at most 40 cm over waist");
    page.page.keyboard().press("Escape");
    page.idle();
    assertThat(page.page.locator("#num-hip")).hasValue("");
    assertThat(page.page.locator("#num-waist")).hasValue("64");
    // The waist is the customer's measurement: no repair changes it, the dialog names it.
    page.page.locator("#num-hip").fill("130");
    page.page.locator("#num-hip").press("Tab");
    assertThat(page.dialog()).isVisible();
    assertThat(page.dialog()).containsText("Not possible with your measurements: Waist 64 cm");
    assertThat(page.page.locator("#repair-accept")).hasCount(0);
    page.page.locator("#repair-cancel").click();
    page.idle();
    assertThat(page.page.locator("#num-hip")).hasValue("");
    assertThat(page.page.locator("#num-waist")).hasValue("64");
    page.page.context().close();
  }

  @Test
  void languageSwitchRelabelsAndPersists() {
    ConfiguratorPage page = new ConfiguratorPage(browser.page()).open(browser.url("/p/bicycle"));
    assertThat(page.page.locator("h1")).hasText("Bicycle");
    page.page.locator("[data-language=de]").click();
    assertThat(page.page.locator("h1")).hasText("Fahrrad");
    assertThat(page.page.locator("html")).hasAttribute("lang", "de");
    assertThat(page.card("frame", "steel")).containsText("Stahl");
    assertThat(page.page.locator("#undo")).hasText("Rückgängig");
    assertThat(page.page.locator("#price-total")).containsText("€");
    assertThat(page.total()).contains(",00");

    page.choose("frame", "carbon");
    assertThat(page.refusalReason("gears", "3"))
        .isEqualTo("Carbonrahmen brauchen eine Kettenschaltung");
    Chromium.screenshot(page.page, "bicycle-de");

    page.page.reload();
    page.idle();
    assertThat(page.page.locator("h1")).hasText("Fahrrad");
    assertThat(page.page.locator("[data-language=de]")).hasAttribute("aria-pressed", "true");
    page.page.locator("[data-language=en]").click();
    assertThat(page.page.locator("h1")).hasText("Bicycle");
    page.page.context().close();
  }

  @Test
  void pricedTextFieldsShowTheirDifferenceAndEveryDifferenceFollowsTheLanguage() {
    ConfiguratorPage page = new ConfiguratorPage(browser.page()).open(browser.url("/p/sneakers"));
    Locator monogram = page.page.locator("#field-monogram .option-delta");
    assertThat(monogram).hasText("+€12.00 in total");
    Locator card =
        page.page
            .locator(
                ".field-choice .option .option-delta:not(:empty):not([data-delta='0']):not([data-delta='included'])")
            .first();
    assertThat(card).containsText("in total");
    page.page.locator("[data-language=de]").click();
    assertThat(monogram).containsText("+12,00");
    assertThat(monogram).containsText("am Gesamtpreis");
    assertThat(
            page.page
                .locator(
                    ".field-choice .option .option-delta:not(:empty):not([data-delta='0']):not([data-delta='included'])")
                .first())
        .containsText("am Gesamtpreis");
    Chromium.screenshot(page.page, "sneakers-de-deltas");
    page.page.locator("[data-language=en]").click();
    assertThat(monogram).hasText("+€12.00 in total");
    page.page.context().close();
  }

  @Test
  void phoneWidthHasNoHorizontalScrollAndKeepsThePriceInView() {
    Page phone = browser.page(375, 740);
    ConfiguratorPage page = new ConfiguratorPage(phone);
    List<String> paths = new ArrayList<>(List.of("/"));
    TestServer.CATALOGUE.productIds().forEach(p -> paths.add("/p/" + p));
    for (String path : paths) {
      page.open(browser.url(path));
      Object overflow =
          phone.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
      assertThat(((Number) overflow).intValue()).as(path).isLessThanOrEqualTo(0);
      if (!path.equals("/")) {
        assertThat(phone.locator(".pricebar")).isVisible();
        assertThat(phone.locator("#pricebar-total")).not().isEmpty();
      }
    }
    Chromium.screenshot(phone, "phone-pizza");
    page.open(browser.url("/"));
    Chromium.screenshot(phone, "phone-home");

    page.open(browser.url("/p/sneakers")).choose("material", "suede");
    phone.evaluate("window.scrollTo(0, 0)");
    phone.screenshot(
        new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("phone-sneakers.png")));
    page.chooseRefused("sole_colour", "white");
    assertThat(page.dialog()).isVisible();
    assertThat(page.dialog().boundingBox().width).isLessThanOrEqualTo(375);
    phone.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Chromium.SCREENSHOTS.resolve("phone-sneakers-repair.png")));

    // Complete: the price bar offers "Order", which brings the order box's button into view.
    page.open(browser.url("/p/sneakers"));
    assertThat(phone.locator("#pricebar-order")).isHidden();
    page.complete();
    assertThat(phone.locator("#pricebar-order")).isVisible();
    phone.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Chromium.SCREENSHOTS.resolve("phone-sneakers-complete.png")));
    phone.locator("#pricebar-order").click();
    assertThat(phone.locator("#order")).isInViewport();
    assertThat(phone.locator("#order")).isFocused();
    phone.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Chromium.SCREENSHOTS.resolve("phone-sneakers-to-order.png")));
    phone.context().close();
  }

  @Test
  void keyboardOnlyChoosesReadsWhyAndRepairs() {
    ConfiguratorPage page = new ConfiguratorPage(browser.page()).open(browser.url("/p/bicycle"));
    Page p = page.page;
    List<String> order = new ArrayList<>();
    for (int i = 0; i < 40 && !focused(p).startsWith("opt-usage-"); i++) {
      p.keyboard().press("Tab");
      order.add(focused(p));
    }
    assertThat(focused(p)).isEqualTo("opt-usage-city");
    // The header first, then the actions, then the steps: the order the page reads in.
    assertThat(order.indexOf("skip-link")).isLessThan(order.indexOf("complete"));
    assertThat(order.indexOf("complete")).isLessThan(order.indexOf("save"));
    assertThat(order.indexOf("save")).isLessThan(order.size() - 1);
    assertThat(
            p.evaluate(
                "() => getComputedStyle(document.activeElement.closest('.option')).boxShadow"))
        .isNotEqualTo("none");

    p.keyboard().press("Space");
    page.idle();
    assertThat(page.option("usage", "city")).isChecked();
    // Arrow keys move the focus only; Space or Enter chooses.
    p.keyboard().press("ArrowRight");
    page.idle();
    assertThat(focused(p)).isEqualTo("opt-usage-touring");
    assertThat(page.option("usage", "city")).isChecked();
    p.keyboard().press("Enter");
    page.idle();
    assertThat(page.option("usage", "touring")).isChecked();

    p.keyboard().press("Tab"); // the first step (rider, use) ends with "Can't find what you want?"
    assertThat(focused(p)).isEqualTo("wish-step-1-open");
    p.keyboard().press("Tab"); // frame: steel, then carbon by arrows, chosen by Space
    assertThat(focused(p)).isEqualTo("opt-frame-steel");
    p.keyboard().press("ArrowRight");
    p.keyboard().press("ArrowRight");
    assertThat(focused(p)).isEqualTo("opt-frame-carbon");
    page.idle();
    assertThat(page.option("frame", "carbon")).not().isChecked();
    p.keyboard().press("Space");
    page.idle();
    assertThat(page.option("frame", "carbon")).isChecked();
    p.keyboard().press("Tab");
    assertThat(focused(p)).isEqualTo("num-size");
    p.keyboard().press("Tab");
    assertThat(focused(p)).isEqualTo("num-saddle_height");
    p.keyboard().press("Tab"); // the step ends with "Can't find what you want?"
    assertThat(focused(p)).isEqualTo("wish-step-2-open");
    p.keyboard().press("Tab");
    assertThat(focused(p)).isEqualTo("opt-gears-3");
    assertThat(page.card("gears", "3").locator(".option-why"))
        .hasText("Carbon frames need derailleur gears");

    // Space chooses the refused value anyway: the dialog opens on "Keep my design" and traps
    // focus; Escape cancels.
    p.keyboard().press("Space");
    assertThat(page.dialog()).isVisible();
    assertThat(focused(p)).isEqualTo("repair-cancel");
    p.keyboard().press("Tab");
    assertThat(focused(p)).isEqualTo("repair-accept");
    // Two repairs (a steel or an aluminium frame): Tab goes round to the first, the cheapest.
    p.keyboard().press("Tab");
    assertThat(focused(p)).isEqualTo("repair-option-0");
    p.keyboard().press("Shift+Tab");
    assertThat(focused(p)).isEqualTo("repair-accept");
    p.keyboard().press("Escape");
    page.idle();
    assertThat(page.dialog()).hasCount(0);
    assertThat(page.option("frame", "carbon")).isChecked();
    assertThat(focused(p)).isEqualTo("opt-gears-3");

    p.keyboard().press("Space");
    assertThat(page.dialog()).isVisible();
    p.keyboard().press("Tab"); // to "Apply changes"
    p.keyboard().press("Enter");
    page.idle();
    assertThat(page.option("gears", "3")).isChecked();
    assertThat(page.option("frame", "carbon")).not().isChecked();
    p.context().close();
  }

  private static String focused(Page page) {
    return String.valueOf(
        page.evaluate("() => document.activeElement && document.activeElement.id"));
  }
}
