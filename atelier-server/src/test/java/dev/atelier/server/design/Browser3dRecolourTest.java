package dev.atelier.server.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.atelier.server.testing.BrowserFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Colour changes in the 3D view with software WebGL2: over 50 changes the shader programs and
 * geometries three.js holds stay flat (the old parts are freed after the next frame, view3d.js,
 * without leaking), none is compiled again after the first changes, and the picture changes with
 * the colour. Also prints the per-change time (update, draw and a 1×1 read-back) with the old parts
 * freed at once (localStorage {@code atelier.3d.disposeAtOnce}, the old path) and after the frame,
 * alternated in the same page. Slow: software WebGL.
 */
@Tag("slow")
class Browser3dRecolourTest {

  @RegisterExtension static final BrowserFixture browser = BrowserFixture.webGl();

  static final int CHANGES = 50;

  /**
   * Changes attribute between its first two colours n times (old path when atOnce): per-change
   * milliseconds, memory after each change, and the probed pixel of each colour.
   */
  static final String RECOLOUR =
      """
      async ({ attribute, node, n, atOnce }) => {
        const view = window.__atelier.view;
        const gl = view.renderer.getContext();
        const colours = view.context.presentation.layers.filter((l) => l.attribute === attribute && l.colour);
        const two = [colours[0], colours.find((l) => l.colour.toLowerCase() !== colours[0].colour.toLowerCase())];
        const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        localStorage.setItem('atelier.3d.disposeAtOnce', atOnce ? '1' : '0');
        const base = { ...view.context.values };
        const pixel = new Uint8Array(4);
        const times = [];
        const memory = [];
        const probes = {};
        const seen = new Set();
        let compiled = 0; // programs three.js made after the first two changes (recompiles)
        for (let i = 0; i < n; i++) {
          const value = two[i % 2].value;
          const t0 = performance.now();
          view.update({ ...base, [attribute]: value }, view.context.texts);
          view.render();
          gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
          times.push(performance.now() - t0);
          await frame(); // the update's own requested frame, untimed
          memory.push(view.memory());
          for (const program of view.renderer.info.programs) {
            if (i >= 2 && !seen.has(program.id)) compiled++;
            seen.add(program.id);
          }
          if (i < 2) {
            const name = view.names().find((k) => k.startsWith(node));
            probes[value] = view.probe(name).rgba;
          }
        }
        localStorage.removeItem('atelier.3d.disposeAtOnce');
        times.sort((a, b) => a - b);
        return { median: times[Math.floor(n / 2)], p90: times[Math.ceil(n * 0.9) - 1], memory, probes, compiled };
      }
      """;

  @ParameterizedTest
  @CsvSource({"sneakers, upper_colour, upper_colour=", "jeans, fabric, rise="})
  void programsAndGeometriesStayFlatAndThePictureChanges(
      String product, String attribute, String node) {
    Page page = browser.page();
    Browser3dPreviewTest.open(page, product, browser);
    StringBuilder report = new StringBuilder(product + " per change (ms):");
    for (int round = 0; round < 2; round++) {
      for (boolean atOnce : new boolean[] {true, false}) {
        Map<?, ?> run =
            (Map<?, ?>)
                page.evaluate(
                    RECOLOUR,
                    Map.of("attribute", attribute, "node", node, "n", CHANGES, "atOnce", atOnce));
        report.append(
            String.format(
                " %s median %.1f p90 %.1f, %s programs compiled;",
                atOnce ? "old" : "new",
                number(run.get("median")),
                number(run.get("p90")),
                run.get("compiled")));
        if (!atOnce) {
          assertThat(number(run.get("compiled")))
              .as("programs compiled after the first changes")
              .isZero();
        }
        List<?> memory = (List<?>) run.get("memory");
        Map<?, ?> settled = (Map<?, ?>) memory.get(2);
        Map<?, ?> last = (Map<?, ?>) memory.get(memory.size() - 1);
        assertThat(last.get("programs"))
            .as("programs after 50 changes")
            .isEqualTo(settled.get("programs"));
        assertThat(last.get("geometries"))
            .as("geometries after 50 changes")
            .isEqualTo(settled.get("geometries"));
        List<?> probes = List.copyOf(((Map<?, ?>) run.get("probes")).values());
        assertThat(probes).hasSize(2);
        assertThat(probes.get(0)).as("the two colours' pixels").isNotEqualTo(probes.get(1));
      }
    }
    System.out.println(report);
  }

  static double number(Object value) {
    return ((Number) value).doubleValue();
  }
}
