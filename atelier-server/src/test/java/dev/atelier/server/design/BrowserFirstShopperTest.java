package dev.atelier.server.design;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session 20's first-time shopper, the whole journey on the sneakers and the jeans: choose, upload
 * art, type a text, "Complete it for me", save, sign in (the design, art and text survive), review,
 * order, My designs, My orders, order again; desktop 1280 × 900 in English and phone 390 × 844 in
 * German. Screenshots of every step: {@code target/screenshots/first-shopper/}.
 */
@Tag("slow")
class BrowserFirstShopperTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  private static final FilePayload LOGO =
      new FilePayload("logo.png", "image/png", ArtworkContractTest.flat(200, 200));

  @AfterEach
  void closePages() {
    browser.closePages();
  }

  @Test
  void sneakersOnADesktopInEnglish() {
    journey("sneakers", "tongue", "heel", "JMK", 1280, 900, "en");
  }

  @Test
  void jeansOnAPhoneInGerman() {
    journey("jeans", "backpatch", "backpatch", "MINE 24", 390, 844, "de");
  }

  private static void journey(
      String product, String artArea, String textArea, String text, int w, int h, String lang) {
    String shot = "first-shopper/" + product + "-" + w + "-" + lang + "-";
    Page page = browser.page(w, h);
    ConfiguratorPage p = new ConfiguratorPage(page).open(browser.url("/p/" + product));
    if (lang.equals("de")) {
      page.locator("#language [data-language=de]").click();
      p.idle();
    }
    Chromium.screenshot(page, shot + "1-open");

    page.locator("#upload-" + artArea).setInputFiles(LOGO);
    p.idle();
    assertThat(page.locator("#art-image-" + artArea)).isVisible();
    // The art is printed without asking (the cheapest technique that fits), said beside it.
    assertThat(p.option(artArea + "_technique", "print")).isChecked();
    assertThat(page.locator("#technique-note-" + artArea)).isVisible();
    // The flat picture draws it where it is placed when it locates the area (the sneakers' tongue),
    // else as a thumbnail in its corner (the jeans' back patch is behind the front view).
    Locator inPicture = page.locator("image.preview-art-placed[data-area=" + artArea + "]");
    assertThat(product.equals("sneakers") ? inPicture : page.locator("#preview-art-" + artArea))
        .isVisible();
    Chromium.screenshot(page, shot + "2-art-picture");
    page.locator("#surface-" + artArea).scrollIntoViewIfNeeded();
    Chromium.screenshot(page, shot + "2-art");

    Locator typed = page.locator("#surface-text-" + textArea);
    typed.fill(text);
    typed.press("Tab");
    if (p.dialogOrIdle()) {
      Chromium.screenshot(page, shot + "3-text-repair");
      p.acceptRepair();
    }
    assertThat(p.option(textArea + "_technique", "print")).isChecked();
    Chromium.screenshot(page, shot + "3-text");

    p.complete();
    assertThat(page.locator("#order")).isVisible();
    Chromium.screenshot(page, shot + "4-complete");

    // Sign in from the header: the same design, with its art and its text.
    page.locator("#header-signin").click();
    page.waitForURL(Pattern.compile(".*/account/signin\\.html\\?next=.*"));
    Chromium.screenshot(page, shot + "5-sign-in");
    BrowserFixture.submitSignInForm(page, browser.account(Role.CUSTOMER));
    page.waitForURL(browser.url("/p/" + product));
    p.idle();
    assertThat(page.locator("#art-image-" + artArea)).isVisible();
    // The image itself still loads (it was the visitor's upload: 404 once signed in, before).
    String href = page.locator("#art-image-" + artArea + " image").getAttribute("href");
    org.assertj.core.api.Assertions.assertThat(page.request().get(browser.url(href)).status())
        .isEqualTo(200);
    assertThat(page.locator("#surface-text-" + textArea)).hasValue(text);
    assertThat(page.locator("#order")).isVisible();
    Chromium.screenshot(page, shot + "6-signed-in");

    p.save();
    Chromium.screenshot(page, shot + "7-saved");
    page.locator("#order").click();
    Chromium.screenshot(page, shot + "8-review");
    page.locator("#review-place").click();
    page.waitForURL(Pattern.compile(".*/orders/order\\.html\\?id=\\d+"));
    assertThat(page.locator("#actions button.reorder")).isVisible();
    if (lang.equals("de")) {
      assertThat(page.locator("#title")).hasText(Pattern.compile("Bestellung #\\d+"));
    }
    // Every value and amount on one line (a phone broke "Stonewash ed" and "129,00 / €").
    for (Locator cell :
        page.locator("#configuration td, #price tbody td:last-child, #price tfoot td").all()) {
      org.assertj.core.api.Assertions.assertThat(
              cell.evaluate(
                  "e => { const r = document.createRange(); r.selectNodeContents(e);"
                      + " return new Set([...r.getClientRects()].map((x) => Math.round(x.top)))"
                      + ".size; }"))
          .as(cell.innerText())
          .isEqualTo(1);
    }
    Chromium.screenshot(page, shot + "9-ordered");

    page.navigate(browser.url("/account/designs.html"));
    assertThat(page.locator("#designs li.design")).hasCount(1);
    Chromium.screenshot(page, shot + "10-my-designs");
    page.navigate(browser.url("/orders/"));
    page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    Chromium.screenshot(page, shot + "11-my-orders");
    page.goBack();
    page.goBack();
    page.waitForURL(Pattern.compile(".*/orders/order\\.html\\?id=\\d+"));
    page.onceDialog(d -> d.accept());
    page.locator("#actions button.reorder").click();
    page.waitForTimeout(1500);
    Chromium.screenshot(page, shot + "12-reordered");
  }
}
