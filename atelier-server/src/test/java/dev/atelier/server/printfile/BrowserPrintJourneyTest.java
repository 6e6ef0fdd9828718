package dev.atelier.server.printfile;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.atelier.server.http.Role;
import dev.atelier.server.production.QueuedOperation;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import dev.atelier.server.testing.GermanPages;
import dev.atelier.server.testing.TestImages;
import dev.atelier.server.testing.TestServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17's print-file journey through the pages, on a desktop (1280 × 900) and a phone (390 ×
 * 844): a shopper uploads a PNG photo to the sneakers' tongue, places it, finds embroidery greyed
 * with the reason, chooses print and orders; staff find the order on the floor by its number, open
 * the work centre's queue from it, see the files pending, and (after the worker) download the PDF
 * and the 300 dpi PNG from the queue's links: the PNG is the tongue at 300 dpi, the PDF has the
 * sRGB output intent; {@code order.placed} names the tongue's files as pending and {@code
 * print-files.ready} references exactly the downloaded files. On the phone the staff read the pages
 * in German, area names included. Screenshots after each step in {@code
 * target/screenshots/print-journey/}. Slow: two journeys, each a shopper and a staff browser.
 */
@Tag("slow")
class BrowserPrintJourneyTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  private static Path photo;

  @BeforeAll
  static void fixtures() throws IOException {
    photo = TestImages.photoPng("print-journey-fixtures", "beach-photo.png");
    // Two browsers and a server on a shared machine: pages may take many seconds under load.
    PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
  }

  @AfterAll
  static void defaultTimeout() {
    PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
  }

  @Test
  void onADesktop() throws IOException {
    journey("desktop", 1280, 900, "en");
  }

  @Test
  void onAPhoneWithGermanStaff() throws IOException {
    journey("phone", 390, 844, "de");
  }

  private static void journey(String device, int width, int height, String staffLanguage)
      throws IOException {
    String orderId = shopperOrders(device, width, height);
    QueuedOperation first = browser.operations(orderId).get(0);

    // Staff find the order on the floor by the number the shopper sees, and open its queue.
    Page staff = browser.page(width, height);
    staff.setDefaultTimeout(60_000);
    staff.addInitScript("localStorage.setItem('atelier.language', '" + staffLanguage + "')");
    browser.signIn(staff, browser.account(Role.STAFF), "/staff/index.html");
    staff.locator("#order-number").fill("#" + orderId);
    staff.locator("#find-order button").click();
    Locator found = staff.locator("#work-" + first.productionOrderId());
    assertThat(found).containsText("#" + orderId);
    assertThat(found)
        .containsText(staffLanguage.equals("de") ? "Individuelle Sneaker" : "Custom sneakers");
    shot(staff, device, "5-staff-found");
    found.locator(".where a[href='/staff/queue.html?id=" + first.workCentre() + "']").click();
    staff.waitForURL("**/staff/queue.html?id=" + first.workCentre());
    Locator card = staff.locator("#job-" + first.id());
    String tongue = staffLanguage.equals("de") ? "Zunge" : "Tongue";
    assertThat(staff.locator("#print-files-pending-" + first.id()))
        .hasText(
            (staffLanguage.equals("de") ? "Druckdateien in Arbeit: " : "Print files pending: ")
                + tongue);
    assertThat(staff.locator("#start-" + first.id())).isDisabled();
    // The card names the order as the shopper knows it; the production order's id is folded away.
    assertThat(card.locator("h2")).containsText("#" + orderId);
    assertThat(card.locator("dl")).not().containsText(first.productionOrderId());
    staff.locator("#print-files-pending-" + first.id()).scrollIntoViewIfNeeded();
    shot(staff, device, "6-staff-queue-pending");

    // The worker renders the files (here in the test's thread); the queue links them.
    try (PrintJobWorker worker =
        new PrintJobWorker(
            browser.server().database.jdbi(), browser.server().catalogue, Clock.systemUTC(), 1)) {
      org.assertj.core.api.Assertions.assertThat(worker.drain()).isEqualTo(1);
    }
    staff.reload();
    Locator links = staff.locator("#print-files-" + first.id() + " a");
    assertThat(links).hasText(new String[] {tongue + " PNG", tongue + " PDF"});
    assertThat(staff.locator("#start-" + first.id())).isEnabled();
    if (staffLanguage.equals("de")) {
      GermanPages.assertNoEnglish(staff, List.of("tongue", "sneakers"));
    }
    links.first().scrollIntoViewIfNeeded();
    shot(staff, device, "7-staff-queue-files");

    byte[] png = download(staff, links.nth(0));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(PrintFileRenderer.pixels(40)).isEqualTo(472);
    assertThat(image.getHeight()).isEqualTo(PrintFileRenderer.pixels(50));
    assertThat(PrintFileRendererTest.pixelsPerMetre(png)).isEqualTo(11811); // 300 dpi
    byte[] pdf = download(staff, links.nth(1));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getDocumentCatalog().getOutputIntents())
          .singleElement()
          .satisfies(
              i -> assertThat(i.getOutputConditionIdentifier()).isEqualTo(PrintFileRenderer.SRGB));
    }

    // order.placed named the tongue's files as coming; print-files.ready references the downloads.
    JsonNode placed = event(orderId, "order.placed");
    assertThat(placed.at("/data/lines/0/productionOrderId").asText())
        .isEqualTo(first.productionOrderId());
    assertThat(placed.at("/data/lines/0/printFilesPending").toString()).isEqualTo("[\"tongue\"]");
    JsonNode ready = event(orderId, "print-files.ready");
    assertThat(ready.at("/data/productionOrderId").asText()).isEqualTo(first.productionOrderId());
    assertThat(ready.at("/data/printFiles").findValuesAsText("sha256"))
        .containsExactlyInAnyOrder(sha256(png), sha256(pdf));
    assertThat(ready.at("/data/printFiles").findValuesAsText("path"))
        .containsExactlyInAnyOrder(
            links.nth(0).getAttribute("href"), links.nth(1).getAttribute("href"));
    staff.context().close();
  }

  /** The shopper's half: upload, place, embroidery greyed, print, order. The order's number. */
  private static String shopperOrders(String device, int width, int height) {
    Page page = browser.page(width, height);
    page.setDefaultTimeout(60_000);
    browser.signUp(page, "journey-" + device + "@example.org", "a journey password");
    ConfiguratorPage sneakers = new ConfiguratorPage(page).open(browser.url("/p/sneakers"));
    page.locator("#surface-tongue").scrollIntoViewIfNeeded();
    page.locator("#upload-tongue").setInputFiles(photo);
    sneakers.idle();
    Locator image = page.locator("#art-image-tongue");
    assertThat(image).hasAttribute("aria-label", Pattern.compile(".*30 × 40 mm at 5, 5 mm.*"));
    shot(page, device, "1-uploaded");

    // Placed: two steps smaller by the size slider, one grid step left by the arrow key.
    page.locator("#size-tongue").focus();
    page.keyboard().press("ArrowLeft");
    sneakers.idle();
    page.keyboard().press("ArrowLeft");
    sneakers.idle();
    image.focus();
    page.keyboard().press("ArrowLeft");
    sneakers.idle();
    assertThat(image).hasAttribute("aria-label", Pattern.compile(".*20 × 25 mm at 10, 15 mm.*"));
    shot(page, device, "2-placed");

    assertThat(sneakers.refusalReason("tongue_technique", "embroidery"))
        .isEqualTo("A photo cannot be embroidered");
    sneakers.option("tongue_technique", "embroidery").scrollIntoViewIfNeeded();
    shot(page, device, "3-embroidery-greyed");
    // The page chose print as the photo arrived (the cheapest technique that fits).
    assertThat(sneakers.option("tongue_technique", "print")).isChecked();
    sneakers.complete();
    page.locator("#order").click();
    page.locator("#review-place").click();
    page.waitForURL(Pattern.compile(".*/orders/order\\.html\\?id=\\d+"));
    String orderId = page.url().replaceAll(".*id=", "");
    assertThat(page.locator("body")).containsText("#" + orderId);
    shot(page, device, "4-ordered");
    page.context().close();
    return orderId;
  }

  /** Clicks a download link and answers the downloaded bytes. */
  private static byte[] download(Page page, Locator link) throws IOException {
    Download download = page.waitForDownload(link::click);
    assertThat(download.failure()).isNull();
    return Files.readAllBytes(download.path());
  }

  private static JsonNode event(String orderId, String type) throws IOException {
    String body =
        browser
            .server()
            .database
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT body FROM outbox_event WHERE order_id = :o AND type = :t")
                        .bind("o", orderId)
                        .bind("t", type)
                        .mapTo(String.class)
                        .one());
    return TestServer.JSON.readTree(body);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void shot(Page page, String device, String name) {
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(
                Chromium.SCREENSHOTS
                    .resolve("print-journey")
                    .resolve(device + "-" + name + ".png")));
  }
}
