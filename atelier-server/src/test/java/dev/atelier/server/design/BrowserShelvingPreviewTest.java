package dev.atelier.server.design;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.atelier.server.design.BrowserShelvingTest.idPart;

import com.microsoft.playwright.Locator;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shelving picture draws the bays the customer configures (presentation.rows): side by side at
 * their widths and heights, with their shelves and doors, on a desktop and on a phone.
 */
@Tag("slow")
class BrowserShelvingPreviewTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  private static ConfiguratorPage threeBays(ConfiguratorPage page) {
    page.enterNumber("wall_width", "200");
    page.enterNumber("bays", "3");
    page.enterNumber(idPart("bays[1].width"), "80");
    page.enterNumber(idPart("bays[2].width"), "40");
    page.enterNumber(idPart("bays[1].height"), "220");
    page.enterNumber(idPart("bays[2].height"), "180");
    page.choose(idPart("bays[1].doors"), "glass");
    page.choose(idPart("bays[3].doors"), "wood");
    return page.idle();
  }

  private static double attribute(Locator box, String name) {
    return Double.parseDouble(box.getAttribute(name));
  }

  /** The picture alone, to look at. */
  private static void picture(ConfiguratorPage page, String name) {
    page.page
        .locator("svg.preview-picture")
        .screenshot(
            new Locator.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/screenshots", name + ".png")));
  }

  private static void assertDrawn(ConfiguratorPage page) {
    Locator bays = page.page.locator("svg.preview-picture g.instance");
    assertThat(bays).hasCount(3);
    assertThat(bays.nth(1)).hasAttribute("data-instance", "bays[2]");
    Locator first = bays.nth(0).locator("rect.box");
    Locator second = bays.nth(1).locator("rect.box");
    // 1.9 picture units per cm: 80 cm and 40 cm wide, 220 cm and 180 cm high.
    org.assertj.core.api.Assertions.assertThat(attribute(first, "width")).isEqualTo(152.0);
    org.assertj.core.api.Assertions.assertThat(attribute(second, "width")).isEqualTo(76.0);
    org.assertj.core.api.Assertions.assertThat(attribute(first, "height")).isEqualTo(418.0);
    org.assertj.core.api.Assertions.assertThat(attribute(second, "height")).isEqualTo(342.0);
    // Bay 2 stands right of bay 1 (gap 4).
    org.assertj.core.api.Assertions.assertThat(attribute(second, "x"))
        .isEqualTo(attribute(first, "x") + 152.0 + 4.0);
    assertThat(bays.nth(0).locator("rect.front-glass")).hasCount(2);
    assertThat(bays.nth(1).locator("rect.front")).hasCount(0);
    assertThat(bays.nth(2).locator("rect.front-solid")).hasCount(2);
  }

  @Test
  void theBaysAreDrawnAtTheirWidthsWithTheirDoorsOnADesktop() {
    ConfiguratorPage page = threeBays(browser.configurator("shelving"));
    assertDrawn(page);
    Chromium.screenshot(page.page, "shelving/preview-desktop");
    picture(page, "shelving/preview-desktop-picture");
    // Removing a bay removes its drawing (step 4 is bay 3).
    page.page.locator("#step-4-remove").click();
    page.idle();
    assertThat(page.page.locator("svg.preview-picture g.instance")).hasCount(2);
  }

  @Test
  void theBaysAreDrawnOnAPhone() {
    ConfiguratorPage page =
        threeBays(new ConfiguratorPage(browser.page(390, 844)).open(browser.url("/p/shelving")));
    assertDrawn(page);
    Chromium.screenshot(page.page, "shelving/preview-phone");
    picture(page, "shelving/preview-phone-picture");
  }
}
