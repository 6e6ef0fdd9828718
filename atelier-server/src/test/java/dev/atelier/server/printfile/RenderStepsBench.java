package dev.atelier.server.printfile;

import dev.atelier.formats.print.PrintArea;
import dev.atelier.formats.print.PrintText;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * CPU time of the render steps on the worst accepted input ({@link LongRenderStepsTest}): the old
 * single calls (ImageIO.read of the whole upload, one drawImage, PDFBox's LosslessFactory) against
 * the new stoppable ones (subsampled read, bands, {@link PdfImage}), alternating, and how much CPU
 * a render stopped at a budget uses before it returns. Run: {@code java -cp ...
 * dev.atelier.server.printfile.RenderStepsBench [rounds]}.
 */
public final class RenderStepsBench {
  private RenderStepsBench() {}

  public static void main(String[] args)
      throws IOException, InterruptedException, ExecutionException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    byte[] png = LongRenderStepsTest.largestAcceptedPng();
    PrintArea wall = LongRenderStepsTest.wall();
    Placement whole = new Placement(0, 0, 400, 380, 45);
    Placement heel = new Placement(0, 0, 60, 30, 0);
    AreaText text =
        new AreaText(
            List.of("W".repeat(200), "M".repeat(200), "Q".repeat(200)),
            0,
            Color.RED,
            PrintText.Position.CENTRE);
    System.out.printf("upload %d bytes, 8000 x 5000; load %s%n", png.length, load());
    BufferedImage full = ImageIO.read(new ByteArrayInputStream(png));
    for (int r = 0; r < rounds; r++) {
      long t = cpu();
      ImageIO.read(new ByteArrayInputStream(png));
      long oldRead = cpu() - t;
      t = cpu();
      ArtworkImage.raster(png, heel).orElseThrow();
      long newRead = cpu() - t;
      BufferedImage canvas = canvas(wall);
      t = cpu();
      oldDraw(canvas, whole, full);
      long oldDraw = cpu() - t;
      canvas = canvas(wall);
      BufferedImage finalCanvas = canvas;
      long[] longest = {0};
      long[] last = {cpu()};
      t = cpu();
      Bands.paint(
          canvas,
          g -> {
            g.drawImage(full, PrintFileRenderer.transform(whole, full), null);
            long now = cpu();
            longest[0] = Math.max(longest[0], now - last[0]);
            last[0] = now;
          });
      long newDraw = cpu() - t;
      long oldPdf;
      long newPdf;
      try (PDDocument doc = new PDDocument()) {
        t = cpu();
        LosslessFactory.createFromImage(doc, finalCanvas);
        oldPdf = cpu() - t;
        t = cpu();
        PdfImage.of(doc, finalCanvas).orElseThrow();
        newPdf = cpu() - t;
      }
      System.out.printf(
          "round %d: read whole %d ms / subsampled for a 60 x 30 mm box %d ms; draw 21 MP at 45°"
              + " one call %d ms / %d bands %d ms (longest band %d ms); PDF image LosslessFactory"
              + " %d ms / PdfImage %d ms; load %s%n",
          r,
          oldRead,
          newRead,
          oldDraw,
          (canvas.getHeight() + Bands.ROWS - 1) / Bands.ROWS,
          newDraw,
          longest[0],
          oldPdf,
          newPdf,
          load());
      System.out.printf(
          "round %d: whole render, full upload, text: %d ms CPU; stopped at 500 ms CPU: %d ms CPU"
              + " at return; load %s%n",
          r,
          renderCpu(wall, whole, full, text, Duration.ofHours(1)),
          renderCpu(wall, whole, full, text, Duration.ofMillis(500)),
          load());
    }
  }

  private static long renderCpu(
      PrintArea area, Placement p, BufferedImage artwork, AreaText text, Duration cpuBudget)
      throws InterruptedException, ExecutionException {
    ExecutorService one = Executors.newSingleThreadExecutor();
    try (RenderWatchdog watchdog =
        new RenderWatchdog(
            new PrintJobWorker.Budget(Duration.ofHours(1), cpuBudget), Duration.ofMillis(50))) {
      return one.submit(
              () -> {
                RenderWatchdog.Watch watch = watchdog.watch();
                long t = cpu();
                try {
                  PrintFileRenderer.render(area, p, artwork, text);
                  return cpu() - t;
                } finally {
                  watch.end();
                }
              })
          .get();
    } finally {
      one.shutdownNow();
    }
  }

  private static BufferedImage canvas(PrintArea a) {
    return new BufferedImage(
        PrintFileRenderer.pixels(a.widthMm()),
        PrintFileRenderer.pixels(a.heightMm()),
        BufferedImage.TYPE_INT_ARGB);
  }

  /** The drawing before the bands: one call. */
  private static void oldDraw(BufferedImage canvas, Placement p, BufferedImage artwork) {
    Graphics2D g = Bands.graphics(canvas);
    try {
      g.drawImage(artwork, PrintFileRenderer.transform(p, artwork), null);
    } finally {
      g.dispose();
    }
  }

  private static long cpu() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
  }

  private static String load() {
    return String.format(
        "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
