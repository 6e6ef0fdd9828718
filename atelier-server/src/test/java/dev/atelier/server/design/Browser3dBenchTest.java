package dev.atelier.server.design;

import dev.atelier.server.design.FirstFrameVariants.Run;
import dev.atelier.server.testing.BrowserFixture;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The 3D preview's benchmark (docs/performance.md) in a 1280×800 page with software WebGL2: per
 * product, the first frame (finished: a 1×1 read-back right after it) since navigation and since
 * the view started, the median and 90th percentile of 20 frames while orbiting (each render plus a
 * 1×1 read-back, timed in the page), chromium's CPU time to the first frame and per frame (all its
 * processes), the canvas's drawing-buffer size, the triangles and where the start-up went (a
 * waterfall from Resource Timing and the page's {@code atelier:} marks). With {@code
 * -Datelier.bench.baseline=DIR} (a copy of another build's {@code web} directory, e.g. main's) the
 * page's files come from DIR in alternate runs ("old") and from this worktree ("new"), in the same
 * window ({@link Bench3dPages}); {@code -Datelier.bench.rounds=N} repeats each pair. Then, as many
 * rounds, each product from the server itself, a first and a second visit and a first visit in a
 * running browser ({@link FirstFrameVariants}; {@code -Datelier.bench.server=false} leaves these
 * out). Without a baseline only the sneakers are measured unless {@code -Datelier.bench.products}
 * names others ({@link Bench3dPages#products()}). Tables in target/3d-bench.txt and
 * target/3d-choice.txt ({@link Bench3dReport}); asserts only WebGL2 and a drawn product. Run:
 * {@code ./mvnw -B -q -o -pl atelier-server -am test -Dtest=Browser3dBenchTest
 * -Dexcluded.test.groups= -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("slow")
class Browser3dBenchTest {

  @RegisterExtension static final BrowserFixture browser = BrowserFixture.webGl();

  static final int FRAMES = 20;

  @Test
  void timeToFirstFrameAndPerFrame() throws IOException {
    FirstFrameVariants variants = new FirstFrameVariants(browser);
    List<Run> runs = new ArrayList<>(Bench3dPages.alternating(variants::routed));
    // This build as the server sends it (its caching headers and compression; no routing, which
    // would turn chromium's HTTP cache off): a first visit, then a second in the same browser.
    if (Boolean.parseBoolean(System.getProperty("atelier.bench.server", "true"))) {
      // -Datelier.bench.serverFlags=key=value,…: also a first visit with these localStorage flags
      // (a change's old path), before the plain one in even rounds, after it in odd ones.
      String flags = System.getProperty("atelier.bench.serverFlags", "");
      for (int round = 0; round < Bench3dPages.rounds(); round++) {
        for (String product : Bench3dPages.products()) {
          if (!flags.isEmpty() && round % 2 == 0) {
            runs.add(variants.firstVisitWith(flags, product));
          }
          runs.addAll(variants.visitTwice(product));
          if (!flags.isEmpty() && round % 2 == 1) {
            runs.add(variants.firstVisitWith(flags, product));
          }
          runs.add(variants.visitInRunningBrowser(product));
        }
      }
    }
    Bench3dReport.write("3d-bench.txt", Bench3dReport.firstFrames(runs));
  }

  /**
   * How soon a shopper can choose ({@link FirstChoiceRun}): old (DIR, as shoppers get it: the SVG
   * picture with software GL) against new (this worktree with the 3D view). Run with {@code
   * -Dtest=Browser3dBenchTest#timeToFirstChoice}.
   */
  @Test
  void timeToFirstChoice() throws IOException {
    FirstChoiceRun choice = new FirstChoiceRun(browser);
    Bench3dReport.write(
        "3d-choice.txt", Bench3dReport.firstChoices(Bench3dPages.alternating(choice::choose)));
  }
}
