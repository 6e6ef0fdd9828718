package dev.atelier.server.design;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import dev.atelier.server.testing.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session 19's shopper on the sneakers' design surface: art or text on an area whose technique
 * "Complete it for me" left at None gets the cheapest technique, said beside it ("Printing
 * technique set to Print, at no extra cost"), and so does art or text on an area whose technique
 * was never decided (session 20; the greyed values keep their reasons); a None the shopper chooses
 * stays, with a warning; after a switch to German no English text is left on the artwork controls.
 * Desktop 1280 × 900 and phone 390 × 844; screenshots in {@code target/screenshots/}.
 */
@Tag("slow")
class BrowserArtTechniqueTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  private static final FilePayload LOGO =
      new FilePayload("logo.png", "image/png", ArtworkContractTest.flat(200, 200));
  private static final FilePayload PHOTO =
      new FilePayload("holiday.png", "image/png", ArtworkContractTest.photo(240, 300));

  @AfterEach
  void closePages() {
    browser.closePages();
  }

  @Test
  void artAfterCompletionGetsTheCheapestTechniqueSaidBesideIt() {
    for (int[] size : new int[][] {{1280, 900}, {390, 844}}) {
      ConfiguratorPage shoe =
          new ConfiguratorPage(browser.page(size[0], size[1])).open(browser.url("/p/sneakers"));
      shoe.enterNumber("size", "42").complete();
      assertThat(shoe.option("tongue_technique", "_7e")).isChecked();
      shoe.page.locator("#upload-tongue").setInputFiles(LOGO);
      shoe.idle();
      assertThat(shoe.page.locator("#art-image-tongue")).isVisible();
      assertThat(shoe.option("tongue_technique", "print")).isChecked();
      Locator note = shoe.page.locator("#technique-note-tongue");
      assertThat(note).isVisible();
      assertThat(note)
          .hasText(
              "Printing technique set to Print, at no extra cost, so that it can be made."
                  + " You can change it below.");
      assertThat(shoe.page.locator("#price-status")).hasText("Your design is complete");
      note.scrollIntoViewIfNeeded();
      Chromium.screenshot(shoe.page, "art-technique-set-" + size[0]);

      // The shopper's own "None" stays, with a warning (the server refuses that order).
      shoe.choose("tongue_technique", "_7e");
      assertThat(shoe.option("tongue_technique", "_7e")).isChecked();
      assertThat(note)
          .hasText(
              "Without a printing technique this artwork will not be made: choose one below to order.");
      Chromium.screenshot(shoe.page, "art-technique-none-warning-" + size[0]);
      // Undo takes back the shopper's None: the page's technique again.
      shoe.page.locator("#undo").click();
      shoe.idle();
      assertThat(shoe.option("tongue_technique", "print")).isChecked();
    }
  }

  @Test
  void textOnTheHeelAfterCompletionGetsATechniqueToo() {
    ConfiguratorPage shoe =
        new ConfiguratorPage(browser.page(1280, 900)).open(browser.url("/p/sneakers"));
    shoe.enterNumber("size", "42").complete();
    assertThat(shoe.option("heel_technique", "_7e")).isChecked();
    Locator text = shoe.page.locator("#surface-text-heel");
    text.fill("JMK");
    text.press("Tab");
    // Completion decided "no monogram" and no position: the page offers to change both.
    assertThat(shoe.dialog()).containsText("A monogram needs a position");
    shoe.acceptRepair();
    assertThat(shoe.option("monogram_place", "heel")).isChecked();
    assertThat(shoe.option("heel_technique", "print")).isChecked();
    assertThat(shoe.page.locator("#technique-note-heel"))
        .containsText("Printing technique set to Print");
    // The tongue carries nothing: no technique there.
    assertThat(shoe.option("tongue_technique", "_7e")).isChecked();
    assertThat(shoe.page.locator("#technique-note-tongue")).isHidden();
  }

  @Test
  void artOnAnUndecidedTechniqueGetsTheCheapestThatFitsWithTheGreyedReasonsStillShown() {
    ConfiguratorPage shoe =
        new ConfiguratorPage(browser.page(1280, 900)).open(browser.url("/p/sneakers"));
    assertThat(shoe.option("tongue_technique", "print")).not().isChecked();
    shoe.page.locator("#upload-tongue").setInputFiles(PHOTO);
    shoe.idle();
    assertThat(shoe.page.locator("#art-image-tongue")).isVisible();
    // Decided as the art arrived (Nike By You and Zakeke pick the decoration), said beside it.
    assertThat(shoe.option("tongue_technique", "print")).isChecked();
    assertThat(shoe.page.locator("#technique-note-tongue"))
        .hasText(
            "Printing technique set to Print, at no extra cost, so that it can be made."
                + " You can change it below.");
    // The values the photo rules out still say why.
    assertThat(shoe.refusalReason("tongue_technique", "embroidery"))
        .isEqualTo("A photo cannot be embroidered");
    Chromium.screenshot(shoe.page, "art-technique-undecided-set-1280");
    // One undo takes back the upload and the technique together.
    shoe.page.locator("#undo").click();
    shoe.idle();
    assertThat(shoe.page.locator("#art-image-tongue")).isHidden();
    assertThat(shoe.option("tongue_technique", "print")).not().isChecked();
  }

  @Test
  void textOnAnUndecidedTechniqueGetsOneToo() {
    ConfiguratorPage shoe =
        new ConfiguratorPage(browser.page(390, 844)).open(browser.url("/p/sneakers"));
    Locator text = shoe.page.locator("#surface-text-heel");
    text.fill("JMK");
    text.press("Tab");
    shoe.idle();
    assertThat(shoe.option("monogram_place", "heel")).isChecked();
    assertThat(shoe.option("heel_technique", "print")).isChecked();
    assertThat(shoe.page.locator("#technique-note-heel"))
        .containsText("Printing technique set to Print");
    assertThat(shoe.option("tongue_technique", "print")).not().isChecked();
    assertThat(shoe.page.locator("#technique-note-tongue")).isHidden();
    shoe.page.locator("#technique-note-heel").scrollIntoViewIfNeeded();
    Chromium.screenshot(shoe.page, "art-technique-text-set-390");
  }

  @Test
  void afterSwitchingToGermanNoEnglishHintIsLeftOnTheArtworkControls() {
    List<String> english = englishOnly();
    assertThat(english).contains("Possible now: ", "Range: ");
    for (int[] size : new int[][] {{1280, 900}, {390, 844}}) {
      Page page = browser.page(size[0], size[1]);
      ConfiguratorPage shoe = new ConfiguratorPage(page).open(browser.url("/p/sneakers"));
      page.locator("#upload-tongue").setInputFiles(LOGO);
      shoe.idle();
      // A decided text height shows the scale ("Range: …"), an open one what is possible now.
      shoe.enterNumber("heel_text_mm", "3");
      page.locator("#language [data-language=de]").click();
      shoe.idle();
      // The text is drawn in the print font, which loads late and redraws the surface.
      page.waitForFunction("() => document.fonts.status === 'loaded'");
      page.waitForTimeout(300);
      shoe.idle();
      String shown = page.locator("#surface").innerText();
      assertThat(shown).contains("Jetzt möglich: 2 mm bis 4 mm", "Bereich: 1 mm bis 4 mm");
      for (String phrase : english) {
        assertThat(shown).as("English left after the switch").doesNotContain(phrase);
      }
      Chromium.screenshot(page, "art-controls-de-" + size[0]);
    }
  }

  /**
   * The fixed parts (up to the first placeholder, 6 characters or more) of the English texts of the
   * number fields, the surface and its technique notes that German words differently.
   */
  private static List<String> englishOnly() {
    JsonNode en = dictionary("en");
    JsonNode de = dictionary("de");
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : en.properties()) {
      String key = e.getKey();
      if (!(key.startsWith("number.") || key.startsWith("surface.") || key.startsWith("value."))) {
        continue;
      }
      String text = e.getValue().asText();
      String fixed = text.contains("{") ? text.substring(0, text.indexOf('{')) : text;
      if (fixed.length() >= 6 && !de.path(key).asText().startsWith(fixed)) {
        out.add(fixed);
      }
    }
    return out;
  }

  private static JsonNode dictionary(String language) {
    try (InputStream in =
        BrowserArtTechniqueTest.class.getResourceAsStream("/web/i18n/" + language + ".json")) {
      return TestServer.JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
