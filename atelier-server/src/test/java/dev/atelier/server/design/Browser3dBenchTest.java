package dev.atelier.server.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.atelier.server.testing.BrowserFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The 3D preview's benchmark (docs/performance.md): per product at 1280×800 with software WebGL,
 * the time from navigation to the first rendered frame, the mean time of 10 frames (each read back)
 * and the bytes the 3D view loads (three.js, the view, the recipe). Prints a table (also to
 * target/3d-bench.txt, with the load average); asserts only that each product rendered. Run: {@code
 * ./mvnw -pl atelier-server -am test -Pslow -Dtest=Browser3dBenchTest}.
 */
@Tag("slow")
class Browser3dBenchTest {

  @RegisterExtension static final BrowserFixture browser = BrowserFixture.webGl();

  static final String MEASURE =
      """
      () => {
        const view = window.__atelier.view;
        const bytes = performance.getEntriesByType('resource')
          .filter((e) => e.name.includes('/vendor/three/') || e.name.includes('/js/three/'))
          .reduce((n, e) => n + (e.encodedBodySize || 0), 0);
        const decoded = performance.getEntriesByType('resource')
          .filter((e) => e.name.includes('/vendor/three/') || e.name.includes('/js/three/'))
          .reduce((n, e) => n + (e.decodedBodySize || 0), 0);
        return { first: view.state.firstFrameAt, frame: view.timeFrames(10), bytes, decoded, triangles: view.triangles() };
      }
      """;

  @Test
  void timeToFirstFrameAndPerFrame() throws IOException {
    StringBuilder table = new StringBuilder();
    table.append("product | first frame ms | per frame ms | triangles | bytes (gzip) | bytes\n");
    for (String product : Browser3dPreviewTest.PRODUCTS) {
      Page page = browser.page(1280, 800);
      Browser3dPreviewTest.open(page, product, browser);
      Map<?, ?> m = (Map<?, ?>) page.evaluate(MEASURE);
      assertThat(((Number) m.get("triangles")).intValue()).as(product).isPositive();
      table.append(
          String.format(
              Locale.ROOT,
              "%s | %.0f | %.1f | %d | %d | %d%n",
              product,
              ((Number) m.get("first")).doubleValue(),
              ((Number) m.get("frame")).doubleValue(),
              ((Number) m.get("triangles")).intValue(),
              ((Number) m.get("bytes")).longValue(),
              ((Number) m.get("decoded")).longValue()));
      page.context().close();
    }
    Path load = Path.of("/proc/loadavg");
    String report =
        "3D preview benchmark (software WebGL, 1280x800), load average at the end: "
            + (Files.isReadable(load) ? Files.readString(load).trim() : "unknown")
            + "\n"
            + table;
    System.out.println(report);
    Path out = Path.of("target", "3d-bench.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
  }
}
