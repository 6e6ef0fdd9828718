package dev.atelier.server.design;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.atelier.server.http.Role;
import dev.atelier.server.printfile.PlacedTextTest;
import dev.atelier.server.printfile.PrintJobWorker;
import dev.atelier.server.production.QueuedOperation;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import dev.atelier.server.testing.TestServer;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One position for text (issue 17): the shopper types the monogram on the sneakers' heel (desktop)
 * and the patch text on the jeans' back patch (phone) on the design surface, moves it with the
 * arrow keys (and on the heel turns it a quarter with the rotation slider, by keyboard: the
 * surface's text, the 3D texture's ink and the saved design turned; the flat picture and back),
 * saves, reloads, orders; staff download the PDF, and the print file's text is where it was placed,
 * turned as on the surface; the 3D view draws it at the same spot and turn; the jeans' step field
 * stays in sync. Screenshots: {@code target/screenshots/placed-text/}.
 */
@Tag("slow")
class BrowserPlacedTextTest {

  @RegisterExtension static final BrowserFixture browser = BrowserFixture.webGl();

  @Test
  void theMonogramOnTheHeelIsPrintedWhereItWasPlaced() throws IOException {
    Page page = browser.page(1280, 900);
    page.addInitScript("localStorage.setItem('atelier.view3d', 'on')");
    browser.signUp(page, "placed-text@example.org", "my placed text password");
    ConfiguratorPage sneakers = new ConfiguratorPage(page).open(browser.url("/p/sneakers"));
    page.locator("#surface-heel").scrollIntoViewIfNeeded();
    Locator input = page.locator("#surface-text-heel");
    input.fill("JMK");
    input.press("Tab");
    sneakers.idle();
    sneakers.enterNumber("heel_text_mm", "4");
    Locator text = page.locator("#art-text-heel");
    // The model's position (centre of the safe area) until the shopper moves it.
    assertThat(text).hasAttribute("aria-label", Pattern.compile(".*JMK.* at 30, 15 mm.*"));
    move(page, text, "ArrowLeft", "ArrowLeft", "ArrowUp");
    assertThat(text).hasAttribute("aria-label", Pattern.compile(".*JMK.* at 20, 10 mm.*"));
    page.waitForFunction(PLACED_3D, new Object[] {"heel", 20, 10, 0});
    shot(page, "heel", "desktop-1-moved");
    Map<?, ?> flat = textureInk(page, "heel");
    assertThat(num(flat, "w")).as("3D texture ink, unturned " + flat).isGreaterThan(num(flat, "h"));
    // A quarter turn about its centre with the slider a person sees (six steps of 15° by keyboard):
    // drawn turned on the surface and in 3D, centre kept.
    Locator turn = page.locator("#rotate-text-heel");
    turn.scrollIntoViewIfNeeded();
    turn.focus();
    for (int degrees = 15; degrees <= 90; degrees += 15) {
      page.keyboard().press("ArrowRight");
      assertThat(page.locator("#rotate-text-heel + output")).hasText(degrees + "°");
      sneakers.idle();
    }
    assertThat(text).hasAttribute("data-rotation", "90");
    assertThat(text).hasAttribute("transform", Pattern.compile("rotate\\(90 20 10\\)"));
    page.waitForFunction(PLACED_3D, new Object[] {"heel", 20, 10, 90});
    // The 3D texture's ink is turned too (taller than wide) about the same centre (mm).
    Map<?, ?> turned = textureInk(page, "heel");
    assertThat(num(turned, "h"))
        .as("3D texture ink, turned " + turned)
        .isGreaterThan(num(turned, "w"));
    assertThat(num(turned, "cx")).as("centre " + turned).isCloseTo(20, offset(1.0));
    assertThat(num(turned, "cy")).as("centre " + turned).isCloseTo(10, offset(1.0));
    assertThat(num(turned, "cx")).isCloseTo(num(flat, "cx"), offset(1.0));
    // Editing the heel's text turned the camera to the back, where the heel is.
    page.waitForFunction("() => window.__atelier.view.state.view === 'back'");
    shot(page, "heel", "desktop-1-turned");
    // The flat picture (the 2D switch) turns the monogram alike, and back to 3D.
    page.locator("#view-2d").click();
    assertThat(page.locator(".preview-card")).hasAttribute("data-view", "svg");
    assertThat(page.locator(".preview-card .preview-text"))
        .hasAttribute("transform", Pattern.compile("rotate\\(90 [\\d.]+ [\\d.]+\\)"));
    Chromium.screenshot(page.locator(".preview-card"), "placed-text/desktop-1-turned-flat");
    page.locator("#view-2d").click();
    assertThat(page.locator(".preview-card")).hasAttribute("data-view", "3d");

    String link = sneakers.save();
    JsonNode saved =
        json(
            page.request()
                .get(browser.url("/api/saved-designs/" + link.replaceAll(".*/d/", "")))
                .text());
    assertThat(saved.at("/artwork/heel/text/rotation").asInt()).as(saved.toString()).isEqualTo(90);
    assertThat(saved.at("/artwork/heel/text/x").asDouble()).isEqualTo(20);
    page.reload();
    sneakers.idle();
    assertThat(text).hasAttribute("aria-label", Pattern.compile(".*JMK.* at 20, 10 mm.*"));
    assertThat(text).hasAttribute("data-rotation", "90");
    page.waitForFunction(PLACED_3D, new Object[] {"heel", 20, 10, 90});
    page.locator("#surface-heel").scrollIntoViewIfNeeded();
    shot(page, "heel", "desktop-2-reloaded");

    orderAndCheck(page, sneakers, "heel", 20, 10, 90, "desktop-3");
  }

