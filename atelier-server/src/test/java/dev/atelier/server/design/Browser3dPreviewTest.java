package dev.atelier.server.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The 3D preview in chromium with WebGL2 in software (SwiftShader): every product's scene renders
 * within the triangle budget with its named nodes (through the hook {@code window.__atelier}),
 * pixels at points on the parts' own triangles are the part's, a colour choice changes the
 * material, shelving bays stand side by side at their widths, the monogram is drawn where it is
 * placed, "show me why" lights up the parts in the way; and configurations sampled from the engine
 * (random walks of decisions) all get every node their recipe promises. Slow: software WebGL.
 */
@Tag("slow")
class Browser3dPreviewTest {

  @RegisterExtension static final BrowserFixture browser = BrowserFixture.webGl();

  static final List<String> PRODUCTS =
      List.of("bicycle", "pc", "sneakers", "jeans", "pizza", "shelving", "homeserver", "insurance");

  /** A part per product whose projected centre must show the part itself. */
  static final Map<String, String> PROBED =
      Map.of(
          "bicycle", "part:rear-wheel",
          "pc", "case=",
          "sneakers", "upper_colour=",
          "jeans", "rise=",
          "pizza", "sauce=",
          "shelving", "wall_width=",
          "homeserver", "case=",
          "insurance", "bike_type=");

  static ConfiguratorPage open(Page page, String product) {
    return open(page, product, browser);
  }

  /** Opens {@code product} on {@code fixture}'s server (the benchmark has its own). */
  static ConfiguratorPage open(Page page, String product, BrowserFixture fixture) {
    // Software WebGL on a shared machine: shader compilation alone can take many seconds.
    page.setDefaultTimeout(120_000);
    // The 3D view is the default (early.js wanted()); asked all the same.
    page.addInitScript("localStorage.setItem('atelier.view3d', 'on')");
    ConfiguratorPage configurator = new ConfiguratorPage(page).open(fixture.url("/p/" + product));
    page.waitForFunction(
        "() => window.__atelier?.view && window.__atelier.view.state.frames > 0"
            + " && document.querySelector('.preview-card').dataset.view === '3d'");
    return configurator;
  }

  static Object eval(Page page, String script) {
    return page.evaluate(script);
  }

  /**
   * With software WebGL2 and nothing asked the page shows the 3D view (drawn ahead, session 15);
   * the "Flat picture" switch shows the SVG and back. Screenshots on a desktop and a phone.
   */
  @Test
  void theViewIsTheDefaultAndTheFlatPictureIsOneClickAway() {
    for (Page page : List.of(browser.page(), browser.page(390, 844))) {
      page.setDefaultTimeout(120_000);
      new ConfiguratorPage(page).open(browser.url("/p/sneakers"));
      page.waitForFunction(
          "() => window.__atelier?.view?.state.frames > 0"
              + " && document.querySelector('.preview-card').dataset.view === '3d'");
      assertThat(eval(page, "localStorage.getItem('atelier.view3d')")).isNull();
      assertThat(eval(page, "window.__atelier.view.state.software")).isEqualTo(true);
      assertThat((List<?>) eval(page, "window.__atelier.view.missingNodes()")).isEmpty();
      assertThat(page.locator("svg.preview-picture").isVisible()).isFalse();
      String size = page.viewportSize().width < 600 ? "phone" : "desktop";
      Chromium.screenshot(page, "3d-default-" + size);
      page.locator("#view-2d").click();
      assertThat(page.locator("svg.preview-picture").isVisible()).isTrue();
      assertThat(page.locator("#preview-3d").isVisible()).isFalse();
      page.locator("#view-2d").click();
      assertThat(page.locator("#preview-3d").isVisible()).isTrue();
      page.context().close();
    }
  }

  @Test
  void everyProductRendersItsNamedNodesWithinTheBudget() {
    Page page = browser.page();
    for (String product : PRODUCTS) {
      open(page, product);
      assertThat(eval(page, "window.__atelier.webgl2")).as(product + " WebGL2").isEqualTo(true);
      assertThat(((Number) eval(page, "window.__atelier.view.triangles()")).intValue())
          .as(product + " triangles")
          .isPositive()
          .isLessThanOrEqualTo(30_000);
      assertThat((List<?>) eval(page, "window.__atelier.view.missingNodes()"))
          .as(product + " nodes the recipe promises")
          .isEmpty();
      // The node's name and its probe in one evaluation: a later update (a domain answer) may
      // rebuild the scene between two calls.
      Map<?, ?> probed =
          (Map<?, ?>)
              page.evaluate(
                  "p => { const v = window.__atelier.view;"
                      + " const n = v.names().find(x => x.startsWith(p));"
                      + " return n ? { node: n, probe: v.probe(n) } : null; }",
                  PROBED.get(product));
      assertThat(probed).as(product + " probed node " + PROBED.get(product)).isNotNull();
      Map<?, ?> probe = (Map<?, ?>) probed.get("probe");
      assertThat(probe).as(product + " sample point of " + probed).isNotNull();
      assertThat(probe.get("hit")).as(product + " " + probed + " in front").isEqualTo(true);
      assertThat(((Number) ((List<?>) probe.get("rgba")).get(3)).intValue())
          .as(product + " pixel drawn at " + probed)
          .isEqualTo(255);
      // Every promised node the camera sees at its sample point (a point on its own triangles)
      // is drawn there: no part is probed in the air of its bounds.
      List<?> probes =
          (List<?>)
              eval(
                  page,
                  "(() => { const v = window.__atelier.view; const n = v.expectedNodes();"
                      + " return v.probeAll(n).map((p, i) => ({ node: n[i], probe: p })); })()");
      long seen = 0;
      for (Object o : probes) {
        Map<?, ?> entry = (Map<?, ?>) o;
        Map<?, ?> p = (Map<?, ?>) entry.get("probe");
        if (p != null && Boolean.TRUE.equals(p.get("hit"))) {
          seen++;
          assertThat(((Number) ((List<?>) p.get("rgba")).get(3)).intValue())
              .as(product + " pixel drawn at " + entry)
              .isEqualTo(255);
        }
      }
      assertThat(seen).as(product + " promised nodes in sight " + probes).isPositive();
      Chromium.screenshot(page, "3d-" + product);
    }
  }

