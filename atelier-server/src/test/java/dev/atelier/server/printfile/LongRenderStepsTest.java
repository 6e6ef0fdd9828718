package dev.atelier.server.printfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.formats.print.PrintArea;
import dev.atelier.formats.print.PrintText;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.design.ArtworkContractTest;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The worst accepted input for one render: an upload at the pixel limit (8,000 × 5,000, under 10
 * MiB, through {@code POST /api/uploads}) turned 45° over the whole of an area near the pixel cap
 * (400 × 380 mm: 21 megapixels at 300 dpi) with three lines of text across it. Each step of the
 * render (decoding, the bicubic drawing, the text fill, the PDF image, the PNG) looks at the stop
 * flag in bands of rows, so at a 1 s CPU budget the render ends soon after the watchdog stops it
 * (before: a single drawing or PDF image call ran on for seconds), the job fails with the reason
 * and the one render thread renders the next order.
 */
@Tag("slow")
class LongRenderStepsTest {
  private static final long SHOPPER = 43;
  private static final long CPU_BUDGET_MS = 1_000;

  /** 400 × 380 mm: 4,724 × 4,488 px at 300 dpi, under {@link PrintFileRenderer#MAX_PIXELS}. */
  static PrintArea wall() {
    PrintArea tongue = PrintFileArtworkTest.TONGUE;
    return new PrintArea(
        "wall", tongue.label(), "wall", 400, 380, 10, tongue.techniques(), Optional.empty());
  }

  @Test
  void theWorstAcceptedRenderIsStoppedSoonAfterItsBudgetAndTheThreadRendersTheNextJob() {
    try (OrderServer s = OrderServer.fresh(TestDatabases.Kind.H2)) {
      String huge = ArtworkContractTest.upload(s, SHOPPER, largestAcceptedPng());
      assertThat(PrintFilesAtOrderTest.placePhotoOrder(s, SHOPPER, "k-huge").status())
          .isEqualTo(201);
      s.database()
          .jdbi()
          .useHandle(
              h ->
                  h.createUpdate("UPDATE print_job SET upload = :u, rotation = 45")
                      .bind("u", huge)
                      .execute());
      AtomicLong cpuAtReturn = new AtomicLong(-1);
      AreaText text =
          new AreaText(
              List.of("W".repeat(200), "M".repeat(200), "Q".repeat(200)),
              0,
              Color.RED,
              PrintText.Position.CENTRE);
      // The huge upload's job goes to the wall, whole, turned 45°, with the text; others as usual.
      PrintJobWorker.Renderer renderer =
          (area, job, upload) -> {
            if (!huge.equals(job.upload())) {
              return PrintJobWorker.Renderer.DEFAULT.render(area, job, upload);
            }
            long cpu0 = threadCpuMillis();
            PrintJob onWall =
                new PrintJob(
                    job.productionOrder(),
                    "wall",
                    job.orderId(),
                    job.product(),
                    job.version(),
                    job.upload(),
                    new Placement(0, 0, 400, 380, 45),
                    text);
            try {
              return OrderPrintFiles.render(wall(), onWall, upload);
            } finally {
              cpuAtReturn.set(threadCpuMillis() - cpu0);
            }
          };
      try (PrintJobWorker w =
          PrintJobFixtures.worker(
              s,
              renderer,
              PrintJobFixtures.HOURLY,
              new PrintJobWorker.Budget(Duration.ofMinutes(10), Duration.ofMillis(CPU_BUDGET_MS)),
              Clock.systemUTC())) {
        PrintJobFixtures.assertStoppedThenTheNextJobRenders(
            s, w, SHOPPER, "more than the budget of 1000 ms; stopped");
      }
      // CPU time of the render thread (not wall time: the machine may be loaded). The whole
      // render takes several seconds of CPU; stopped, it ends within a band of rows. (The next
      // job, another upload, renders as usual and does not set it.)
      assertThat(cpuAtReturn.get())
          .as("CPU ms the render used before it returned")
          .isBetween(CPU_BUDGET_MS - 100, CPU_BUDGET_MS + 1_000); // the watch began just before
    }
  }

  @Test
  void aHugeUploadOnASmallBoxIsReadSubsampled() {
    byte[] png = largestAcceptedPng();
    Placement box = new Placement(0, 0, 60, 30, 0); // 709 × 354 px
    BufferedImage read = ArtworkImage.raster(png, box).orElseThrow();
    // 8,000 px fitted to 354 px high (5,000 → 354): every 7th pixel, still twice the box.
    assertThat(read.getHeight()).isBetween(2 * 354, 5_000 / 6);
    assertThat(ArtworkImage.subsampling(1)).isEqualTo(1);
    assertThat(ArtworkImage.subsampling(0.5)).isEqualTo(1);
    assertThat(ArtworkImage.subsampling(0.1)).isEqualTo(5);
  }

  /** 8,000 × 5,000 px (the upload limit's 40 megapixels), smooth enough to stay under 10 MiB. */
  static byte[] largestAcceptedPng() {
    BufferedImage img = new BufferedImage(8_000, 5_000, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        img.setRGB(x, y, (x / 32) << 16 | (y / 20) << 8 | ((x + y) / 52));
      }
    }
    return TestImages.png(img);
  }

  private static long threadCpuMillis() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
  }
}
