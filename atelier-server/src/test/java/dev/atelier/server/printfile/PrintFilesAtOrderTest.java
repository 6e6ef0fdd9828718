package dev.atelier.server.printfile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.design.ArtworkContractTest;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Print files made after the order, on H2 and PostgreSQL: a photo printed on the sneakers' tongue
 * leaves a print job due (named pending by {@code order.placed}; the queue shows it and refuses to
 * start the order); the worker, run here in the test's thread, renders it once into a 300 dpi PNG
 * and a PDF with an sRGB output intent, attached to the production order, listed in the work
 * centre's queue and referenced by {@code print-files.ready}; staff download them, customers get
 * 404; a retried order writes nothing again; an order without artwork gets no job.
 */
class PrintFilesAtOrderTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final long SHOPPER = 31;
  private static final long STAFF = 32;

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aPhotoOrderGetsPrintFilesStaffDownload(TestDatabases.Kind kind) throws IOException {
    try (OrderServer s = OrderServer.fresh(kind)) {
      OrderServer.Answer placed = placePhotoOrder(s, SHOPPER, "k-photo");
      assertThat(placed.status()).as(placed.text()).isEqualTo(201);
      String orderId = placed.body().get("id").asText();
      String productionOrder =
          text(s, "SELECT id FROM production_order WHERE order_id = '" + orderId + "'");

      // The order's transaction recorded the job and rendered nothing; order.placed says so.
      assertThat(text(s, "SELECT status FROM print_job")).isEqualTo("due");
      assertThat(attached(s, productionOrder)).isEmpty();
      assertThat(count(s, "SELECT COUNT(*) FROM print_files")).isZero();
      JsonNode placedEvent =
          TestServer.JSON.readTree(
              text(s, "SELECT body FROM outbox_event WHERE type = 'order.placed'"));
      assertThat(placedEvent.findValue("printFilesPending").toString()).isEqualTo("[\"tongue\"]");

      // The work centre's queue shows the files pending and will not start the order.
      String centre0 = firstOperation(s, productionOrder, "work_centre");
      String firstOp = firstOperation(s, productionOrder, "id");
      assertBlocked(s, centre0, productionOrder, firstOp);

      // The worker renders the job once; the files are attached to the production order.
      assertThat(s.renderPrintFiles()).isEqualTo(1);
      assertThat(s.renderPrintFiles()).isZero();
      assertThat(text(s, "SELECT status FROM print_job")).isEqualTo("done");
      List<String> files = attached(s, productionOrder);
      assertThat(files).hasSize(2);
      assertThat(count(s, "SELECT COUNT(*) FROM print_files")).isEqualTo(2);

      // print-files.ready references them with their download paths.
      JsonNode event =
          TestServer.JSON.readTree(
              text(s, "SELECT body FROM outbox_event WHERE type = 'print-files.ready'"));
      assertThat(event.findValue("productionOrderId").asText()).isEqualTo(productionOrder);
      JsonNode refs = event.findValue("printFiles");
      assertThat(refs).hasSize(2);
      String png = null;
      String pdf = null;
      for (JsonNode r : refs) {
        assertThat(r.get("area").asText()).isEqualTo("tongue");
        assertThat(files).contains(r.get("sha256").asText());
        if (r.get("format").asText().equals("png")) {
          png = r.get("path").asText();
        } else {
          pdf = r.get("path").asText();
        }
      }
      assertThat(png).startsWith("/api/print-files/");

      // Staff download: the PNG is the tongue (40 × 50 mm) at 300 dpi, with its resolution.
      HttpResponse<byte[]> image = download(s, png, STAFF, Role.STAFF);
      assertThat(image.statusCode()).isEqualTo(200);
      assertThat(image.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
      assertThat(image.headers().firstValue("Content-Disposition").orElse(""))
          .startsWith("attachment");
      BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.body()));
      assertThat(decoded.getWidth()).isEqualTo(PrintFileRenderer.pixels(40)).isEqualTo(472);
      assertThat(decoded.getHeight()).isEqualTo(PrintFileRenderer.pixels(50));
      assertThat(PrintFileRendererTest.pixelsPerMetre(image.body())).isEqualTo(11811); // 300 dpi
      // The photo covers the centre of its box (5..25 mm), not the corner.
      int centre = PrintFileRenderer.pixels(15);
      assertThat(decoded.getRGB(centre, centre) >>> 24).isEqualTo(255);
      assertThat(decoded.getRGB(decoded.getWidth() - 2, decoded.getHeight() - 2) >>> 24).isZero();

      HttpResponse<byte[]> document = download(s, pdf, STAFF, Role.STAFF);
      assertThat(document.statusCode()).isEqualTo(200);
      assertThat(document.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/pdf");
      try (PDDocument doc = Loader.loadPDF(document.body())) {
        assertThat(doc.getDocumentCatalog().getOutputIntents())
            .singleElement()
            .satisfies(
                i ->
                    assertThat(i.getOutputConditionIdentifier()).isEqualTo(PrintFileRenderer.SRGB));
      }

      // Customers (even the one who ordered) get 404.
      assertThat(download(s, pdf, SHOPPER, Role.CUSTOMER).statusCode()).isEqualTo(404);

      // The work centre's queue links them, and the order may start.
      JsonNode queue = s.get("/api/work-centres/" + centre0 + "/queue", STAFF, Role.STAFF).body();
      JsonNode listed = queue.get("printFiles").get(productionOrder);
      assertThat(listed).hasSize(2);
      assertThat(listed.findValuesAsText("path")).containsExactlyInAnyOrder(png, pdf);
      assertThat(queue.get("printFilesPending").has(productionOrder)).isFalse();
      // Staff read the area by its label in their language ("Zunge"), not its id.
      JsonNode areas = queue.get("printAreas").get(productionOrder);
      assertThat(areas.findValuesAsText("area")).contains("tongue");
      assertThat(areas.get(0).get("label").get("de").asText()).isEqualTo("Zunge");
      OrderServer.Answer started =
          s.postAs("/api/operations/" + firstOp + "/start", STAFF, Role.STAFF, "{}");
      assertThat(started.status()).as(started.text()).isEqualTo(200);

      // A retry with the same key answers the same order and writes no file again.
      OrderServer.Answer again = placePhotoOrder(s, SHOPPER, "k-photo");
      assertThat(again.body().get("id").asText()).isEqualTo(orderId);
      assertThat(count(s, "SELECT COUNT(*) FROM print_job")).isEqualTo(1);
      assertThat(s.renderPrintFiles()).isZero();
      assertThat(count(s, "SELECT COUNT(*) FROM print_files")).isEqualTo(2);
      assertThat(count(s, "SELECT COUNT(*) FROM production_print_files")).isEqualTo(2);

      // An order without artwork gets no print file.
      OrderServer.Answer plain = s.placeCheapest(SHOPPER, "k-plain", "sneakers", 1);
      assertThat(plain.status()).as(plain.text()).isEqualTo(201);
      String plainOrder =
          text(
              s,
              "SELECT id FROM production_order WHERE order_id = '"
                  + plain.body().get("id").asText()
                  + "'");
      assertThat(attached(s, plainOrder)).isEmpty();
      assertThat(count(s, "SELECT COUNT(*) FROM print_job")).isEqualTo(1);
      assertThat(count(s, "SELECT COUNT(*) FROM print_files")).isEqualTo(2);
    }
  }

  /** {@code column} of the first operation of {@code productionOrder}. */
  private static String firstOperation(OrderServer s, String productionOrder, String column) {
    return text(
        s,
        "SELECT "
            + column
            + " FROM production_operation WHERE production_order = '"
            + productionOrder
            + "' AND seq = 1");
  }

  /** The queue lists {@code productionOrder}'s files as due, never next, and start is 409. */
  private static void assertBlocked(
      OrderServer s, String centre, String productionOrder, String firstOp) {
    JsonNode waiting = s.get("/api/work-centres/" + centre + "/queue", STAFF, Role.STAFF).body();
    assertThat(waiting.get("printFilesPending").get(productionOrder).get(0).get("status").asText())
        .isEqualTo("due");
    assertThat(waiting.get("next").asText("")).isNotEqualTo(firstOp);
    OrderServer.Answer blocked =
        s.postAs("/api/operations/" + firstOp + "/start", STAFF, Role.STAFF, "{}");
    assertThat(blocked.status()).as(blocked.text()).isEqualTo(409);
    assertThat(blocked.text()).contains("print files");
  }

  /** Places sneakers with a 600 × 600 photo printed on the tongue (20 mm box at 5, 5; 90°). */
  static OrderServer.Answer placePhotoOrder(OrderServer s, long shopper, String key) {
    String photo = ArtworkContractTest.upload(s, shopper, ArtworkContractTest.photo(600, 600));
    JsonNode design =
        ArtworkContractTest.placed(s.completeDesign("sneakers"), "tongue", 5, 5, 20, 20);
    design = ArtworkContractTest.with(design, "tongue_technique", "print");
    ObjectNode order =
        ArtworkContractTest.order(design, ArtworkContractTest.artwork("tongue", photo, 90));
    return s.post("/api/orders", shopper, key, order.toString());
  }

  static List<String> attached(OrderServer s, String productionOrder) {
    return s.database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT sha256 FROM production_print_files WHERE production_order = :po")
                    .bind("po", productionOrder)
                    .mapTo(String.class)
                    .list());
  }

  static String text(OrderServer s, String sql) {
    return s.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
  }

  static long count(OrderServer s, String sql) {
    return s.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  private static HttpResponse<byte[]> download(
      OrderServer s, String path, long account, Role role) {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.server.port() + path))
            .header(OrderServer.ACCOUNT, Long.toString(account))
            .header(OrderServer.ROLE, role.name())
            .GET()
            .build();
    try {
      return CLIENT.send(r, HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