  @Test
  void sampledConfigurationsGetEveryPromisedNode() {
    Page page = browser.page();
    for (String product : PRODUCTS) {
      open(page, product);
      List<?> samples = (List<?>) page.evaluate(SAMPLER, Map.of("seed", 7 + product.length()));
      assertThat(samples).as(product).hasSize(6);
      for (Object s : samples) {
        Map<?, ?> sample = (Map<?, ?>) s;
        assertThat((List<?>) sample.get("missing")).as(product + " " + sample).isEmpty();
        assertThat(((Number) sample.get("triangles")).intValue())
            .as(product + " " + sample)
            .isLessThanOrEqualTo(30_000);
      }
    }
  }

  /**
   * Random walks of decisions through the API (each a valid design), shown in the view: per sample,
   * the nodes missing, the triangles and how many decisions were made.
   */
  static final String SAMPLER =
      """
      async ({ seed }) => {
        const view = window.__atelier.view;
        const product = location.pathname.split('/')[2];
        const version = (await (await fetch('/api/products/' + product)).json()).latest;
        let s = seed;
        const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
        const post = async (path, body) => {
          const r = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
          return r.ok ? r.json() : null;
        };
        const samples = [];
        for (let k = 0; k < 6; k++) {
          let answer = await post('/api/designs/domains', { product, version, decisions: [] });
          for (let step = 0; step < 40; step++) {
            const open = answer.attributes.filter((d) => d.decided === null && d.offered.length > 0 && !d.offered.includes('given'));
            if (!open.length || rnd() < 0.03) break;
            const d = open[Math.floor(rnd() * open.length)];
            const value = d.offered[Math.floor(rnd() * d.offered.length)];
            answer = (await post('/api/designs/decide', { design: answer.design, attribute: d.attribute, value })) || answer;
          }
          const values = {};
          for (const d of answer.attributes) {
            if (d.decided !== null) values[d.attribute] = d.decided;
            else if (d.offered.length) values[d.attribute] = d.offered[0];
          }
          view.update(values, { monogram: 'ABC' });
          samples.push({ decisions: answer.design.decisions.length, nodes: view.expectedNodes().length, missing: view.missingNodes(), triangles: view.triangles() });
        }
        return samples;
      }
      """;

  @Test
  void aColourChoiceRecoloursThePart() {
    Page page = browser.page();
    ConfiguratorPage sneakers = open(page, "sneakers");
    sneakers.choose("material", "leather");
    sneakers.choose("upper_colour", "red");
    page.waitForFunction(
        "() => window.__atelier.view.names().includes('upper_colour=red')"
            + " && window.__atelier.view.names().includes('material=leather')");
    String colour =
        (String)
            eval(
                page,
                "window.__atelier.scene.getObjectByName('upper_colour=red').material.color.getHexString()");
    assertThat(colour).isEqualTo("b3261e");
    // A clear coat is drawn with a GPU; software GL draws a standard material (kit.js surface)
    // and keeps what was asked in userData.physical.
    assertThat(
            eval(
                page,
                "(m => m.clearcoat ?? m.userData.physical.clearcoat)("
                    + "window.__atelier.scene.getObjectByName('upper_colour=red').material)"))
        .as("leather asks for a clear coat")
        .isEqualTo(0.3);
    Map<?, ?> probe =
        (Map<?, ?>) page.evaluate("() => window.__atelier.view.probe('upper_colour=red')");
    List<?> rgba = (List<?>) probe.get("rgba");
    int r = ((Number) rgba.get(0)).intValue();
    int g = ((Number) rgba.get(1)).intValue();
    int b = ((Number) rgba.get(2)).intValue();
    assertThat(r)
        .as("red at the upper's centre " + rgba)
        .isGreaterThan(g + 30)
        .isGreaterThan(b + 30);
    sneakers.choose("upper_colour", "navy");
    page.waitForFunction("() => window.__atelier.view.names().includes('upper_colour=navy')");
    rgba =
        (List<?>)
            ((Map<?, ?>) page.evaluate("() => window.__atelier.view.probe('upper_colour=navy')"))
                .get("rgba");
    assertThat(((Number) rgba.get(2)).intValue())
        .as("navy at the upper's centre " + rgba)
        .isGreaterThan(((Number) rgba.get(0)).intValue());
    Chromium.screenshot(page, "3d-sneakers-navy");
  }

