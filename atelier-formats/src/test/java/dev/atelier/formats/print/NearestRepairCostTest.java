package dev.atelier.formats.print;

import static dev.atelier.formats.yaml.NativeTesting.decided;
import static dev.atelier.formats.yaml.NativeTesting.demoModel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Explanation;
import dev.atelier.engine.session.Objective;
import dev.atelier.engine.session.RepairStep;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the nearest repair costs (docs/performance.md, session 13): the time of one explanation with
 * the cheapest repair of a picture placed too large for 150 dpi, on the sneakers' tongue and heel
 * and the jeans' back patch, with the nearest repair ({@code atelier.repair.nearestCalls} 4, the
 * default) and without it (0: the first optimal completion as it is), alternating in one JVM.
 * Prints thread CPU and wall medians (also target/nearest-repair.txt); asserts the repairs: the
 * largest sharp size with it, a sharp one without.
 */
@Tag("slow")
class NearestRepairCostTest {
  private static final Deadline SOON = Deadline.inMillis(30_000);
  private static final int RUNS = Integer.getInteger("atelier.bench.runs", 40);
  private static final String PROPERTY = "atelier.repair.nearestCalls";

  /** A picture too large for print on one area, and the largest sharp width its pixels allow. */
  record Case(String name, CompiledModel model, String area, int largest, String... decisions) {}

  record Timing(double cpuMs, double wallMs, String width) {}

  @Test
  void nearestRepairTimePerExplanation() throws IOException {
    CompiledModel sneakers = CompiledModel.compile(demoModel("sneakers"), SOON).orThrow();
    CompiledModel jeans = CompiledModel.compile(demoModel("jeans"), SOON).orThrow();
    List<Case> cases =
        List.of(
            new Case("sneakers tongue", sneakers, "tongue", 25, sized("tongue", 150, 300, 30, 40)),
            new Case("sneakers heel", sneakers, "heel", 25, sized("heel", 150, 150, 40, 20)),
            new Case(
                "jeans back patch", jeans, "backpatch", 50, sized("backpatch", 300, 150, 70, 20)));
    StringBuilder out =
        new StringBuilder(
            "| case | repair | CPU ms median (p90) | wall ms median | width repaired to |\n"
                + "|---|---|---|---|---|\n");
    String before = System.getProperty(PROPERTY);
    try {
      for (Case c : cases) {
        List<Timing> old = new ArrayList<>();
        List<Timing> nearest = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
          // Alternating, old first in even runs: neither gets the warmer JIT all the time.
          boolean oldFirst = i % 2 == 0;
          (oldFirst ? old : nearest).add(time(c, oldFirst ? 0 : 4));
          (oldFirst ? nearest : old).add(time(c, oldFirst ? 4 : 0));
        }
        int widest = Integer.parseInt(nearest.get(nearest.size() - 1).width());
        assertThat(widest).as(c.name()).isEqualTo(c.largest());
        for (Timing t : old) {
          assertThat(Integer.parseInt(t.width())).as(c.name()).isBetween(5, c.largest());
        }
        out.append(row(c.name(), "first optimal (calls 0)", old));
        out.append(row(c.name(), "nearest (calls 4)", nearest));
      }
    } finally {
      if (before == null) {
        System.clearProperty(PROPERTY);
      } else {
        System.setProperty(PROPERTY, before);
      }
    }
    System.out.println(out);
    Path file = Path.of("target", "nearest-repair.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, out);
  }

  private static String[] sized(String area, int pxW, int pxH, int width, int height) {
    return new String[] {
      area + "_px_w", String.valueOf(pxW), area + "_px_h", String.valueOf(pxH),
      area + "_width", String.valueOf(width), area + "_height", String.valueOf(height),
      area + "_x", "5", area + "_y", "5"
    };
  }

  private static Timing time(Case c, int calls) {
    System.setProperty(PROPERTY, String.valueOf(calls));
    ConfigurationSession s = decided(ConfigurationSession.start(c.model()), SOON, c.decisions());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    Explanation e =
        s.explain(c.area() + "_technique", "print", Objective.cheapest(), SOON).orThrow();
    double wallMs = (System.nanoTime() - wall) / 1e6;
    double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
    String width =
        e.repair().stream()
            .filter(r -> r.attribute().equals(c.area() + "_width"))
            .map(RepairStep::newValue)
            .findFirst()
            .orElseThrow();
    return new Timing(cpuMs, wallMs, width);
  }

  private static String row(String name, String variant, List<Timing> timings) {
    double[] cpu = timings.stream().mapToDouble(Timing::cpuMs).sorted().toArray();
    double[] wall = timings.stream().mapToDouble(Timing::wallMs).sorted().toArray();
    String widths =
        String.join(",", timings.stream().map(Timing::width).distinct().sorted().toList());
    return String.format(
        Locale.ROOT,
        "| %s | %s | %.2f (%.2f) | %.2f | %s |%n",
        name,
        variant,
        cpu[cpu.length / 2],
        cpu[(int) Math.ceil(cpu.length * 0.9) - 1],
        wall[wall.length / 2],
        widths);
  }
}
