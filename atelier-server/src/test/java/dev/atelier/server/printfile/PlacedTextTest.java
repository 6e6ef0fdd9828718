package dev.atelier.server.printfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.design.ArtworkContractTest;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestServer;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One position for text (issue 17), on H2 and PostgreSQL: the shopper's placed text ({@code
 * artwork.<area>.text}, the block's centre in mm) travels with a saved design and an order into the
 * print job, and the print file has the text's ink at that spot; a centre outside the safe area is
 * a 422 naming the field.
 */
@Tag("slow")
public class PlacedTextTest {
  private static final long SHOPPER = 43;

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void theMonogramIsPrintedWhereItWasPlaced(TestDatabases.Kind kind) throws IOException {
    try (OrderServer s = OrderServer.fresh(kind)) {
      JsonNode design = PrintTextAtOrderTest.redMonogramOnHeel(s);
      design = ArtworkContractTest.with(design, "heel_text_mm", "4");

      ObjectNode outside = ArtworkContractTest.order(design, textAt("heel", 59, 10));
      outside.putObject("texts").put("monogram", "JMK");
      OrderServer.Answer refused = s.post("/api/orders", SHOPPER, "k-out", outside.toString());
      assertThat(refused.status()).as(refused.text()).isEqualTo(422);
      assertThat(refused.body().get("field").asText()).isEqualTo("artwork.heel.text.x");

      // Saved with its place, the design echoes it (what a share link opens).
      ObjectNode save = TestServer.JSON.createObjectNode();
      save.set("design", design);
      save.set("artwork", textAt("heel", 15, 8));
      OrderServer.Answer saved = s.post("/api/saved-designs", SHOPPER, "k-save", save.toString());
      assertThat(saved.status()).as(saved.text()).isBetween(200, 201);
      assertThat(saved.body().at("/artwork/heel/text/x").asDouble()).isEqualTo(15.0);
      assertThat(saved.body().at("/artwork/heel/text/y").asDouble()).isEqualTo(8.0);
      assertThat(saved.body().at("/artwork/heel/text").has("rotation")).isFalse();
      // Turned, it echoes the turn (what the surface draws again from a share link).
      ObjectNode turned = textAt("heel", 15, 8);
      ((ObjectNode) turned.at("/heel/text")).put("rotation", 90);
      save.set("artwork", turned);
      OrderServer.Answer savedTurned =
          s.post("/api/saved-designs", SHOPPER, "k-save-turned", save.toString());
      assertThat(savedTurned.status()).as(savedTurned.text()).isBetween(200, 201);
      assertThat(savedTurned.body().at("/artwork/heel/text/rotation").asInt()).isEqualTo(90);

      ObjectNode order = ArtworkContractTest.order(design, textAt("heel", 15, 8));
      order.putObject("texts").put("monogram", "JMK");
      OrderServer.Answer placed = s.post("/api/orders", SHOPPER, "k-placed", order.toString());
      assertThat(placed.status()).as(placed.text()).isEqualTo(201);
      assertThat(placed.body().at("/artwork/heel/text/x").asDouble()).isEqualTo(15.0);
      assertThat(s.renderPrintFiles()).isEqualTo(1);
      byte[] bytes =
          s.database()
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT bytes FROM print_files WHERE format = 'png'")
                          .mapTo(byte[].class)
                          .one());
      BufferedImage png = ImageIO.read(new ByteArrayInputStream(bytes));
      Rectangle ink = ink(png);
      // Capitals 4 mm tall centred on (15, 8) mm: ink from 6 to 10 mm down, around 15 mm across.
      assertThat(mm(ink.getCenterX())).isCloseTo(15.0, offset(0.5));
      assertThat(mm(ink.getCenterY())).isCloseTo(8.0, offset(0.5));
      assertThat(mm(ink.getHeight())).isCloseTo(4.0, offset(0.3));
      assertThat(png.getRGB((int) ink.getCenterX(), (int) ink.getCenterY()) >>> 24).isNotZero();
    }
  }

  /** {@code {"<area>": {"text": {"x": x, "y": y}}}}. */
  static ObjectNode textAt(String area, double x, double y) {
    ObjectNode a = TestServer.JSON.createObjectNode();
    a.putObject(area).putObject("text").put("x", x).put("y", y);
    return a;
  }

  /** Millimetres of {@code px} pixels at the print files' 300 dpi. */
  public static double mm(double px) {
    return px * 25.4 / PrintFileRenderer.DPI;
  }

  /** The bounding box of the opaque pixels. */
  public static Rectangle ink(BufferedImage png) {
    Rectangle box = null;
    for (int y = 0; y < png.getHeight(); y++) {
      for (int x = 0; x < png.getWidth(); x++) {
        if (png.getRGB(x, y) >>> 24 > 128) {
          Rectangle p = new Rectangle(x, y, 1, 1);
          box = box == null ? p : box.union(p);
        }
      }
    }
    return box == null ? new Rectangle() : box;
  }
}
