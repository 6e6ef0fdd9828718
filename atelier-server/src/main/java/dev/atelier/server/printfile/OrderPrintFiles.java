package dev.atelier.server.printfile;

import dev.atelier.formats.print.ArtworkAttributes;
import dev.atelier.formats.print.PrintArea;
import dev.atelier.server.design.ArtworkRef;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.order.PlacedOrder;
import dev.atelier.server.upload.StoredUpload;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an order's print files are made of: for each print area with artwork or a personalization
 * text ({@link AreaText#of}), a {@link PrintJob} (the upload, placed as the area's {@code
 * _x/_y/_width/_height} decisions say and rotated as the artwork map says, and the text), recorded
 * in the order's transaction; and the rendering of one job at 300 dpi (PNG and PDF, the text as
 * outlines), which the {@link PrintJobWorker} runs after the commit. An order with neither has no
 * job. Thread-safe.
 */
public final class OrderPrintFiles {

  private OrderPrintFiles() {}

  /**
   * The ids of the print areas of {@code order} that get files (artwork or text), in model order.
   */
  public static List<String> areas(PlacedOrder order) {
    return jobs(order, "-").stream().map(PrintJob::area).toList();
  }

  /**
   * The print jobs of {@code order}'s artwork and texts for {@code productionOrder}; empty for
   * none.
   */
  public static List<PrintJob> jobs(PlacedOrder order, String productionOrder) {
    List<PrintJob> jobs = new ArrayList<>();
    Map<String, String> values = order.configuration().values();
    for (PrintArea area : order.product().definition().printAreas()) {
      ArtworkRef ref = order.artwork().get(area.id());
      AreaText text =
          AreaText.of(area, values, order.texts())
              .map(t -> t.placedAt(ref == null ? null : ref.text()))
              .orElse(null);
      if (ref == null && text == null) {
        continue;
      }
      jobs.add(
          new PrintJob(
              productionOrder,
              area.id(),
              Long.toString(order.id()),
              order.product().product(),
              order.product().version(),
              ref == null ? null : ref.upload(),
              ref == null || ref.upload() == null ? null : placement(area, values, ref.degrees()),
              text));
    }
    return List.copyOf(jobs);
  }

  /**
   * The files of {@code job} on {@code area}: {@code upload} (null for a job without artwork)
   * placed as the job says, and its text; empty when the artwork cannot be drawn.
   */
  public static Optional<PrintFiles> render(
      PrintArea area, PrintJob job, @Nullable StoredUpload upload) {
    Placement placement = job.placement();
    BufferedImage image = null;
    if (upload != null && placement != null) {
      Optional<BufferedImage> drawn = image(upload, placement);
      if (drawn.isEmpty()) {
        return Optional.empty();
      }
      image = drawn.get();
    }
    return PrintFileRenderer.render(area, placement, image, job.text());
  }

  /** Where the configuration places the artwork on {@code area} (the whole area when undecided). */
  static Placement placement(PrintArea area, Map<String, String> values, int rotation) {
    int w = mm(values, ArtworkAttributes.id(area, "width"), area.widthMm());
    int h = mm(values, ArtworkAttributes.id(area, "height"), area.heightMm());
    int x = mm(values, ArtworkAttributes.id(area, "x"), 0);
    int y = mm(values, ArtworkAttributes.id(area, "y"), 0);
    return new Placement(
        Math.min(x, area.widthMm() - 1),
        Math.min(y, area.heightMm() - 1),
        Math.max(1, Math.min(w, area.widthMm() - x)),
        Math.max(1, Math.min(h, area.heightMm() - y)),
        rotation);
  }

  private static int mm(Map<String, String> values, String attribute, int otherwise) {
    String v = values.get(attribute);
    if (v == null) {
      return otherwise;
    }
    try {
      return Math.max(0, Integer.parseInt(v));
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  private static Optional<BufferedImage> image(StoredUpload upload, Placement p) {
    if (upload.kind().raster()) {
      return ArtworkImage.raster(upload.bytes(), p);
    }
    return ArtworkImage.svg(
        upload.bytes(),
        PrintFileRenderer.pixels(p.widthMm()),
        PrintFileRenderer.pixels(p.heightMm()));
  }
}
