package dev.atelier.server.design;

import static dev.atelier.server.design.Bench3dPages.num;

import dev.atelier.server.design.FirstFrameVariants.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The benchmarks' tables: printed and written under target/. */
final class Bench3dReport {
  private Bench3dReport() {}

  /** The first-frame runs: figures, chromium's CPU by phase, the waterfall of each. */
  static String firstFrames(List<Run> runs) {
    StringBuilder table = new StringBuilder();
    table.append(
        "| build | product | first frame ms from navigation | from view start | chromium CPU ms"
            + " to first frame | per frame median ms | p90 ms | chromium CPU ms/frame | canvas px"
            + " (CSS) | triangles | load avg | phases ms |\n"
            + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Run r : runs) {
      table.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %.0f | %.0f | %.0f | %.1f | %.1f | %.1f | %s (%s) | %d | %s | %s |%n",
              r.variant(),
              r.product(),
              num(r.m(), "first"),
              num(r.m(), "firstView"),
              r.cpuToFirstFrameMs(),
              num(r.m(), "median"),
              num(r.m(), "p90"),
              r.cpuPerFrameMs(),
              r.m().get("buffer"),
              r.m().get("css"),
              (int) num(r.m(), "triangles"),
              r.load(),
              r.m().get("phases")));
    }
    table.append(
        "\nChromium CPU ms by process and phase (navigation, modules, domains, first frame):\n\n");
    for (Run r : runs) {
      table.append(
          String.format(Locale.ROOT, "- %s %s: %s%n", r.variant(), r.product(), r.cpuByPhase()));
    }
    table.append("\nWhere the time went (ms since navigation):\n\n");
    for (Run r : runs) {
      table.append(
          String.format(
              Locale.ROOT, "- %s %s: %s%n", r.variant(), r.product(), r.m().get("waterfall")));
    }
    return "3D preview benchmark (software WebGL2, 1280x800 page, "
        + Browser3dBenchTest.FRAMES
        + " frames orbiting)\n"
        + table;
  }

  /** The first-choice runs (rows made by FirstChoiceRun) under their header. */
  static String firstChoices(List<String> rows) {
    return "| build | product | option clicked ms from navigation | answer shown ms | view |"
        + " 3D first frame ms | chromium CPU ms to the answer | load avg | marks ms |\n"
        + "|---|---|---|---|---|---|---|---|---|\n"
        + String.join("", rows);
  }

  /** Prints report and writes it to target/name. */
  static void write(String name, String report) throws IOException {
    System.out.println(report);
    Path out = Path.of("target", name);
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
  }
}
