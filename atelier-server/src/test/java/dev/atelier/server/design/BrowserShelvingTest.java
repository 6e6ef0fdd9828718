package dev.atelier.server.design;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The modular shelving in a real browser: the instance attributes read "Bay 2 · Doors", the count
 * of bays is a number field limited by the wall, and a too-wide choice is refused with its reason.
 */
class BrowserShelvingTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  /** The page's id part of {@code text} (dom.js idPart). */
  static String idPart(String text) {
    StringBuilder sb = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '-') {
        sb.append(c);
      } else {
        sb.append('_').append(Integer.toHexString(c));
      }
    }
    return sb.toString();
  }

  @Test
  void bayFieldsAreLabelledPerInstance() {
    ConfiguratorPage page = new ConfiguratorPage(browser.page()).open(browser.url("/p/shelving"));
    Chromium.screenshot(page.page, "shelving-open");
    page.enterNumber("wall_width", "200");
    page.enterNumber("bays", "2");
    Chromium.screenshot(page.page, "shelving-two-bays");
    assertThat(page.page.locator("#field-" + idPart("bays[2].doors")))
        .containsText("Bay 2 · Doors");
    // One step per present bay, none for the absent bays 3 to 5.
    assertThat(page.page.locator("section.step:visible")).hasCount(3);
    assertThat(page.page.locator("section.step:visible h2").nth(2)).containsText("Bay 2");

    page.choose(idPart("bays[1].doors"), "glass");
    org.assertj.core.api.Assertions.assertThat(page.refusalReason(idPart("bays[2].doors"), "wood"))
        .isEqualTo("Wooden and glass doors never stand side by side");
    page.complete();
    assertThat(page.page.locator("#price-status")).hasClass(Pattern.compile("complete"));
    assertThat(page.page.locator(".progress li:not(.done):visible")).hasCount(0);
    Chromium.screenshot(page.page, "shelving-complete");
  }
}
