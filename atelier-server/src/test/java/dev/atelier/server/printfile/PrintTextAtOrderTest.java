package dev.atelier.server.printfile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.design.ArtworkContractTest;
import dev.atelier.server.testing.OrderServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Personalization text in the order's print files, on H2 and PostgreSQL: a sneakers order with a
 * monogram on the heel and no upload gets the heel's PNG and PDF, the text in the laces' colour as
 * outlines (no font in the PDF); a jeans order with a photo and a patch text gets both on the back
 * patch. The order records the jobs; the test runs the worker before reading the files.
 */
@Tag("slow")
class PrintTextAtOrderTest {
  private static final long SHOPPER = 41;

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aMonogramWithoutAnUploadGetsPrintFiles(TestDatabases.Kind kind) throws IOException {
    try (OrderServer s = OrderServer.fresh(kind)) {
      JsonNode design = redMonogramOnHeel(s);
      design =
          ArtworkContractTest.without(
              design, "heel_text_mm"); // the model's size: fitted to the heel
      String body = OrderServer.orderBody(design, 1, Map.of("monogram", "JMK"));
      OrderServer.Answer placed = s.post("/api/orders", SHOPPER, "k-mono", body);
      assertThat(placed.status()).as(placed.text()).isEqualTo(201);
      // The order recorded the heel's job, text only; the worker (run here) renders it once.
      assertThat(job(s))
          .isEqualTo(
              Map.of("upload", "-", "lines", "JMK", "colour", "#b3261e", "position", "CENTRE"));
      assertThat(files(s)).isEmpty();
      assertThat(s.renderPrintFiles()).isEqualTo(1);
      assertThat(s.renderPrintFiles()).isZero();
      List<PrintFiles> files = files(s);
      assertThat(files).singleElement().satisfies(f -> assertThat(f.area()).isEqualTo("heel"));
      PrintFiles heel = files.get(0);
      assertThat(PrintFileRendererTest.pixelsPerMetre(heel.png())).isEqualTo(11811); // 300 dpi
      BufferedImage png = ImageIO.read(new ByteArrayInputStream(heel.png()));
      assertThat(png.getWidth()).isEqualTo(PrintFileRenderer.pixels(60)).isEqualTo(709);
      assertThat(png.getHeight()).isEqualTo(PrintFileRenderer.pixels(30)).isEqualTo(354);
      // Fitted: red capitals across the heel's middle; nothing in the 2 mm margin.
      assertThat(count(png, 0, png.getHeight() / 2 - 5, png.getHeight() / 2 + 5, 0xb3261e))
          .isGreaterThan(50);
      assertThat(count(png, 0, 0, PrintFileRenderer.pixels(2) - 2, -1)).isZero();
      PrintFileArtworkTest.assertOutlinesWithoutFont(heel.pdf());

      // An order without a monogram (the cheapest) gets no print file.
      s.placeCheapest(SHOPPER, "k-plain", "sneakers", 1);
      assertThat(s.renderPrintFiles()).isZero();
      assertThat(files(s)).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aPatchTextIsDrawnOverThePhoto(TestDatabases.Kind kind) throws IOException {
    try (OrderServer s = OrderServer.fresh(kind)) {
      String photo = ArtworkContractTest.upload(s, SHOPPER, ArtworkContractTest.photo(450, 300));
      JsonNode design = s.completeDesign("jeans");
      design = ArtworkContractTest.with(design, "patch_text", "given");
      design = ArtworkContractTest.with(design, "fabric", "black");
      design = ArtworkContractTest.placed(design, "backpatch", 5, 5, 30, 20);
      design = ArtworkContractTest.with(design, "backpatch_technique", "print");
      design = ArtworkContractTest.without(design, "backpatch_text_mm");
      ObjectNode order =
          ArtworkContractTest.order(design, ArtworkContractTest.artwork("backpatch", photo, 0));
      order.putObject("texts").put("patch_text", "ATELIER 26");
      OrderServer.Answer placed = s.post("/api/orders", SHOPPER, "k-patch", order.toString());
      assertThat(placed.status()).as(placed.text()).isEqualTo(201);
      assertThat(job(s)).containsEntry("upload", photo).containsEntry("lines", "ATELIER 26");
      assertThat(s.renderPrintFiles()).isEqualTo(1);
      PrintFiles patch = files(s).get(0);
      BufferedImage png = ImageIO.read(new ByteArrayInputStream(patch.png()));
      assertThat(png.getWidth()).isEqualTo(PrintFileRenderer.pixels(80));
      assertThat(png.getHeight()).isEqualTo(PrintFileRenderer.pixels(50));
      // The photo in its box (5..35 mm), the near-white text (black denim) across the middle.
      assertThat(png.getRGB(PrintFileRenderer.pixels(8), PrintFileRenderer.pixels(8)) >>> 24)
          .isEqualTo(255);
      assertThat(count(png, 0, png.getHeight() / 2 - 5, png.getHeight() / 2 + 5, 0xf4f4f4))
          .isGreaterThan(50);
      PrintFileArtworkTest.assertOutlinesWithoutFont(patch.pdf());
    }
  }

  /** The stored print files, PNG and PDF of one area each, in area order. */
  private static List<PrintFiles> files(OrderServer s) {
    return s.database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT a.area, p.bytes AS png, d.bytes AS pdf"
                            + " FROM production_print_files a"
                            + " JOIN print_files p ON p.sha256 = a.sha256 AND p.format = 'png'"
                            + " JOIN production_print_files b ON b.production_order ="
                            + " a.production_order AND b.area = a.area"
                            + " JOIN print_files d ON d.sha256 = b.sha256 AND d.format = 'pdf'"
                            + " ORDER BY a.area")
                    .map(
                        (r, c) ->
                            new PrintFiles(
                                r.getString("area"), r.getBytes("png"), r.getBytes("pdf"), 0, 0))
                    .list());
  }

  /** The one print job's upload ("-" for none) and text as stored. */
  private static Map<String, String> job(OrderServer s) {
    return s.database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT upload, text_lines, text_colour, text_position FROM print_job")
                    .map(
                        (r, c) ->
                            Map.of(
                                "upload",
                                r.getString(1) == null ? "-" : r.getString(1),
                                "lines",
                                r.getString(2),
                                "colour",
                                r.getString(3),
                                "position",
                                r.getString(4)))
                    .one());
  }

  /** Opaque pixels of rows {@code y0..y1} near {@code rgb} (-1: any colour). */
  private static int count(BufferedImage png, int x0, int y0, int y1, int rgb) {
    int n = 0;
    for (int y = Math.max(0, y0); y < Math.min(png.getHeight(), y1); y++) {
      for (int x = x0; x < png.getWidth(); x++) {
        int argb = png.getRGB(x, y);
        if (argb >>> 24 == 255 && (rgb < 0 || (argb & 0xffffff) == rgb)) {
          n++;
        }
      }
    }
    return n;
  }

  /** Sneakers of size 42 with a monogram on the heel, laces (and so the text) red, facts given. */
  static JsonNode redMonogramOnHeel(OrderServer s) {
    JsonNode design = s.withFacts(s.sneakersWithText("monogram"));
    design = ArtworkContractTest.with(design, "monogram_place", "heel");
    return ArtworkContractTest.with(design, "laces_colour", "red");
  }
}
