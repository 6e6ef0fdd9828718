package dev.atelier.server.design;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import dev.atelier.server.testing.TestImages;
import dev.atelier.server.testing.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Designed by me" in the browser: a first-time shopper puts a photo on the sneakers' tongue,
 * places and scales it, finds embroidery greyed for the photo with the reason, chooses print,
 * completes the design and orders it with the artwork; on a phone the surface works the same way.
 * The journey on to staff and the print files: {@code BrowserPrintJourneyTest} (slow). Screenshots:
 * {@code target/screenshots/surface/}.
 */
class BrowserDesignSurfaceTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  private static Path photo;
  private static Path notAnImage;

  @BeforeAll
  static void fixtures() throws IOException {
    photo = TestImages.photoPng("surface-fixtures", "holiday-photo.png");
    notAnImage = photo.resolveSibling("notes.png");
    Files.writeString(notAnImage, "these are my notes, not a picture", StandardCharsets.UTF_8);
  }

  @Test
  void aShopperPutsAPhotoOnTheTongueAndOrdersItPrinted() throws JsonProcessingException {
    Page page = browser.page(1280, 800);
    browser.signUp(page, "first-artwork@example.org", "my own artwork password");
    ConfiguratorPage sneakers = new ConfiguratorPage(page).open(browser.url("/p/sneakers"));
    Locator tongue = page.locator("#surface-tongue");
    assertThat(tongue).containsText("40 × 50 mm");
    tongue.scrollIntoViewIfNeeded();

    // A file that is no picture: the server's reason is shown, naming the problem.
    page.locator("#upload-tongue").setInputFiles(notAnImage);
    assertThat(page.locator("#upload-tongue-error")).containsText("notes.png was refused");
    assertThat(page.locator("#upload-tongue")).hasAttribute("aria-invalid", "true");
    shot(page, "desktop-1-refused");

    page.locator("#upload-tongue").setInputFiles(photo);
    sneakers.idle();
    Locator image = page.locator("#art-image-tongue");
    assertThat(image).isVisible();
    String upload = image.locator("image").getAttribute("href").replaceAll(".*/", "");
    // 240 px give 40 mm at 150 dpi; the safe area (3 mm margin, on the grid) 30 × 40 mm.
    assertThat(image).hasAttribute("aria-label", Pattern.compile(".*30 × 40 mm at 5, 5 mm.*"));
    assertThat(page.locator("#upload-tongue-error")).isEmpty();
    shot(page, "desktop-2-uploaded");

    // Scale down by keyboard (one grid step per arrow), then drag it right and down by the pointer.
    page.locator("#size-tongue").focus();
    page.keyboard().press("ArrowLeft");
    sneakers.idle();
    page.keyboard().press("ArrowLeft");
    sneakers.idle();
    // The box keeps its centre (22.5, 25 mm), snapped to the grid.
    assertThat(image).hasAttribute("aria-label", Pattern.compile(".*20 × 25 mm at 15, 15 mm.*"));
    drag(page, image, -5, 5);
    sneakers.idle();
    assertThat(image).hasAttribute("aria-label", Pattern.compile(".*20 × 25 mm at 10, 20 mm.*"));
    image.focus();
    page.keyboard().press("ArrowLeft");
    sneakers.idle();
    assertThat(image).hasAttribute("aria-label", Pattern.compile(".*20 × 25 mm at 5, 20 mm.*"));

    // The photo rules embroidery out, with the reason, exactly like any other choice.
    assertThat(sneakers.refusalReason("tongue_technique", "embroidery"))
        .isEqualTo("A photo cannot be embroidered");
    sneakers.option("tongue_technique", "embroidery").focus();
    shot(page, "desktop-3-embroidery-greyed");
    Chromium.screenshot(tongue, "surface/desktop-3-tongue");
    // Print was chosen as the photo arrived (the cheapest that fits); the greyed value says why.
    assertThat(sneakers.option("tongue_technique", "print")).isChecked();

    sneakers.complete();
    shot(page, "desktop-4-complete");
    page.locator("#order").click();
    page.locator("#review-place").click();
    page.waitForURL(Pattern.compile(".*/orders/order\\.html\\?id=\\d+"));
    String orderId = page.url().replaceAll(".*id=", "");
    JsonNode order =
        TestServer.JSON.readTree(page.request().get(browser.url("/api/orders/" + orderId)).text());
    Map<String, String> decided = decisions(order.get("design"));
    assertThat(decided)
        .containsEntry("tongue_technique", "print")
        .containsEntry("tongue_width", "20")
        .containsEntry("tongue_height", "25")
        .containsEntry("tongue_x", "5")
        .containsEntry("tongue_y", "20")
        .containsEntry("tongue_photo", "true")
        .containsEntry("tongue_px_w", "240")
        .containsEntry("tongue_colours", "7");
    // The order carries the artwork: the upload and its rotation.
    assertThat(order.get("artwork").get("tongue").get("upload").asText()).isEqualTo(upload);
    assertThat(order.get("artwork").get("tongue").get("rotation").asInt()).isZero();
    shot(page, "desktop-5-ordered");
    // What staff do with it (the queue, the worker, the downloads): BrowserPrintJourneyTest.
    page.context().close();
  }

  @Test
  void onAPhoneTheSurfaceTakesAPhotoAndGreysEmbroidery() {
    Page page = browser.page(390, 844);
    ConfiguratorPage sneakers = withPhoto(page);
    assertThat(sneakers.refusalReason("tongue_technique", "embroidery"))
        .isEqualTo("A photo cannot be embroidered");
    assertThat(page.locator("#surface-tongue"))
        .hasJSProperty(
            "scrollWidth", page.locator("#surface-tongue").evaluate("e => e.clientWidth"));
    shot(page, "phone-1-page");
    // The picture stays at the top of a phone's screen: the surface is seen below it.
    for (String part : new String[] {"canvas", "technique"}) {
      String selector =
          part.equals("canvas") ? "#surface-tongue .surface-canvas" : "#field-tongue_technique";
      page.locator(selector).evaluate("e => e.scrollIntoView({block: 'end'})");
      page.screenshot(new Page.ScreenshotOptions().setPath(shots("phone-2-" + part)));
    }
    page.context().close();
  }

  /** The sneakers' configurator in page with the photo uploaded to the tongue, shown. */
  private static ConfiguratorPage withPhoto(Page page) {
    ConfiguratorPage sneakers = new ConfiguratorPage(page).open(browser.url("/p/sneakers"));
    page.locator("#upload-tongue").setInputFiles(photo);
    sneakers.idle();
    assertThat(page.locator("#art-image-tongue")).isVisible();
    return sneakers;
  }

  /**
   * The 3D part without WebGL (scene graph only, as RecipeConfigurationsTest builds recipes): the
   * uploaded image lies on the sneakers' tongue as a plane of the area's size, its texture drawn at
   * the placed box once the image has loaded.
   */
  @Test
  void theArtworkLiesOnTheTongueOfTheThreeDimensionalShoe() {
    Page page = browser.page(1280, 800);
    withPhoto(page);
    String url = page.locator("#art-image-tongue image").getAttribute("href");
    @SuppressWarnings("unchecked")
    Map<String, Object> plane = (Map<String, Object>) page.evaluate(THREE_D, url);
    assertThat(plane)
        .containsEntry("parent", "part:tongue")
        .containsEntry("width", "40 mm")
        .containsEntry("height", "50 mm")
        .containsEntry("inside", true)
        .containsEntry("outside", false);
    page.context().close();
  }

  /** Builds the sneakers' recipe headless with the artwork: the plane, its size and texture. */
  private static final String THREE_D =
      """
      async (url) => {
        const { RecipeContext } = await import('/js/three/kit.js');
        const { placeArtwork } = await import('/js/three/artwork3d.js');
        const THREE = await import('three');
        const recipe = (await import('/js/three/recipes/sneakers.js')).default;
        const version = (await (await fetch('/api/products/sneakers')).json()).latest;
        const detail = await (await fetch(`/api/products/sneakers/versions/${version}`)).json();
        const values = { model: 'high', material: 'canvas', upper_colour: 'white' };
        const root = new THREE.Group();
        recipe.build(new RecipeContext(detail.presentation, detail.attributes.map((a) => a.id), values, {}), root);
        const art = { area: 'tongue', widthMm: 40, heightMm: 50, box: { x: 5, y: 5, w: 30, h: 40 }, rotation: 0, url, widthPx: 240, heightPx: 300 };
        let drawn;
        const loaded = new Promise((resolve) => { drawn = resolve; });
        placeArtwork(root, [art], values, drawn);
        // The flat view loaded the image already: then it is drawn at once (no redraw is asked).
        const probe = new Image();
        probe.src = url;
        if (probe.complete) drawn();
        setTimeout(drawn, 10000);
        await loaded;
        const plane = root.getObjectByName('artwork:tongue');
        const canvas = plane.material.map.image;
        const alpha = (x, y) => canvas.getContext('2d').getImageData(x * 8, y * 8, 1, 1).data[3];
        plane.geometry.computeBoundingBox();
        const size = plane.geometry.boundingBox.getSize(new THREE.Vector3());
        return { parent: plane.parent.name, width: `${Math.round(size.x * 1000)} mm`, height: `${Math.round(size.y * 1000)} mm`,
          inside: alpha(20, 25) > 0, outside: alpha(2, 2) > 0 };
      }
      """;

  private static void drag(Page page, Locator target, int dxMm, int dyMm) {
    // The drawing's scale: the area is 40 mm wide plus 3 mm either side in the viewBox.
    var svg = page.locator("#surface-tongue svg.art-canvas").boundingBox();
    double perMm = svg.width / 46;
    Chromium.drag(page, target.boundingBox(), dxMm * perMm, dyMm * perMm);
  }

  static Map<String, String> decisions(JsonNode design) {
    Map<String, String> map = new HashMap<>();
    design
        .get("decisions")
        .forEach(d -> map.put(d.get("attribute").asText(), d.get("value").asText()));
    return map;
  }

  static void shot(Page page, String name) {
    Chromium.screenshot(page, "surface/" + name);
  }

  /** The path of a screenshot in target/screenshots/surface. */
  private static Path shots(String name) {
    return Chromium.SCREENSHOTS.resolve("surface").resolve(name + ".png");
  }
}
