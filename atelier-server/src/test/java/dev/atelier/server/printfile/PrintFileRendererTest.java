package dev.atelier.server.printfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.formats.demo.Demos;
import dev.atelier.formats.print.PrintArea;
import dev.atelier.formats.product.DefinitionResult;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** Print files of the sneakers' tongue (40 x 50 mm): pixel size, dpi, page size, output intent. */
class PrintFileRendererTest {
  private static final PrintArea TONGUE =
      ((DefinitionResult.Loaded) Demos.load("sneakers"))
          .definition()
          .printArea("tongue")
          .orElseThrow();

  private static BufferedImage redSquare() {
    BufferedImage img = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, 200, 200);
    g.dispose();
    return img;
  }

  @Test
  void thePngIsTheWholeAreaAt300DpiWithTheArtworkInItsBox() throws IOException {
    PrintFiles files =
        PrintFileRenderer.render(TONGUE, new Placement(5, 10, 30, 30, 0), redSquare());
    // 40 mm = 472.4 px, 50 mm = 590.6 px at 300 dpi.
    assertThat(files.widthPx()).isEqualTo(472);
    assertThat(files.heightPx()).isEqualTo(591);
    BufferedImage png = ImageIO.read(new ByteArrayInputStream(files.png()));
    assertThat(png.getWidth()).isEqualTo(472);
    assertThat(png.getHeight()).isEqualTo(591);
    // The box's centre (20 mm, 25 mm) is red; the corner outside it is transparent.
    assertThat(png.getRGB(PrintFileRenderer.pixels(20), PrintFileRenderer.pixels(25)))
        .isEqualTo(0xffff0000);
    assertThat(png.getRGB(5, 5) >>> 24).isZero();
    assertThat(pixelsPerMetre(files.png())).isEqualTo(11811); // 300 dpi = 11,811 px per metre
  }

  @Test
  void thePdfIsTheAreasSizeWithTheImageAndAnSrgbOutputIntent() throws IOException {
    PrintFiles files =
        PrintFileRenderer.render(TONGUE, new Placement(5, 5, 30, 40, 90), redSquare());
    try (PDDocument pdf = Loader.loadPDF(files.pdf())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      PDPage page = pdf.getPage(0);
      assertThat(page.getMediaBox().getWidth())
          .isCloseTo(113.39f, org.assertj.core.data.Offset.offset(0.01f));
      assertThat(page.getMediaBox().getHeight())
          .isCloseTo(141.73f, org.assertj.core.data.Offset.offset(0.01f));
      var intents = pdf.getDocumentCatalog().getOutputIntents();
      assertThat(intents).hasSize(1);
      PDOutputIntent intent = intents.get(0);
      assertThat(intent.getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1");
      assertThat(intent.getCOSObject().getNameAsString(COSName.S)).isEqualTo("GTS_PDFA1");
      try (var icc = intent.getDestOutputIntent().createInputStream()) {
        java.awt.color.ICC_Profile profile = java.awt.color.ICC_Profile.getInstance(icc);
        assertThat(profile.getColorSpaceType()).isEqualTo(java.awt.color.ColorSpace.TYPE_RGB);
      }
      COSName name = page.getResources().getXObjectNames().iterator().next();
      PDImageXObject image = (PDImageXObject) page.getResources().getXObject(name);
      assertThat(image.getWidth()).isEqualTo(472);
      assertThat(image.getHeight()).isEqualTo(591);
      // 472 px over 40 mm: 300 dpi in the PDF too.
      assertThat(image.getWidth() / (page.getMediaBox().getWidth() / 72f))
          .isCloseTo(300f, org.assertj.core.data.Offset.offset(1f));
      // The image (RGB with its alpha as a soft mask, compressed by PdfImage) is the PNG's pixels.
      BufferedImage decoded = image.getImage();
      BufferedImage png = ImageIO.read(new ByteArrayInputStream(files.png()));
      for (int y = 0; y < png.getHeight(); y += 7) {
        for (int x = 0; x < png.getWidth(); x += 7) {
          int expected = png.getRGB(x, y);
          int actual = decoded.getRGB(x, y);
          assertThat(actual >>> 24).as("alpha at %d,%d", x, y).isEqualTo(expected >>> 24);
          if (expected >>> 24 == 255) {
            assertThat(actual).as("colour at %d,%d", x, y).isEqualTo(expected);
          }
        }
      }
      assertThat(image.getCOSObject().getDictionaryObject(COSName.SMASK)).isNotNull();
    }
  }

  static int pixelsPerMetre(byte[] png) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      ImageReader reader = readers.next();
      reader.setInput(in);
      IIOMetadataNode root =
          (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
      IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
      assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
      assertThat(phys.getAttribute("pixelsPerUnitYAxis"))
          .isEqualTo(phys.getAttribute("pixelsPerUnitXAxis"));
      return Integer.parseInt(phys.getAttribute("pixelsPerUnitXAxis"));
    }
  }
}
