package dev.atelier.server.design;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.atelier.server.design.BrowserArtworkPlacementTest.drop;
import static dev.atelier.server.testing.TestImages.png;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shopper's artwork and "show me why" in the 3D view, drawn by chromium with WebGL2 in software
 * (SwiftShader): a flat green picture dropped on the sneakers' tongue and heel and on the jeans'
 * back patch lies on that part (scene graph: the first surface behind the picture's centre is the
 * part's) and the pixel at the projected centre of its placed box is the picture's green; "show me
 * why" for a greyed value turns the parts of the decisions in the way orange on screen and brings
 * the camera to them. Slow: software WebGL.
 */
@Tag("slow")
class BrowserArtwork3dTest {

  @RegisterExtension static final BrowserFixture browser = BrowserFixture.webGl();

  /** A flat colour no demo part has: one colour, so not a photo. */
  private static final int GREEN = 0x10c040;

  private static byte[] flat(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, GREEN);
      }
    }
    return png(image);
  }

  @Test
  void artworkOnTheTongueAndTheHeelIsDrawnOnThoseParts() {
    Page page = browser.page();
    ConfiguratorPage sneakers = Browser3dPreviewTest.open(page, "sneakers", browser);
    assertThat(page.evaluate("window.__atelier.webgl2")).isEqualTo(true);
    drop(page, "tongue", "green-tongue.png", "image/png", flat(240, 300));
    sneakers.idle();
    drop(page, "heel", "green-heel.png", "image/png", flat(360, 180));
    sneakers.idle();
    page.waitForFunction(DRAWN, "tongue");
    page.waitForFunction(DRAWN, "heel");

    page.locator("[data-view=top]").click();
    Map<?, ?> tongue = look(page, "tongue");
    assertThat(tongue.get("parent")).isEqualTo("part:tongue");
    // The low top's upper covers the tongue's middle: the picture lies on the one or the other.
    assertOnPart(tongue, "part:tongue|upper_colour=.*");
    assertGreen(tongue);
    canvasShot(page, "3d-artwork-tongue");

    page.locator("[data-view=back]").click();
    Map<?, ?> heel = look(page, "heel");
    assertOnPart(heel, "model=low");
    assertGreen(heel);
    canvasShot(page, "3d-artwork-heel");

    // The high top's collar is taller: the heel's picture rises with it and stays on it.
    sneakers.choose("model", "high");
    page.waitForFunction(DRAWN, "heel");
    page.locator("[data-view=back]").click();
    Map<?, ?> high = look(page, "heel");
    assertOnPart(high, "model=high");
    assertGreen(high);
    canvasShot(page, "3d-artwork-heel-high");
  }

  @Test
  void artworkOnTheJeansBackPatchIsDrawnOnThePatch() {
    Page page = browser.page();
    ConfiguratorPage jeans = Browser3dPreviewTest.open(page, "jeans", browser);
    drop(page, "backpatch", "green-patch.png", "image/png", flat(420, 240));
    jeans.idle();
    page.waitForFunction(DRAWN, "backpatch");
    page.locator("[data-view=detail]").click();
    Map<?, ?> patch = look(page, "backpatch");
    assertOnPart(patch, "patch=text");
    assertGreen(patch);
    canvasShot(page, "3d-artwork-backpatch");
  }

  @Test
  void showMeWhyTurnsThePartsInTheWayOrangeAndBringsTheCameraToThem() {
    Page page = browser.page();
    ConfiguratorPage sneakers = Browser3dPreviewTest.open(page, "sneakers", browser);
    sneakers.choose("model", "low");
    sneakers.choose("upper_colour", "navy");
    sneakers.enterText("monogram", "ABC");
    // A monogram on the tongue is for high tops: the model's part (the collar) is in the way.
    assertThat(sneakers.refusalReason("monogram_place", "tongue")).contains("high tops only");
    page.waitForFunction("() => window.__atelier.view.names().includes('model=low')");
    Map<?, ?> before = framed(page, "model=low");
    assertThat(blue(before)).as("the navy collar " + before).isTrue();

    sneakers.card("monogram_place", "tongue").hover();
    assertThat(page.locator("#show-why")).isEnabled();
    page.locator("#show-why").click();
    assertThat(page.locator("#preview-note")).containsText("Model");
    List<?> lit =
        (List<?>)
            page.evaluate(
                "window.__atelier.view.state.highlighted.map(h => {"
                    + " let p = h.mesh; while (p && !p.userData.attribute) p = p.parent;"
                    + " return p ? p.name : null; })");
    assertThat(lit).isNotEmpty().allMatch("model=low"::equals);
    Map<?, ?> after = framed(page, "model=low");
    List<?> rgba = (List<?>) after.get("rgba");
    assertThat(channel(rgba, 0))
        .as("the collar lit orange " + after)
        .isGreaterThan(channel(rgba, 2) + 40);
    // The camera came to the collar: it is in the middle of the picture and larger there.
    assertThat(((Number) after.get("off")).doubleValue())
        .as("collar off centre " + after)
        .isLessThan(0.15);
    assertThat(((Number) after.get("size")).doubleValue())
        .as("collar's share of the picture " + before + " -> " + after)
        .isGreaterThan(((Number) before.get("size")).doubleValue() * 1.5);
    Chromium.screenshot(page, "3d-sneakers-show-why-collar");

    page.locator("#view-reset").click();
    assertThat(page.evaluate("window.__atelier.view.state.highlighted.length")).isEqualTo(0);
    assertThat(blue(framed(page, "model=low"))).as("navy again after Reset").isTrue();
  }

  /** The page and, beside it, the 3D canvas alone ({@code <name>-canvas.png}). */
  private static void canvasShot(Page page, String name) {
    Chromium.screenshot(page, name);
    page.locator("#preview-3d")
        .screenshot(
            new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(Chromium.SCREENSHOTS.resolve(name + "-canvas.png")));
  }

  private static boolean blue(Map<?, ?> look) {
    List<?> rgba = (List<?>) look.get("rgba");
    return channel(rgba, 2) > channel(rgba, 0);
  }

  private static int channel(List<?> rgba, int i) {
    return ((Number) rgba.get(i)).intValue();
  }

  /**
   * Node name as the camera frames it: its probe's pixel, how far its bounds' centre is from the
   * picture's (in half-widths) and the share of the picture's height its bounds take.
   */
  private static Map<?, ?> framed(Page page, String name) {
    return (Map<?, ?>)
        page.evaluate(
            """
            async (name) => {
              const THREE = await import('three');
              const { view, scene } = window.__atelier;
              const probe = view.probe(name);
              const box = new THREE.Box3().setFromObject(scene.getObjectByName(name));
              const c = box.getCenter(new THREE.Vector3()).project(view.camera);
              let low = Infinity, high = -Infinity;
              for (let k = 0; k < 8; k++) {
                const y = new THREE.Vector3(k & 1 ? box.max.x : box.min.x, k & 2 ? box.max.y : box.min.y, k & 4 ? box.max.z : box.min.z).project(view.camera).y;
                low = Math.min(low, y);
                high = Math.max(high, y);
              }
              return { rgba: probe.rgba, hit: probe.hit, off: Math.hypot(c.x, c.y), size: (high - low) / 2 };
            }
            """,
            name);
  }

  private static void assertOnPart(Map<?, ?> look, String part) {
    assertThat(look).as("artwork plane").isNotNull();
    assertThat(look.get("first")).as("first surface at the centre " + look).isEqualTo("artwork");
    assertThat((String) look.get("behind")).as("part behind the picture " + look).matches(part);
    assertThat(((Number) look.get("gap")).doubleValue())
        .as("the picture lies on the part (m) " + look)
        .isLessThan(0.008);
  }

  private static void assertGreen(Map<?, ?> look) {
    List<?> rgba = (List<?>) look.get("rgba");
    int r = ((Number) rgba.get(0)).intValue();
    int g = ((Number) rgba.get(1)).intValue();
    int b = ((Number) rgba.get(2)).intValue();
    assertThat(g)
        .as("the picture's green at its centre " + look)
        .isGreaterThan(r + 50)
        .isGreaterThan(b + 30);
  }

  /** True once the artwork plane of area exists and its texture shows the picture. */
  private static final String DRAWN =
      """
      (area) => {
        const plane = window.__atelier?.scene.getObjectByName('artwork:' + area);
        const canvas = plane?.material.map?.image;
        if (!canvas) return false;
        const d = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 3; i < d.length; i += 4) if (d[i] > 0) return true;
        return false;
      }
      """;

  /**
   * One frame, then at the projected centre of area's placed box: the pixel, the parent of the
   * plane, the first surface there ("artwork" or a node name) and the named part right behind the
   * picture with the gap between them (metres).
   */
  private static Map<?, ?> look(Page page, String area) {
    return (Map<?, ?>) page.evaluate(LOOK, area);
  }

  private static final String LOOK =
      """
      async (area) => {
        const THREE = await import('three');
        const { view, scene } = window.__atelier;
        const plane = scene.getObjectByName('artwork:' + area);
        if (!plane) return null;
        const box = plane.userData.box;
        const canvas = plane.material.map.image;
        // The point of the plane (or band) whose texture coordinates are the box's centre.
        const u = ((box.x + box.w / 2) * 8) / canvas.width;
        const v = 1 - ((box.y + box.h / 2) * 8) / canvas.height;
        scene.updateMatrixWorld(true);
        const { position, uv } = plane.geometry.attributes;
        const index = plane.geometry.index;
        let centre = null;
        for (let t = 0; t < index.count / 3 && !centre; t++) {
          const k = [0, 1, 2].map((i) => index.getX(3 * t + i));
          const [a, b, c] = k.map((i) => new THREE.Vector2(uv.getX(i), uv.getY(i)));
          const w = new THREE.Vector3();
          THREE.Triangle.getBarycoord(new THREE.Vector3(u, v, 0), new THREE.Vector3(a.x, a.y, 0), new THREE.Vector3(b.x, b.y, 0), new THREE.Vector3(c.x, c.y, 0), w);
          if (Math.min(w.x, w.y, w.z) < -1e-6) continue;
          centre = new THREE.Vector3();
          k.forEach((i, j) => centre.addScaledVector(new THREE.Vector3().fromBufferAttribute(position, i), [w.x, w.y, w.z][j]));
          plane.localToWorld(centre);
        }
        if (!centre) return null;
        const ndc = centre.clone().project(view.camera);
        const gl = view.renderer.getContext();
        const px = Math.min(gl.drawingBufferWidth - 1, Math.floor(((ndc.x + 1) / 2) * gl.drawingBufferWidth));
        const py = Math.min(gl.drawingBufferHeight - 1, Math.floor(((ndc.y + 1) / 2) * gl.drawingBufferHeight));
        view.render();
        const rgba = new Uint8Array(4);
        gl.readPixels(px, py, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, rgba);
        const ray = new THREE.Raycaster();
        ray.setFromCamera(new THREE.Vector2(((px + 0.5) / gl.drawingBufferWidth) * 2 - 1, ((py + 0.5) / gl.drawingBufferHeight) * 2 - 1), view.camera);
        const hits = ray.intersectObject(scene.getObjectByName('product:' + location.pathname.split('/')[2]), true);
        const named = (o) => { while (o && !/=|^part:|^artwork:/.test(o.name)) o = o.parent; return o ? o.name : null; };
        const first = hits.length ? named(hits[0].object) : null;
        const own = hits.findIndex((h) => h.object === plane);
        const after = own >= 0 ? hits.slice(own + 1).find((h) => !named(h.object)?.startsWith('artwork:')) : null;
        return { parent: plane.parent.name, inView: Math.abs(ndc.x) < 1 && Math.abs(ndc.y) < 1, rgba: [...rgba],
          first: first?.startsWith('artwork:') ? 'artwork' : first, behind: after ? named(after.object) : null,
          gap: after ? after.distance - hits[own].distance : null };
      }
      """;
}
