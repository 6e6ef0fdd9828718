package dev.atelier.server.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The 3D view's buttons on a phone (issue 17): on a 390 × 844 phone the row of views, reset and
 * "Flat picture" scrolled sideways with "Flat picture" off screen. For every demo product, in
 * English and German, at 390 × 844 and 360 × 740, every button is inside the viewport, nothing
 * scrolls sideways, and each view button, reset and the flat switch work when clicked. Screenshots
 * in {@code target/screenshots/phone-tools/}. Slow: software WebGL, 16 product pages.
 */
@Tag("slow")
class BrowserPhoneToolsTest {

  @RegisterExtension static final BrowserFixture browser = BrowserFixture.webGl();

  private static final Map<String, String> RESET =
      Map.of("en", "Reset view", "de", "Ansicht zurücksetzen");
  private static final Map<String, String> FLAT =
      Map.of("en", "Flat picture", "de", "Flaches Bild");

  /**
   * Where each visible button of the toolbar is, and whether the toolbar or page scroll sideways.
   */
  private static final String LAYOUT =
      """
      () => {
        const bar = document.querySelector('.preview-tools');
        const buttons = [...bar.querySelectorAll('button')].filter((b) => b.offsetParent !== null);
        return {
          barScrolls: bar.scrollWidth > bar.clientWidth + 1,
          pageScrolls: document.documentElement.scrollWidth > window.innerWidth,
          buttons: buttons.map((b) => {
            const r = b.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return { id: b.id || b.dataset.view, left: r.left, right: r.right, top: r.top, bottom: r.bottom,
              onTop: hit !== null && b.contains(hit) };
          }),
        };
      }
      """;

  @Test
  void everyViewButtonFitsAPhoneInEnglishAndGerman() {
    for (String language : List.of("en", "de")) {
      for (String product : Browser3dPreviewTest.PRODUCTS) {
        Page page = browser.page(390, 844);
        page.addInitScript("localStorage.setItem('atelier.language', '" + language + "')");
        Browser3dPreviewTest.open(page, product, browser);
        for (int[] size : new int[][] {{390, 844}, {360, 740}}) {
          page.setViewportSize(size[0], size[1]);
          String name = product + "-" + language + "-" + size[0];
          page.screenshot(
              new Page.ScreenshotOptions()
                  .setPath(Chromium.SCREENSHOTS.resolve("phone-tools").resolve(name + ".png")));
          checkFits(page, name, size[0], size[1]);
          clickEach(page, name, language);
        }
        page.context().close();
      }
    }
  }

  private static void checkFits(Page page, String name, int width, int height) {
    Map<?, ?> layout = (Map<?, ?>) page.evaluate(LAYOUT);
    assertThat(layout.get("barScrolls")).as(name + " toolbar scrolls sideways").isEqualTo(false);
    assertThat(layout.get("pageScrolls")).as(name + " page scrolls sideways").isEqualTo(false);
    List<?> buttons = (List<?>) layout.get("buttons");
    List<?> views = (List<?>) page.evaluate("Object.keys(window.__atelier.view.recipe.views)");
    // Every view, reset and the flat switch are shown ("show me why" waits for a refused choice).
    assertThat(buttons).as(name).hasSize(views.size() + 2);
    for (Object o : buttons) {
      Map<?, ?> b = (Map<?, ?>) o;
      String what = name + " button " + b.get("id") + " " + b;
      assertThat(number(b, "left")).as(what).isGreaterThanOrEqualTo(0);
      assertThat(number(b, "right")).as(what).isLessThanOrEqualTo(width);
      assertThat(number(b, "top")).as(what).isGreaterThanOrEqualTo(0);
      assertThat(number(b, "bottom")).as(what).isLessThanOrEqualTo(height);
      assertThat(b.get("onTop")).as(what + " is not covered").isEqualTo(true);
    }
  }

  /**
   * Clicks every view (the camera takes it), reset (by its accessible name) and the flat switch.
   */
  private static void clickEach(Page page, String name, String language) {
    List<?> views = (List<?>) page.evaluate("Object.keys(window.__atelier.view.recipe.views)");
    // Last first: the first view is where reset goes back to.
    for (int i = views.size() - 1; i >= 0; i--) {
      Object view = views.get(i);
      page.locator(".preview-tools button[data-view='" + view + "']").click();
      assertThat(page.evaluate("window.__atelier.view.state.view")).as(name).isEqualTo(view);
    }
    Locator reset =
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(RESET.get(language)));
    reset.click();
    assertThat(page.evaluate("window.__atelier.view.state.view")).as(name).isEqualTo(views.get(0));
    Locator flat = page.locator("#view-2d");
    assertThat(flat.textContent()).as(name).isEqualTo(FLAT.get(language));
    flat.click();
    assertThat(page.locator("svg.preview-picture").isVisible()).as(name + " flat").isTrue();
    flat.click();
    assertThat(page.locator("#preview-3d").isVisible()).as(name + " 3D again").isTrue();
  }

  private static double number(Map<?, ?> map, String key) {
    return ((Number) map.get(key)).doubleValue();
  }
}
