package dev.atelier.server.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.ConfiguratorPage;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The fallback of the 3D view (docs/preview-3d.md): in a chromium without WebGL ({@code
 * --disable-webgl}) the configurator shows the SVG picture, even with the 3D view asked for,
 * follows the design there and loads nothing of three.js.
 */
@Tag("slow")
class BrowserNoWebGlTest {

  @RegisterExtension static final BrowserFixture browser = BrowserFixture.withoutWebGl();

  @Test
  void withoutWebGlThePictureIsTheSvgAndNoThreeJsLoads() {
    Page page = browser.page();
    // Even asked for, the view needs WebGL2.
    page.addInitScript("localStorage.setItem('atelier.view3d', 'on')");
    ConfiguratorPage configurator = new ConfiguratorPage(page).open(browser.url("/p/sneakers"));
    assertThat(
            page.evaluate("() => document.createElement('canvas').getContext('webgl2') === null"))
        .as("no WebGL2 in this chromium")
        .isEqualTo(true);
    // The stage decides once the page is quiet (quiet.js) and marks it.
    page.waitForFunction("() => performance.getEntriesByName('atelier:flat').length > 0");
    String before = page.locator("svg.preview-picture").innerHTML();
    configurator.choose("upper_colour", "red").idle();
    assertThat(page.evaluate("() => document.querySelector('.preview-card').dataset.view"))
        .isEqualTo("svg");
    assertThat(page.locator("svg.preview-picture").isVisible()).isTrue();
    assertThat(page.locator("svg.preview-picture").innerHTML())
        .as("the choice drawn")
        .isNotEqualTo(before);
    assertThat(page.locator("#preview-3d, #view-2d").count()).isZero();
    assertThat(page.evaluate("() => window.__atelier === undefined")).isEqualTo(true);
    assertThat(
            (List<?>)
                page.evaluate(
                    "() => performance.getEntriesByType('resource')"
                        + ".filter((e) => /\\/vendor\\/three\\/|\\/js\\/three\\/(?!early|quiet|stage)/"
                        + ".test(new URL(e.name).pathname)).map((e) => e.name)"))
        .as("three.js and the view's modules")
        .isEmpty();
  }
}
