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
 * order, My designs, My orders, order again; each product on a desktop 1280 × 900 and a phone 390 ×
 * 844, in English and in German. Screenshots of every step: {@code
 * target/screenshots/first-shopper/}.
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

  @Test
  void sneakersOnAPhoneInEnglish() {
    journey("sneakers", "tongue", "heel", "ABC", 390, 844, "en");
  }

  @Test
  void jeansOnADesktopInGerman() {
    journey("jeans", "backpatch", "backpatch", "JO 7", 1280, 900, "de");
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

    // The page's own file button, in the page's language (the browser's said "Choose File" and
    // "No file chosen" on a German page).
    assertThat(page.locator("#upload-" + artArea + "-button"))
        .hasText(lang.equals("de") ? "Bild auswählen" : "Choose an image");
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
    Chromium.screenshot(page.locator("#surface-" + artArea), shot + "2-art-surface");

    Locator typed = page.locator("#surface-text-" + textArea);
    // A character the text does not take is said (before, the field only turned invalid).
    typed.fill("#");
    typed.press("Tab");
    assertThat(page.locator("#surface-text-" + textArea + "-error")).not().isEmpty();
    typed.fill(text);
    typed.press("Tab");
    if (p.dialogOrIdle()) {
      Chromium.screenshot(page, shot + "3-text-repair");
      p.acceptRepair();
    }
    assertThat(p.option(textArea + "_technique", "print")).isChecked();
    assertThat(page.locator("#surface-text-" + textArea + "-error")).isEmpty();
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
    // The review names each text where it goes, as typed.
    assertThat(page.locator("#review-artwork")).containsText(quoted(text, lang));
    Chromium.screenshot(page, shot + "8-review");
    Chromium.screenshot(page.locator("#review-dialog"), shot + "8-review-dialog");
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
    // The artwork as the shopper knows it: their image, the area's name, the text; no placement
    // figures (position, pixels) among the configuration's lines.
    Locator art = page.locator("#artwork li.order-art[data-area=" + artArea + "]");
    assertThat(art.locator("img.order-art-thumb")).isVisible();
    assertLoaded(page, "#artwork li.order-art[data-area=" + artArea + "] img");
    assertThat(page.locator("#artwork")).containsText(quoted(text, lang));
    assertThat(page.locator("#configuration tr[data-attribute^=" + artArea + "_]")).hasCount(0);
    Chromium.screenshot(page, shot + "9-ordered");

    page.navigate(browser.url("/account/designs.html"));
    assertThat(page.locator("#designs li.design")).hasCount(1);
    // The shopper's image on the saved design, as on My orders.
    assertThat(page.locator("#designs li.design .design-art img")).isVisible();
    assertLoaded(page, "#designs li.design .design-art img");
    Chromium.screenshot(page, shot + "10-my-designs");
    page.navigate(browser.url("/orders/"));
    page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    Locator listed = page.locator("#orders .order-art-line[data-area=" + artArea + "]");
    assertThat(listed.first().locator("img")).isVisible();
    assertLoaded(page, "#orders .order-art-line[data-area=" + artArea + "] img");
    assertThat(page.locator("#orders .order-design").first()).not().containsText(" mm");
    Chromium.screenshot(page, shot + "11-my-orders");
    page.goBack();
    page.goBack();
    page.waitForURL(Pattern.compile(".*/orders/order\\.html\\?id=\\d+"));
    page.onceDialog(d -> d.accept());
    page.locator("#actions button.reorder").click();
    page.waitForTimeout(1500);
    Chromium.screenshot(page, shot + "12-reordered");
  }

  /** A typed text quoted as the page's language quotes it ("“JMK”", "„JO 7“"). */
  private static String quoted(String text, String lang) {
    return lang.equals("de") ? "„" + text + "“" : "“" + text + "”";
  }

  /** Every image {@code selector} finds has loaded (a broken one has no natural width). */
  private static void assertLoaded(Page page, String selector) {
    page.waitForFunction(
        "s => [...document.querySelectorAll(s)].every((i) => i.complete && i.naturalWidth > 0)",
        selector);
  }
}
