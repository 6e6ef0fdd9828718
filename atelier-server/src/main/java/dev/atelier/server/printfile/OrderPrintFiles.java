package dev.atelier.server.printfile;

import dev.atelier.formats.print.ArtworkAttributes;
import dev.atelier.formats.print.PrintArea;
import dev.atelier.server.design.ArtworkRef;
import dev.atelier.server.order.PlacedOrder;
import dev.atelier.server.upload.StoredUpload;
import dev.atelier.server.upload.UploadStore;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Makes an order's print files inside its transaction: for each print area with artwork or a
 * personalization text ({@link AreaText#of}), the upload's bytes read from the upload store, placed
 * as the area's {@code _x/_y/_width/_height} decisions say and rotated as the artwork map says, and
 * the text as outlines, rendered at 300 dpi (PNG and PDF) and stored by content hash. An order
 * without either costs nothing (no query, no rendering). Thread-safe.
 */
public final class OrderPrintFiles {

  private OrderPrintFiles() {}

  /**
   * The stored files of {@code order}'s artwork and personalization texts, written through {@code
   * h}; empty for none.
   */
  public static List<PrintFileLink> make(Handle h, PlacedOrder order) {
    List<PrintFileLink> links = new ArrayList<>();
    Map<String, String> values = order.configuration().values();
    for (PrintArea area : order.product().definition().printAreas()) {
      ArtworkRef ref = order.artwork().get(area.id());
      Optional<AreaText> text = AreaText.of(area, values, order.texts());
      if (ref == null && text.isEmpty()) {
        continue;
      }
      Placement placement = ref == null ? null : placement(area, values, ref.degrees());
      Optional<BufferedImage> image =
          ref == null || placement == null
              ? Optional.empty()
              : UploadStore.read(h, ref.upload()).flatMap(u -> image(u, placement));
      if (image.isEmpty() && text.isEmpty()) {
        continue;
      }
      PrintFileRenderer.render(area, placement, image.orElse(null), text.orElse(null))
          .ifPresent(f -> links.addAll(PrintFileStore.save(h, f, order.createdAt())));
    }
    return List.copyOf(links);
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
      return ArtworkImage.raster(upload.bytes());
    }
    return ArtworkImage.svg(
        upload.bytes(),
        PrintFileRenderer.pixels(p.widthMm()),
        PrintFileRenderer.pixels(p.heightMm()));
  }
}