  @Test
  void monogramIsDrawnWhereItIsPlaced() {
    Page page = browser.page();
    ConfiguratorPage sneakers = open(page, "sneakers");
    sneakers.choose("model", "high");
    sneakers.enterText("monogram", "ABC");
    sneakers.choose("monogram_place", "heel");
    page.waitForFunction("() => window.__atelier.view.names().includes('monogram=text')");
    assertThat(eval(page, "window.__atelier.scene.getObjectByName('monogram=text').userData.text"))
        .isEqualTo("ABC");
    assertThat(eval(page, "window.__atelier.scene.getObjectByName('monogram=text').parent.name"))
        .isEqualTo("monogram_place=heel");
    page.locator("[data-view=back]").click();
    Chromium.screenshot(page, "3d-sneakers-monogram-heel");
    sneakers.choose("monogram_place", "tongue");
    page.waitForFunction(
        "() => window.__atelier.scene.getObjectByName('monogram=text')?.parent.name"
            + " === 'monogram_place=tongue'");
    page.locator("[data-view=front]").click();
    Chromium.screenshot(page, "3d-sneakers-monogram-tongue");
  }

  @Test
  void shelvingBaysStandSideBySideAtTheirWidths() {
    Page page = browser.page();
    ConfiguratorPage shelving = open(page, "shelving");
    shelving.enterNumber("wall_width", "240");
    shelving.enterNumber("bays", "3");
    shelving.enterNumber(BrowserShelvingTest.idPart("bays[1].width"), "40");
    shelving.enterNumber(BrowserShelvingTest.idPart("bays[2].width"), "80");
    page.waitForFunction("() => window.__atelier.view.names().includes('bays[2].width=80')");
    List<?> bays =
        (List<?>)
            eval(
                page,
                "(() => { const out = [];"
                    + " window.__atelier.scene.getObjectByName('product:shelving').traverse(o => {"
                    + " if (/^bays\\[\\d\\]$/.test(o.name))"
                    + " out.push([o.name, o.position.x, o.userData.width]); });"
                    + " return out; })()");
    assertThat(bays).hasSize(3);
    double previousRight = Double.NEGATIVE_INFINITY;
    for (Object b : bays) {
      List<?> bay = (List<?>) b;
      double x = ((Number) bay.get(1)).doubleValue();
      double w = ((Number) bay.get(2)).doubleValue();
      if (previousRight != Double.NEGATIVE_INFINITY) {
        assertThat(x - w / 2)
            .as("bay " + bay + " starts where the last ended")
            .isCloseTo(previousRight, org.assertj.core.data.Offset.offset(1e-6));
      }
      previousRight = x + w / 2;
    }
    assertThat(((List<?>) bays.get(0)).get(2)).isEqualTo(0.4);
    assertThat(((List<?>) bays.get(1)).get(2)).isEqualTo(0.8);
    Chromium.screenshot(page, "3d-shelving-three-bays");
  }

  @Test
  void showMeWhyLightsUpThePartsInTheWay() {
    Page page = browser.page();
    ConfiguratorPage sneakers = open(page, "sneakers");
    sneakers.choose("material", "suede");
    // White is refused for suede (material-colour table): the material's parts are in the way.
    sneakers.card("upper_colour", "white").hover();
    page.locator("#show-why").click();
    assertThat(page.locator("#preview-note").textContent()).contains("Upper material");
    List<?> lit =
        (List<?>)
            eval(
                page,
                "window.__atelier.view.state.highlighted.map(h => {"
                    + " let p = h.mesh; while (p && !p.userData.attribute) p = p.parent;"
                    + " while (p && p.userData.attribute !== 'material') p = p.parent;"
                    + " return p ? p.name : null; })");
    assertThat(lit).isNotEmpty().allMatch("material=suede"::equals);
    Chromium.screenshot(page, "3d-sneakers-show-why");
  }

  @Test
  void phoneShowsTheViewAboveTheSteps() {
    Page page = browser.page(390, 844);
    open(page, "bicycle");
    Map<?, ?> box =
        (Map<?, ?>)
            eval(
                page,
                "(() => { const r = document.getElementById('preview-3d').getBoundingClientRect();"
                    + " return {top: r.top, bottom: r.bottom, width: r.width}; })()");
    assertThat(((Number) box.get("width")).doubleValue()).isBetween(300.0, 390.0);
    assertThat(((Number) box.get("bottom")).doubleValue()).isLessThan(844 / 2.0);
    assertThat((List<?>) eval(page, "window.__atelier.view.missingNodes()")).isEmpty();
    Chromium.screenshot(page, "3d-bicycle-phone");
  }
}
