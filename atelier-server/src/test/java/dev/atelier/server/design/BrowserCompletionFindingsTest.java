package dev.atelier.server.design;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import dev.atelier.server.testing.TestAccounts;
import dev.atelier.server.testing.TestImages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the user trial of session 16 found around "Complete it for me": an upload after the cheapest
 * completion refused silently, a stale "why" in the 3D view after a repair, completion stopping
 * after the measurements dialog, a plain message for a completion that took too long, and module
 * subtotals read as ordinary price rows. Screenshots: {@code target/screenshots/completion/}.
 */
@Tag("slow")
class BrowserCompletionFindingsTest {

  @RegisterExtension static final BrowserFixture browser = BrowserFixture.webGl();

  private static Path flatArt;
  private static Path photo;

  @BeforeAll
  static void fixtures() throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "completion-fixtures"));
    flatArt = dir.resolve("art.png");
    BufferedImage art = new BufferedImage(120, 120, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = art.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 120, 120);
    g.setColor(new Color(0xb3261e));
    g.fillOval(20, 20, 80, 80);
    g.dispose();
    ImageIO.write(art, "png", flatArt.toFile());
    photo = dir.resolve("photo.png");
    ImageIO.write(TestImages.photoLike(240, 300), "png", photo.toFile());
  }

  @Test
  void anUploadAfterTheCheapestCompletionReplacesWhatTheCompletionDecided() {
    String email = browser.account(Role.CUSTOMER);
    for (int[] size : new int[][] {{1280, 900}, {390, 844}}) {
      Page page = browser.page(size[0], size[1]);
      page.setDefaultTimeout(120_000);
      browser.signIn(page, email, "/p/sneakers");
      ConfiguratorPage sneakers = new ConfiguratorPage(page).idle();
      sneakers.complete();
      assertThat(page.locator("#price-status")).hasText("Your design is complete");

      Locator upload = page.locator("#upload-tongue");
      upload.scrollIntoViewIfNeeded();
      upload.setInputFiles(flatArt);
      sneakers.idle();
      assertThat(page.locator("#upload-tongue-error")).isEmpty();
      assertThat(page.locator("#art-image-tongue")).isVisible();
      assertThat(page.locator("#upload-tongue-status")).containsText("art.png: 120 × 120 pixels");
      Chromium.screenshot(page, "completion/upload-after-complete-" + size[0]);

      // A real conflict: embroidery chosen, then a photo. The page says why and offers the repair.
      sneakers.choose("tongue_technique", "embroidery");
      upload.setInputFiles(photo);
      dialogOrIdle(page);
      Chromium.screenshot(page, "completion/photo-on-embroidery-" + size[0]);
      assertThat(sneakers.dialog()).isVisible();
      // The photo's colours (thousands) are the first rule in the way.
      assertThat(page.locator("#repair-why")).containsText("Embroidery takes at most 6 colours");
      page.locator("#repair-cancel").click();
      sneakers.idle();
      assertThat(page.locator("#upload-tongue-error"))
          .hasText("photo.png is not placed: Embroidery takes at most 6 colours here");
      assertThat(page.locator("#upload-tongue-status")).isEmpty();
      Chromium.screenshot(page, "completion/photo-not-placed-" + size[0]);

      upload.setInputFiles(photo);
      dialogOrIdle(page);
      assertThat(sneakers.dialog()).isVisible();
      sneakers.acceptRepair();
      assertThat(page.locator("#upload-tongue-error")).isEmpty();
      assertThat(page.locator("#upload-tongue-status")).containsText("photo.png: 240 × 300 pixels");
      assertThat(sneakers.option("tongue_technique", "embroidery")).not().isChecked();
      page.context().close();
    }
  }

  /** Where the camera of the 3D view stands (software GL keeps it in the scene). */
  private static final String CAMERA =
      "() => window.__atelier.scene.children.find((c) => c.isCamera).position.toArray()"
          + ".map((v) => v.toFixed(3)).join()";

  @Test
  void aRepairClearsTheWhyAndPutsTheCameraBack() {
    Page page = browser.page(1280, 900);
    ConfiguratorPage bike = Browser3dPreviewTest.open(page, "bicycle", browser);
    bike.choose("frame", "carbon");
    bike.card("brakes", "rim").hover();
    page.locator("#show-why").click();
    assertThat(page.locator("#preview-note")).containsText("lit up in orange");
    Object zoomed = page.evaluate(CAMERA);
    assertThat(page.evaluate("() => window.__atelier.view.state.highlighted.length"))
        .isNotEqualTo(0);
    bike.chooseRefused("brakes", "rim");
    assertThat(bike.dialog()).isVisible();
    bike.acceptRepair();
    assertThat(bike.option("brakes", "rim")).isChecked();
    assertThat(page.locator("#preview-note")).isEmpty();
    assertThat(page.locator("#show-why")).isDisabled();
    assertThat(page.locator("#show-why")).hasText("Show me why");
    assertThat(page.evaluate("() => window.__atelier.view.state.highlighted.length")).isEqualTo(0);
    Object after = page.evaluate(CAMERA);
    assertThat(after).isNotEqualTo(zoomed);
    Chromium.screenshot(page, "completion/why-cleared-after-repair");
    // The camera is where "Reset view" puts it.
    page.locator("#view-reset").click();
    assertThat(page.evaluate(CAMERA)).isEqualTo(after);
    page.context().close();
  }

  @Test
  void completeGoesOnAfterTheMeasurementsAndSaysPlainlyWhenItTookTooLong() {
    Page page = browser.page(390, 844);
    page.setDefaultTimeout(120_000);
    ConfiguratorPage jeans = new ConfiguratorPage(page).open(browser.url("/p/jeans"));
    // The first try takes too long on the server: a plain message and a retry.
    page.route(
        "**/api/designs/complete",
        route ->
            route.fulfill(
                new com.microsoft.playwright.Route.FulfillOptions()
                    .setStatus(503)
                    .setContentType("application/problem+json")
                    .setBody(
                        "{\"type\":\"/problems/timed-out\",\"title\":\"Timed out\",\"status\":503,"
                            + "\"detail\":\"deadline passed while completing\"}")));
    jeans.complete();
    assertThat(page.locator("#status")).containsText("That took too long — try again");
    assertThat(page.locator("#status")).not().containsText("deadline");
    Chromium.screenshot(page, "completion/too-long-phone");
    page.unroute("**/api/designs/complete");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Try again")).click();
    jeans.idle();
    assertThat(page.locator("#price-status")).hasText("Your design is complete");
    Chromium.screenshot(page, "completion/completed-after-measurements-phone");
    page.context().close();
  }

  @Test
  void moduleSubtotalsAreHeadingsSoTheAmountsAddUpToTheTotal() {
    Page page = browser.page(1280, 900);
    ConfiguratorPage pc = new ConfiguratorPage(page).open(browser.url("/p/pc"));
    pc.complete();
    page.locator(".price-details summary").click();
    for (String language : List.of("en", "de")) {
      switchLanguage(page, language);
      pc.idle();
      page.locator(".price-details").evaluate("d => d.open = true");
      assertThat(page.locator("#price-lines dt.price-instance").first()).isVisible();
      assertThat(amounts(page, "#price-lines dd")).isEqualTo(cents(pc.total()));
      Chromium.screenshot(page, "completion/pc-breakdown-" + language);
    }
    page.context().close();

    TestAccounts.Caller buyer = TestAccounts.create(browser.server(), Role.CUSTOMER);
    JsonNode design = browser.cheapest("pc").body().get("design");
    String id = browser.order(buyer, design, "subtotals-1").body().get("id").asText();
    Page orders = browser.page(390, 844);
    browser.signIn(orders, buyer.email(), "/orders/order.html?id=" + id);
    for (String language : List.of("en", "de")) {
      orders.locator("#language [data-language=" + language + "]").click();
      assertThat(orders.locator("#price tr.price-instance").first()).isVisible();
      long total = cents(orders.locator("#price tfoot tr").last().locator("td").textContent());
      assertThat(amounts(orders, "#price tbody td:nth-child(2)")).isEqualTo(total);
      Chromium.screenshot(orders, "completion/order-breakdown-" + language);
    }
    orders.context().close();
  }

  /**
   * Switches the configurator to {@code language} and waits for the panels drawn anew in it: the
   * page draws them after the language's texts have loaded, so a price breakdown opened before then
   * is replaced by a closed one.
   */
  private static void switchLanguage(Page page, String language) {
    if (language.equals(page.evaluate("() => document.documentElement.lang"))) {
      return;
    }
    page.locator(".price-details").evaluate("d => d.dataset.drawnBefore = 'true'");
    page.locator("#language [data-language=" + language + "]").click();
    page.waitForFunction(
        "() => document.documentElement.lang === '"
            + language
            + "' && document.querySelector('.price-details:not([data-drawn-before])') !== null");
  }

  /** Waits until the repair dialog is open or the page is idle. */
  private static void dialogOrIdle(Page page) {
    page.waitForFunction(
        "() => document.getElementById('repair-dialog') !== null"
            + " || !document.getElementById('app').hasAttribute('aria-busy')");
  }

  /** The sum of the amounts in the cells {@code selector} matches, in cents. */
  private static long amounts(Page page, String selector) {
    return page.locator(selector).allTextContents().stream()
        .mapToLong(BrowserCompletionFindingsTest::cents)
        .sum();
  }

  /** "€1,234.50", "1.234,50 €", "−€100.00" or "from €…" in cents. */
  private static long cents(String money) {
    long digits = Long.parseLong(money.replaceAll("[^0-9]", ""));
    return money.contains("−") || money.contains("-") ? -digits : digits;
  }
}
