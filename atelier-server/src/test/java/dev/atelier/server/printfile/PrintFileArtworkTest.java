package dev.atelier.server.printfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.atelier.formats.demo.Demos;
import dev.atelier.formats.print.PrintArea;
import dev.atelier.formats.product.DefinitionResult;
import dev.atelier.server.design.TextAt;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/**
 * Print files of customer artwork on the sneakers' tongue (40 × 50 mm, 3 mm safe margin): SVG
 * rendered by Batik, rotation applied, personalization text as outlines (paths, no font), placed
 * and turned.
 */
class PrintFileArtworkTest {
  static final PrintArea TONGUE =
      ((DefinitionResult.Loaded) Demos.load("sneakers"))
          .definition()
          .printArea("tongue")
          .orElseThrow();

  /** Left half red, right half blue. */
  private static final byte[] SVG =
      ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\">"
              + "<rect width=\"100\" height=\"100\" fill=\"#ff0000\"/>"
              + "<rect x=\"100\" width=\"100\" height=\"100\" fill=\"#0000ff\"/></svg>")
          .getBytes(StandardCharsets.UTF_8);

  private static BufferedImage png(PrintFiles files) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(files.png()));
  }

  private static int px(double mm) {
    return PrintFileRenderer.pixels(mm);
  }

  @Test
  void anSvgIsRenderedInItsBoxAndRotated() throws IOException {
    BufferedImage art = ArtworkImage.svg(SVG, px(30), px(15)).orElseThrow();
    assertThat(art.getWidth()).isEqualTo(px(30));
    // A 30 x 15 mm box from (5, 10): red on the left, blue on the right.
    PrintFiles upright =
        PrintFileRenderer.render(TONGUE, new Placement(5, 10, 30, 15, 0), art, null).orElseThrow();
    BufferedImage image = png(upright);
    assertThat(image.getRGB(px(12), px(17))).isEqualTo(0xffff0000);
    assertThat(image.getRGB(px(28), px(17))).isEqualTo(0xff0000ff);
    assertThat(image.getRGB(px(20), px(40)) >>> 24).isZero(); // below the box: transparent
    // Turned half a turn the halves swap.
    PrintFiles turned =
        PrintFileRenderer.render(TONGUE, new Placement(5, 10, 30, 15, 180), art, null)
            .orElseThrow();
    BufferedImage rotated = png(turned);
    assertThat(rotated.getRGB(px(12), px(17))).isEqualTo(0xff0000ff);
    assertThat(rotated.getRGB(px(28), px(17))).isEqualTo(0xffff0000);
  }

  /** The PDF's page fills paths (m, c, f), shows no text and has no font; one output intent. */
  static void assertOutlinesWithoutFont(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDPage page = doc.getPage(0);
      assertThat(page.getResources().getFontNames()).isEmpty();
      List<String> operators = new ArrayList<>();
      for (Object token : new PDFStreamParser(page).parse()) {
        if (token instanceof Operator op) {
          operators.add(op.getName());
        }
      }
      assertThat(operators).contains("m", "c", "f").doesNotContain("Tj", "TJ", "BT");
      assertThat(doc.getDocumentCatalog().getOutputIntents()).hasSize(1);
    }
  }

  @Test
  void textIsDrawnAsOutlinesWithoutAFont() throws IOException {
    PrintFiles files =
        PrintFileRenderer.render(TONGUE, null, null, new AreaText("JMK", 4)).orElseThrow();
    assertOutlinesWithoutFont(files.pdf());
    // The PNG fills the same shapes: dark pixels between the baseline (3 mm above the bottom)
    // and the capital height (4 mm above it), centred; nothing above.
    BufferedImage image = png(files);
    int dark = 0;
    for (int y = px(50 - 7); y < px(50 - 3); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int argb = image.getRGB(x, y);
        if (argb >>> 24 > 200 && (argb & 0xffffff) == 0) {
          dark++;
        }
      }
    }
    assertThat(dark).isGreaterThan(500);
    for (int y = 0; y < px(50 - 8); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) {
        assertThat(image.getRGB(x, y) >>> 24).isZero();
      }
    }
    assertThat(image.getRGB(px(20), px(50 - 3) + 3) >>> 24).isZero(); // below the baseline
  }

  @Test
  void aPlacedTextIsTurnedAboutItsCentre() throws IOException {
    AreaText jmk = new AreaText("JMK", 4);
    Rectangle flat =
        ink(PrintFileRenderer.render(TONGUE, null, null, jmk.placedAt(new TextAt(20, 25))));
    PrintFiles files =
        PrintFileRenderer.render(TONGUE, null, null, jmk.placedAt(new TextAt(20, 25, 90)))
            .orElseThrow();
    assertOutlinesWithoutFont(files.pdf());
    Rectangle turned = PlacedTextTest.ink(png(files));
    // Unturned: 4 mm capitals, wider than tall; a quarter turn swaps the sides, same centre.
    assertThat(PlacedTextTest.mm(flat.getHeight())).isCloseTo(4.0, within(0.3));
    assertThat(flat.getWidth()).isGreaterThan(2 * flat.getHeight());
    assertThat(PlacedTextTest.mm(turned.getWidth())).isCloseTo(4.0, within(0.3));
    assertThat(turned.getHeight()).isCloseTo(flat.getWidth(), within(3.0));
    assertThat(PlacedTextTest.mm(turned.getCenterX())).isCloseTo(20.0, within(0.5));
    assertThat(PlacedTextTest.mm(turned.getCenterY())).isCloseTo(25.0, within(0.5));
  }

  @Test
  void aTurnedTextNearTheEdgeIsHeldInsideTheSafeArea() throws IOException {
    AreaText jmk = new AreaText("JMK", 4).placedAt(new TextAt(37, 47, 45));
    Rectangle ink = ink(PrintFileRenderer.render(TONGUE, null, null, jmk));
    assertThat(PlacedTextTest.mm(ink.getMaxX())).isLessThanOrEqualTo(37.2);
    assertThat(PlacedTextTest.mm(ink.getMaxY())).isLessThanOrEqualTo(47.2);
    assertThat(PlacedTextTest.mm(ink.getCenterX())).isLessThan(36.0);
  }

  private static Rectangle ink(Optional<PrintFiles> files) throws IOException {
    return PlacedTextTest.ink(png(files.orElseThrow()));
  }

  @Test
  void anAreaTooLargeForThePixelCapHasNoFiles() {
    PrintArea huge =
        new PrintArea(
            "wall", TONGUE.label(), "wall", 1000, 1000, 10, TONGUE.techniques(), Optional.empty());
    assertThat(PrintFileRenderer.render(huge, null, null, null)).isEmpty();
  }
}
