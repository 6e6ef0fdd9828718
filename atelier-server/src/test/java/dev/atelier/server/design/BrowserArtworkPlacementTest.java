package dev.atelier.server.design;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.atelier.server.design.BrowserDesignSurfaceTest.decisions;
import static dev.atelier.server.design.BrowserDesignSurfaceTest.shot;
import static dev.atelier.server.testing.TestImages.photoLike;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import dev.atelier.server.testing.TestImages;
import dev.atelier.server.testing.TestServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The design surface as a shopper handles it, beyond {@link BrowserDesignSurfaceTest}: turning the
 * image (the rotation slider by keyboard), scaling it by dragging the corner handle with the mouse
 * (each change is the area's decisions, sent with the artwork's rotation), a picture too small for
 * the size asked (the server's reason and its repair), files dropped on the drawing (accepted and
 * refused) and the surface on a phone. Screenshots: {@code target/screenshots/surface/}.
 */
@Tag("slow")
class BrowserArtworkPlacementTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  private static Path photo;
  private static byte[] logo;

  @BeforeAll
  static void fixtures() throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "surface-fixtures"));
    photo = dir.resolve("placement-photo.png");
    ImageIO.write(photoLike(240, 300), "png", photo.toFile());
    logo = TestImages.png(logo(150, 150));
  }

  /** Flat artwork of three colours (a logo, not a photo): embroidery and print both take it. */
  private static BufferedImage logo(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(0x1f6f3f));
    g.fillOval(width / 8, height / 8, width * 3 / 4, height * 3 / 4);
    g.setColor(new Color(0xf2c200));
    g.fillRect(width * 3 / 8, height * 3 / 8, width / 4, height / 4);
    g.dispose();
    return image;
  }

  @Test
  void turningAndTheCornerHandleBecomeTheAreasDecisions() throws JsonProcessingException {
    Page page = browser.page(1280, 800);
    List<String> sent = decideBodies(page);
    ConfiguratorPage sneakers = new ConfiguratorPage(page).open(browser.url("/p/sneakers"));
    page.locator("#upload-tongue").setInputFiles(photo);
    sneakers.idle();
    Locator image = page.locator("#art-image-tongue");
    assertThat(image).hasAttribute("aria-label", Pattern.compile(".*30 × 40 mm at 5, 5 mm.*"));

    // A quarter turn by keyboard on the rotation slider, 15° a key: the box turns landscape.
    sent.clear();
    Locator turn = page.locator("#rotate-tongue");
    turn.focus();
    for (int i = 0; i < 6; i++) {
      page.keyboard().press("ArrowRight");
      sneakers.idle();
    }
    assertThat(page.locator("#rotate-tongue + output")).hasText("90°");
    shot(page, "placement-1-turned");
    // Each change of the box was sent with the rotation it was for (a step that keeps the box on
    // the grid sends nothing; the order carries the final rotation).
    List<String> rotations = new java.util.ArrayList<>();
    for (String body : sent) {
      rotations.add(placement(body, "tongue").get("rotation"));
    }
    assertThat(rotations)
        .isNotEmpty()
        .allMatch(r -> Integer.parseInt(r) % 15 == 0 && !r.equals("0"));
    Map<String, String> turned = placement(last(sent), "tongue");
    int w = Integer.parseInt(turned.get("tongue_width"));
    int h = Integer.parseInt(turned.get("tongue_height"));
    assertThat(w).as("a turned portrait image lies wider than tall").isGreaterThan(h);
    assertThat(image)
        .hasAttribute(
            "aria-label",
            Pattern.compile(".*" + w + " × " + h + " mm at .*, turned 90°.*", Pattern.DOTALL));

    // Turned back, the image is as large as before: turning does not wear it down.
    for (int i = 0; i < 6; i++) {
      page.keyboard().press("ArrowLeft");
      sneakers.idle();
    }
    assertThat(image).hasAttribute("aria-label", Pattern.compile(".*30 × 40 mm at 5, 5 mm.*"));
    assertThat(placement(last(sent), "tongue")).containsEntry("rotation", "0");

    // The corner handle dragged 10 mm in: the box shrinks about its centre.
    sent.clear();
    dragHandle(page, "tongue", -10);
    sneakers.idle();
    assertThat(image).hasAttribute("aria-label", Pattern.compile(".*20 × 25 mm at 10, 15 mm.*"));
    assertThat(placement(last(sent), "tongue"))
        .containsEntry("tongue_width", "20")
        .containsEntry("tongue_height", "25")
        .containsEntry("tongue_x", "10")
        .containsEntry("tongue_y", "15");
    // And 5 mm out again.
    dragHandle(page, "tongue", 5);
    sneakers.idle();
    assertThat(image).hasAttribute("aria-label", Pattern.compile(".*25 × 30 mm at .*"));
    shot(page, "placement-2-scaled");
    page.context().close();
  }

  @Test
  void aPictureTooSmallForALargerSizeKeepsTheLargestSharpSize() {
    Page page = browser.page(1280, 800);
    ConfiguratorPage sneakers = new ConfiguratorPage(page).open(browser.url("/p/sneakers"));
    drop(page, "tongue", "logo.png", "image/png", logo);
    sneakers.idle();
    Locator image = page.locator("#art-image-tongue");
    // 150 px are sharp (150 dpi) up to 25 mm.
    assertThat(image).hasAttribute("aria-label", Pattern.compile(".*25 × 25 mm at .*"));
    assertThat(page.locator("#size-tongue-hint")).containsText("Sharp up to 25 mm");
    // Print was chosen as the image arrived (session 20): larger than sharp by the handle is
    // refused at once, for the server's reason, with a repair offered.
    assertThat(sneakers.option("tongue_technique", "print")).isChecked();
    dragHandle(page, "tongue", 5);
    assertThat(sneakers.dialogOrIdle()).isTrue();
    assertThat(sneakers.dialog()).containsText("150 dpi");
    shot(page, "placement-4-repair");
    // Keeping the design keeps the largest sharp size.
    page.locator("#repair-cancel").click();
    sneakers.idle();
    assertThat(sneakers.option("tongue_technique", "print")).isChecked();
    // The size stays the largest sharp one, 25 mm.
    assertThat(image).hasAttribute("aria-label", Pattern.compile(".*25 × 25 mm at .*"));
    assertThat(page.locator("#size-tongue + output")).hasText("25 × 25 mm");
    shot(page, "placement-5-repaired");
    page.context().close();
  }

  @Test
  void filesDroppedOnTheDrawingAreUploadedOrRefusedWithTheReason() {
    Page page = browser.page(1280, 800);
    ConfiguratorPage sneakers = new ConfiguratorPage(page).open(browser.url("/p/sneakers"));
    Locator heel = page.locator("#surface-heel .surface-canvas");
    heel.scrollIntoViewIfNeeded();
    // A GIF is no type the surface takes: the server refuses it and the page says why.
    byte[] gif =
        Base64.getDecoder().decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");
    JSHandle transfer = transfer(page, "party.gif", "image/gif", gif);
    heel.dispatchEvent("dragover", Map.of("dataTransfer", transfer));
    assertThat(heel).hasClass(Pattern.compile(".*\\bdropping\\b.*"));
    heel.dispatchEvent("drop", Map.of("dataTransfer", transfer));
    sneakers.idle();
    assertThat(heel).not().hasClass(Pattern.compile(".*\\bdropping\\b.*"));
    assertThat(page.locator("#upload-heel-error")).containsText("party.gif was refused: ");
    String reason = page.locator("#upload-heel-error").textContent();
    assertThat(reason.replace("party.gif was refused: ", "").trim()).isNotEmpty();
    assertThat(page.locator("#upload-heel")).hasAttribute("aria-invalid", "true");
    assertThat(page.locator("#art-image-heel")).isHidden();
    shot(page, "drop-1-refused");

    // The logo dropped on the heel is uploaded and placed there, the error gone.
    drop(page, "heel", "logo.png", "image/png", logo);
    sneakers.idle();
    assertThat(page.locator("#upload-heel-error")).isEmpty();
    assertThat(page.locator("#upload-heel")).not().hasAttribute("aria-invalid", "true");
    assertThat(page.locator("#art-image-heel")).isVisible();
    // 150 px are sharp up to 25 mm; the heel's safe area is 20 mm tall.
    assertThat(page.locator("#art-image-heel"))
        .hasAttribute("aria-label", Pattern.compile(".*20 × 20 mm at 20, 5 mm.*"));
    assertThat(page.locator("#art-image-tongue")).isHidden();
    shot(page, "drop-2-placed");
    page.context().close();
  }

  @Test
  void onAPhoneTheHandleIsWithinReachAndNothingOverflows() {
    Page page = browser.page(390, 844);
    ConfiguratorPage sneakers = new ConfiguratorPage(page).open(browser.url("/p/sneakers"));
    page.locator("#upload-tongue").setInputFiles(photo);
    sneakers.idle();
    Locator area = page.locator("#surface-tongue");
    area.scrollIntoViewIfNeeded();
    assertThat(
            (Boolean)
                page.evaluate(
                    "() => document.documentElement.scrollWidth <= window.innerWidth"
                        + " && [...document.querySelectorAll('#surface *')].every(e =>"
                        + " e.getBoundingClientRect().right <= window.innerWidth + 0.5)"))
        .as("nothing of the surface is wider than the phone")
        .isTrue();
    Map<?, ?> handle =
        (Map<?, ?>)
            page.evaluate(
                "() => { const r = document.querySelector('#art-image-tongue .art-grip')"
                    + ".getBoundingClientRect(); return { w: r.width, h: r.height }; }");
    // A finger needs about 24 CSS pixels (WCAG 2.5.8 target size).
    assertThat(((Number) handle.get("w")).doubleValue())
        .as("handle " + handle)
        .isGreaterThanOrEqualTo(24);
    shot(page, "phone-placement-1");
    // A keyboard user focusing the image from the top of the page: the browser scrolls it in, and
    // the grip is not under the sticky picture nor the fixed price bar (the finger reaches it).
    page.evaluate("window.scrollTo(0, 0)");
    page.locator("#art-image-tongue").focus();
    assertThat(
            (Boolean)
                page.evaluate(
                    "() => { const g = document.querySelector('#art-image-tongue .art-grip');"
                        + " const r = g.getBoundingClientRect();"
                        + " return [[r.left + 3, r.top + 3], [r.right - 3, r.bottom - 3]].every(([x, y]) =>"
                        + " g.contains(document.elementFromPoint(x, y))); }"))
        .as("the handle's grip is uncovered after focusing the image")
        .isTrue();
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Path.of("target", "screenshots", "surface", "phone-placement-1-focused.png")));
    dragHandle(page, "tongue", -10);
    sneakers.idle();
    assertThat(page.locator("#art-image-tongue"))
        .hasAttribute("aria-label", Pattern.compile(".*20 × 25 mm at 10, 15 mm.*"));
    page.locator("#surface-tongue .surface-canvas")
        .screenshot(
            new Locator.ScreenshotOptions()
                .setPath(
                    Path.of("target", "screenshots", "surface", "phone-placement-2-canvas.png")));
    shot(page, "phone-placement-2");
    page.context().close();
  }

  /** The bodies of the page's POST /api/designs/decide requests, in order. */
  private static List<String> decideBodies(Page page) {
    List<String> bodies = new CopyOnWriteArrayList<>();
    page.onRequest(
        r -> {
          if (r.url().endsWith("/api/designs/decide")) bodies.add(r.postData());
        });
    return bodies;
  }

  private static String last(List<String> bodies) {
    assertThat(bodies).as("decide requests").isNotEmpty();
    return bodies.get(bodies.size() - 1);
  }

  /**
   * What a decide request carries about area: the design's decisions with the one asked, and the
   * artwork's rotation as "rotation".
   */
  private static Map<String, String> placement(String body, String area)
      throws JsonProcessingException {
    JsonNode request = TestServer.JSON.readTree(body);
    Map<String, String> out = decisions(request.get("design"));
    out.put(request.get("attribute").asText(), request.get("value").asText());
    out.put("rotation", request.path("artwork").path(area).path("rotation").asText());
    return out;
  }

  /** Drags area's corner handle by dMm millimetres along the diagonal with the mouse. */
  static void dragHandle(Page page, String area, int dMm) {
    Locator handle = page.locator("#art-image-" + area + " .art-handle");
    handle.scrollIntoViewIfNeeded();
    double perMm = mmToPixels(page, area);
    Chromium.drag(page, handle.boundingBox(), dMm * perMm, dMm * perMm);
  }

  /** CSS pixels per millimetre of area's drawing. */
  private static double mmToPixels(Page page, String area) {
    return ((Number)
            page.evaluate(
                "a => document.querySelector(`#surface-${a} svg.art-canvas`).getScreenCTM().a",
                area))
        .doubleValue();
  }

  /** A DataTransfer in the page holding one file, as a drag from the desktop brings it. */
  private static JSHandle transfer(Page page, String name, String type, byte[] bytes) {
    return page.evaluateHandle(
        "([name, type, b64]) => { const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));"
            + " const dt = new DataTransfer(); dt.items.add(new File([bytes], name, { type }));"
            + " return dt; }",
        List.of(name, type, Base64.getEncoder().encodeToString(bytes)));
  }

  /** Drags a file over area's drawing and drops it there. */
  static void drop(Page page, String area, String name, String type, byte[] bytes) {
    Locator zone = page.locator("#surface-" + area + " .surface-canvas");
    JSHandle transfer = transfer(page, name, type, bytes);
    zone.dispatchEvent("dragenter", Map.of("dataTransfer", transfer));
    zone.dispatchEvent("dragover", Map.of("dataTransfer", transfer));
    zone.dispatchEvent("drop", Map.of("dataTransfer", transfer));
  }
}
