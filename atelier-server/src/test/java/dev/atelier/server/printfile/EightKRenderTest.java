package dev.atelier.server.printfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.formats.demo.Demos;
import dev.atelier.formats.print.PrintArea;
import dev.atelier.formats.product.DefinitionResult;
import dev.atelier.server.upload.ArtworkKind;
import dev.atelier.server.upload.StoredUpload;
import dev.atelier.server.upload.UploadChecker;
import dev.atelier.server.upload.UploadLimits;
import dev.atelier.server.upload.UploadVerdict;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One 8K photo (7,680 × 4,320 px, a JPEG as a camera writes it; 8,192² is over the upload limit's
 * 8,000 px a side and refused from its header) checked as an upload and rendered at print time on
 * each demo print area, box as large as the area allows: CPU of this thread, wall time and the
 * heap's peak (all heap pools' peak usage after a GC and a reset) per step; the upload check the
 * old way (whole decode, re-encode) and the new (one sampled decode, metadata stripped)
 * alternating, with the same verdict. Run: {@code java -Xmx512m -cp ...
 * dev.atelier.server.printfile.EightKRenderBench [rounds]} (docs/performance.md, session 13).
 * Asserts the upload is accepted and each file has the area's pixels at 300 dpi.
 */
@Tag("slow")
class EightKRenderTest {

  @Test
  void an8kPhotoIsCheckedAndRenderedOnEveryPrintArea() throws IOException {
    int rounds = Integer.getInteger("atelier.bench.rounds", 3);
    byte[] jpeg = photo(7_680, 4_320);
    System.out.printf(
        "8K JPEG %d bytes; max heap %d MiB; load %.1f%n",
        jpeg.length,
        Runtime.getRuntime().maxMemory() >> 20,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    UploadChecker checker = new UploadChecker(UploadLimits.DEFAULT);
    List<PrintArea> areas =
        List.of(area("sneakers", "tongue"), area("sneakers", "heel"), area("jeans", "backpatch"));
    for (int r = 0; r < rounds; r++) {
      // Old (the whole image decoded and re-encoded) and new (one sampled decode, the metadata
      // stripped) alternate: old first in even rounds.
      UploadVerdict first = check(checker, jpeg, r % 2 == 0);
      UploadVerdict second = check(checker, jpeg, r % 2 != 0);
      assertThat(first).isInstanceOf(UploadVerdict.Accepted.class);
      assertThat(verdict(second)).isEqualTo(verdict(first));
      StoredUpload upload = new StoredUpload("8k", ArtworkKind.JPEG, jpeg, 7_680, 4_320, 256, true);
      for (PrintArea area : areas) {
        int m = area.safeMarginMm();
        Placement box = new Placement(m, m, area.widthMm() - 2 * m, area.heightMm() - 2 * m, 30);
        PrintJob job = new PrintJob("po", area.id(), "1", "p", "1", "8k", box, null);
        Step render = Step.start();
        PrintFiles files = OrderPrintFiles.render(area, job, upload).orElseThrow();
        assertThat(files.widthPx()).isEqualTo(PrintFileRenderer.pixels(area.widthMm()));
        assertThat(files.heightPx()).isEqualTo(PrintFileRenderer.pixels(area.heightMm()));
        render.end(
            String.format(
                "round %d render %s %d x %d mm -> %d x %d px, PNG %d B, PDF %d B",
                r,
                area.id(),
                area.widthMm(),
                area.heightMm(),
                files.widthPx(),
                files.heightPx(),
                files.png().length,
                files.pdf().length));
      }
    }
  }

  /** The upload check of body, the old way (whole decode, re-encode) when asked; measured. */
  private static UploadVerdict check(UploadChecker checker, byte[] body, boolean old) {
    System.setProperty("atelier.upload.fullDecode", String.valueOf(old));
    try {
      Step check = Step.start();
      UploadVerdict verdict = checker.check(body, "image/jpeg");
      int stored = verdict instanceof UploadVerdict.Accepted a ? a.bytes().length : 0;
      check.end(
          (old ? "old" : "new") + " upload check: " + verdict(verdict) + ", " + stored + " B");
      return verdict;
    } finally {
      System.clearProperty("atelier.upload.fullDecode");
    }
  }

  /** The verdict without its bytes: what the old and the new check must agree on. */
  private static String verdict(UploadVerdict v) {
    if (v instanceof UploadVerdict.Accepted a) {
      return String.format(
          "accepted %dx%d, %d colours, photo %b",
          a.widthPx(), a.heightPx(), a.colours(), a.photo());
    }
    return v.toString();
  }

  /** A noisy photo-like picture (gradients and grain), as a JPEG at quality 0.9. */
  static byte[] photo(int w, int h) throws IOException {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(8);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int g = random.nextInt(24);
        img.setRGB(
            x, y, ((x * 200 / w + g) << 16) | ((y * 200 / h + g) << 8) | ((x + y) % 200 + g));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "jpg", out);
    return out.toByteArray();
  }

  private static PrintArea area(String product, String id) {
    return ((DefinitionResult.Loaded) Demos.load(product)).definition().printArea(id).orElseThrow();
  }

  /** One measured step: thread CPU, wall, heap peak since its start. */
  private record Step(long cpu, long wall, long heapBefore) {
    static Step start() {
      System.gc();
      long used = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          pool.resetPeakUsage();
          used += pool.getUsage().getUsed();
        }
      }
      return new Step(
          ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(), System.nanoTime(), used);
    }

    void end(String what) {
      long cpuMs =
          (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000;
      long wallMs = (System.nanoTime() - wall) / 1_000_000;
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      System.out.printf(
          "%s: %d ms CPU, %d ms wall, heap peak %d MiB (%d MiB before); load %.1f%n",
          what,
          cpuMs,
          wallMs,
          peak >> 20,
          heapBefore >> 20,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }
}