  @Test
  void thePatchTextIsEditedOnThePatchOnAPhone() throws IOException {
    Page page = browser.page(390, 844);
    page.addInitScript("localStorage.setItem('atelier.view3d', 'on')");
    browser.signUp(page, "patch-text@example.org", "my patch text password");
    ConfiguratorPage jeans = new ConfiguratorPage(page).open(browser.url("/p/jeans"));
    Locator input = page.locator("#surface-text-backpatch");
    input.scrollIntoViewIfNeeded();
    input.fill("ATELIER");
    input.press("Tab");
    jeans.idle();
    // The step's own field shows the same text, and typing there changes the surface's.
    assertThat(page.locator("#text-patch_text")).hasValue("ATELIER");
    jeans.enterText("patch_text", "DENIM");
    assertThat(input).hasValue("DENIM");
    Locator text = page.locator("#art-text-backpatch");
    // Fitted to the patch's width, the text moves up and down only.
    assertThat(text).hasAttribute("aria-label", Pattern.compile(".*DENIM.* at 40, 25 mm.*"));
    move(page, text, "ArrowDown", "ArrowDown");
    assertThat(text).hasAttribute("aria-label", Pattern.compile(".*DENIM.* at 40, 35 mm.*"));
    page.waitForFunction(PLACED_3D, new Object[] {"backpatch", 40, 35, 0});
    shot(page, "backpatch", "phone-1-moved");

    jeans.save();
    page.reload();
    jeans.idle();
    assertThat(text).hasAttribute("aria-label", Pattern.compile(".*DENIM.* at 40, 35 mm.*"));
    orderAndCheck(page, jeans, "backpatch", 40, 35, 0, "phone-2");
  }

  /** Focuses the drawn text and presses keys (one grid step each). */
  private static void move(Page page, Locator text, String... keys) {
    text.focus();
    for (String key : keys) {
      page.keyboard().press(key);
    }
  }

  /**
   * The ink (alpha over half) of the 3D view's texture on area's artwork plane: its width, height
   * and centre in mm of the area (the texture has 8 px a mm).
   */
  private static Map<?, ?> textureInk(Page page, String area) {
    return (Map<?, ?>)
        page.evaluate(
            """
            (area) => {
              const c = window.__atelier.scene.getObjectByName('artwork:' + area).material.map.image;
              const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
              let [x0, y0, x1, y1] = [c.width, c.height, -1, -1];
              for (let y = 0; y < c.height; y++) {
                for (let x = 0; x < c.width; x++) {
                  if (d[(y * c.width + x) * 4 + 3] > 128) {
                    x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
                  }
                }
              }
              return { w: (x1 - x0 + 1) / 8, h: (y1 - y0 + 1) / 8, cx: (x0 + x1 + 1) / 16, cy: (y0 + y1 + 1) / 16 };
            }
            """,
            area);
  }

