package dev.atelier.server.design;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A decided choice's other values on the page: allowed (never greyed "not available"), each saying
 * beforehand which other choices it would change; choosing one opens the repair with those changes.
 * Screenshots: {@code target/screenshots/decided-alternatives-*}.
 */
class BrowserDecidedAlternativesTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  @AfterEach
  void closePages() {
    browser.closePages();
  }

  @Test
  void anAlternativeSaysWhatElseItChangesAndTheRepairDoesIt() {
    Page page = browser.page(1280, 900);
    ConfiguratorPage p = new ConfiguratorPage(page).open(browser.url("/p/sneakers"));
    p.choose("sole_colour", "white").choose("upper_colour", "sand").choose("material", "leather");

    assertThat(p.option("material", "suede")).not().hasAttribute("aria-disabled", "true");
    assertThat(p.card("material", "suede"))
        .not()
        .hasClass(java.util.regex.Pattern.compile("refused"));
    assertThat(page.locator("#opt-material-suede-changes")).hasText("Also changes Sole colour");
    assertThat(page.locator("#opt-material-canvas-changes")).hasText("Also changes Upper colour");
    // The chosen value says nothing of the kind.
    assertThat(page.locator("#opt-material-leather-changes")).isEmpty();
    p.card("material", "suede").scrollIntoViewIfNeeded();
    Chromium.screenshot(page, "decided-alternatives-desktop");

    p.card("material", "suede").click();
    org.assertj.core.api.Assertions.assertThat(p.dialogOrIdle()).as("the repair dialog").isTrue();
    assertThat(p.dialog()).isVisible();
    assertThat(p.dialog()).containsText("Sole colour");
    Chromium.screenshot(page, "decided-alternatives-repair");
    p.acceptRepair();
    assertThat(p.option("material", "suede")).isChecked();
    assertThat(p.option("sole_colour", "white")).not().isChecked();

    Page phone = browser.page(390, 844);
    ConfiguratorPage q = new ConfiguratorPage(phone).open(browser.url("/p/sneakers"));
    phone.locator("#language [data-language=de]").click();
    q.idle();
    q.choose("sole_colour", "white").choose("material", "leather");
    assertThat(phone.locator("#opt-material-suede-changes")).hasText("Ändert auch Farbe Sohle");
    q.card("material", "suede").scrollIntoViewIfNeeded();
    Chromium.screenshot(phone, "decided-alternatives-phone-de");
  }
}
