package dev.atelier.server.studio;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import dev.atelier.server.catalogue.Drafts;
import dev.atelier.server.catalogue.StoredVersion;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The studio in a real browser, at desktop and phone size: a product manager starts a draft from
 * the current kite, adds a colour with a price through the form, sees the impact (configurations
 * gained, nothing broken), publishes, and the configurator offers the colour; a UVL file uploaded
 * on the start page becomes a draft.
 */
class BrowserStudioTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  @Test
  void aProductManagerAddsAColourAndTheConfiguratorOffersIt() {
    Drafts drafts = new Drafts(browser.server().catalogue, 60_000);
    StoredVersion v1 =
        ((Outcome.Ok<StoredVersion>) drafts.create("yaml", StudioApiTest.kite("1"), "test"))
            .value();
    assertThat(drafts.publish(v1, Instant.now(), "test")).isInstanceOf(Outcome.Ok.class);
    String pm = browser.account(Role.PRODUCT_MANAGER);

    walk(browser.page(), pm, "2", "desktop");
    walk(browser.page(390, 844), pm, "3", "phone");
    upload(browser.page(), pm);
  }

  /** A UVL file uploaded on the studio's start page becomes a draft, opened in the editor. */
  private static void upload(Page page, String pm) {
    browser.signIn(page, pm, "/studio/index.html");
    page.waitForSelector("body[data-loaded=true]");
    page.locator("#upload-file")
        .setInputFiles(
            new FilePayload(
                "bell.uvl",
                "text/plain",
                "features\n    Bike\n        optional\n            Bell\n"
                    .getBytes(StandardCharsets.UTF_8)));
    assertThat(page.locator("#upload-format")).hasValue("uvl");
    page.locator("#upload-product").fill("bell-bike");
    page.locator("#upload-version").fill("1");
    page.locator("#upload").click();
    page.waitForURL("**/studio/draft.html?product=bell-bike&version=1");
    page.waitForSelector("body[data-loaded=true]");
    assertThat(page.locator("#title")).containsText("bell-bike 1");
    assertThat(page.locator(".CodeMirror")).containsText("Bell");
    Chromium.screenshot(page, "studio/uploaded-uvl-desktop");
  }

  private static void walk(Page page, String pm, String version, String size) {
    browser.signIn(page, pm, "/studio/index.html");
    page.waitForSelector("body[data-loaded=true]");
    assertThat(page.locator("#header-studio")).isVisible();
    String current = version.equals("2") ? "1" : "2";
    assertThat(page.locator("#row-kite-" + current + " .badge")).hasText("current");
    Chromium.screenshot(page, "studio/products-" + size);

    page.locator("#name-kite-" + current).fill(version);
    page.locator("#draft-kite-" + current).click();
    page.waitForURL("**/studio/draft.html?product=kite&version=" + version);
    page.waitForSelector("body[data-loaded=true]");
    assertThat(page.locator("#title")).containsText("Kite " + version); // the label, not the id
    assertThat(page.locator(".CodeMirror")).isVisible();
    assertThat(page.locator("#check-status")).hasText("No errors");
    assertThat(page.locator("#lint-status"))
        .hasText("0 dead values, 0 forced values, 0 redundant rules");
    // Typing a rule that forbids a shape: the live check lists the dead value under Lint.
    page.evaluate(
        "() => { const cm = document.querySelector('.CodeMirror').CodeMirror;"
            + " cm.replaceRange('rules:\\n  - id: no-delta\\n    label: {en: No delta}\\n"
            + "    rule: not (shape = delta)\\n', {line: cm.lineCount(), ch: 0}); }");
    assertThat(page.locator("#lint-status")).containsText("1 dead values");
    assertThat(page.locator("#lint"))
        .containsText("dead value: no valid product has Shape = Delta");
    assertThat(page.locator("#diagnostics")).not().containsText("Delta");
    Chromium.screenshot(page, "studio/draft-lint-" + size);
    // In German the finding reads in German, with the German labels, and the typed rule stays.
    page.locator("#language [data-language=de]").click();
    assertThat(page.locator("#lint"))
        .containsText("toter Wert: kein gültiges Produkt hat Form = Delta");
    assertThat(page.locator("#lint-status")).containsText("1 tote Werte");
    assertThat(
            (String)
                page.evaluate("() => document.querySelector('.CodeMirror').CodeMirror.getValue()"))
        .contains("no-delta");
    Chromium.screenshot(page, "studio/draft-lint-german-" + size);
    page.locator("#language [data-language=en]").click();
    assertThat(page.locator("#lint")).containsText("no valid product has Shape = Delta");
    page.evaluate("() => document.querySelector('.CodeMirror').CodeMirror.undo()");
    assertThat(page.locator("#lint-status")).containsText("0 dead values");

    String colour = version.equals("2") ? "green" : "yellow";
    page.locator("#attribute").selectOption("colour");
    page.locator("#new-id").fill(colour);
    page.locator("#new-price").fill("4.00");
    page.locator("#new-label-en").fill(version.equals("2") ? "Green" : "Yellow");
    page.locator("#new-label-de").fill(version.equals("2") ? "Grün" : "Gelb");
    page.locator("#add-value").click();
    assertThat(page.locator("#status")).hasText("Saved");
    assertThat(page.locator(".CodeMirror")).containsText("{id: " + colour);

    page.locator("#impact").click();
    // Two shapes with the new colour: two configurations gained, none lost, nothing broken.
    assertThat(page.locator("#gained")).hasText("2");
    assertThat(page.locator("#lost")).hasText("0");
    assertThat(page.locator("#broken-count")).hasText("0");
    // Nobody was refused anything on the kite: no session would have been let through.
    assertThat(page.locator("#relaxed-sessions")).hasText("0");
    assertThat(page.locator("#impact-result"))
        .containsText("Colour: " + (version.equals("2") ? "Green" : "Yellow"));
    Chromium.screenshot(page, "studio/draft-impact-" + size);

    page.locator("#publish").click();
    assertThat(page.locator("#status")).containsText("current: " + version);
    assertThat(page.locator("#title")).containsText("current");

    ConfiguratorPage configurator = new ConfiguratorPage(page).open(browser.url("/p/kite"));
    assertThat(configurator.card("colour", colour)).isVisible();
    assertThat(configurator.card("colour", colour))
        .containsText(version.equals("2") ? "Green" : "Yellow");
    Chromium.screenshot(page, "studio/configurator-" + size);
  }
}