  private static double num(Map<?, ?> m, String key) {
    return ((Number) m.get(key)).doubleValue();
  }

  /**
   * True once the 3D view's artwork plane of area draws the text centred at (x, y) mm, turned by
   * rotation degrees.
   */
  private static final String PLACED_3D =
      """
      ([area, x, y, rotation]) => {
        const t = window.__atelier?.scene?.getObjectByName('artwork:' + area)?.userData.text;
        return t && Math.abs(t.x - x) < 0.01 && Math.abs(t.y - y) < 0.01 && t.rotation === rotation;
      }
      """;

  /**
   * Completes and orders the design; the order carries the placed text; the worker renders the
   * files, staff download the PDF, and the PNG's ink is centred at (x, y) mm (taller than wide when
   * turned a quarter).
   */
  private static void orderAndCheck(
      Page page, ConfiguratorPage cp, String area, int x, int y, int rotation, String name)
      throws IOException {
    cp.complete();
    page.locator("#order").click();
    page.locator("#review-place").click();
    page.waitForURL(Pattern.compile(".*/orders/order\\.html\\?id=\\d+"));
    String orderId = page.url().replaceAll(".*id=", "");
    JsonNode order = json(page.request().get(browser.url("/api/orders/" + orderId)).text());
    assertThat(order.at("/artwork/" + area + "/text/x").asDouble()).isEqualTo(x);
    assertThat(order.at("/artwork/" + area + "/text/y").asDouble()).isEqualTo(y);
    assertThat(order.at("/artwork/" + area + "/text/rotation").asInt()).isEqualTo(rotation);
    shot(page, null, name + "-ordered");

    QueuedOperation first = browser.operations(orderId).get(0);
    try (PrintJobWorker worker =
        new PrintJobWorker(
            browser.server().database.jdbi(), browser.server().catalogue, Clock.systemUTC(), 1)) {
      assertThat(worker.drain()).isEqualTo(1);
    }
    Page staff = browser.page();
    browser.signIn(
        staff, browser.account(Role.STAFF), "/staff/queue.html?id=" + first.workCentre());
    Locator linked = staff.locator("#print-files-" + first.id() + " a");
    // The queue names the area by its label in the model.
    String label = area.equals("heel") ? "Heel" : "Back patch";
    assertThat(linked).hasText(new String[] {label + " PNG", label + " PDF"});
    Object pdf =
        staff.evaluate(
            "p => fetch(p).then(r => r.arrayBuffer().then(b => r.status + ' '"
                + " + r.headers.get('content-type') + ' '"
                + " + String.fromCharCode(...new Uint8Array(b.slice(0, 5)))))",
            linked.nth(1).getAttribute("href"));
    assertThat(pdf.toString()).isEqualTo("200 application/pdf %PDF-");
    byte[] png = staff.request().get(browser.url(linked.nth(0).getAttribute("href"))).body();
    Path file = dir().resolve(name + "-print-file.png");
    Files.write(file, png);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    Rectangle ink = PlacedTextTest.ink(image);
    assertThat(PlacedTextTest.mm(ink.getCenterX())).as("ink " + ink).isCloseTo(x, offset(0.6));
    assertThat(PlacedTextTest.mm(ink.getCenterY())).as("ink " + ink).isCloseTo(y, offset(0.6));
    if (rotation == 90) {
      assertThat(ink.getHeight()).as("ink " + ink).isGreaterThan(ink.getWidth());
    }
    staff.context().close();
    page.context().close();
  }

  private static JsonNode json(String text) throws JsonProcessingException {
    return TestServer.JSON.readTree(text);
  }

  private static Path dir() throws IOException {
    return Files.createDirectories(Chromium.SCREENSHOTS.resolve("placed-text"));
  }

  private static void shot(Page page, String area, String name) {
    Chromium.screenshot(page, "placed-text/" + name);
    if (area != null) {
      Chromium.screenshot(page.locator("#surface-" + area), "placed-text/" + name + "-surface");
      Chromium.screenshot(page.locator("figure canvas").first(), "placed-text/" + name + "-3d");
    }
  }
}
