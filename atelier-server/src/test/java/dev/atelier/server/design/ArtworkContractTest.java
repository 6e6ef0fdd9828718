package dev.atelier.server.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestImages;
import dev.atelier.server.testing.TestServer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The artwork contract ({@code "artwork": {"<area>": {"upload": id, "rotation": deg}}}) on H2 and
 * PostgreSQL: references checked naming the field, the area's facts set from the stored upload
 * whatever the client claims, kept with saved designs and orders, nothing written when refused.
 */
public class ArtworkContractTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final long SHOPPER = 21;
  private static final long STRANGER = 22;

  /** A photo-like PNG: every pixel another colour. */
  public static byte[] photo(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.setRGB(x, y, (x * 255 / w) << 16 | (y * 255 / h) << 8 | ((x + y) % 256));
      }
    }
    return TestImages.png(img);
  }

  /** A flat PNG of three colours: white with a red and a blue block. */
  static byte[] flat(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.setRGB(x, y, x < w / 2 ? (y < h / 2 ? 0xFF0000 : 0xFFFFFF) : 0x0000FF);
      }
    }
    return TestImages.png(img);
  }

  /** Uploads {@code png} as customer {@code account}: its id. */
  public static String upload(OrderServer s, long account, byte[] png) {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.server.port() + "/api/uploads"))
            .header(OrderServer.ACCOUNT, Long.toString(account))
            .header(OrderServer.ROLE, "CUSTOMER")
            .header("Content-Type", "image/png")
            .POST(HttpRequest.BodyPublishers.ofByteArray(png))
            .build();
    HttpResponse<String> answer = send(r, HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    try {
      return TestServer.JSON.readTree(answer.body()).get("id").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** GET {@code path} without a caller: status, headers and bytes. */
  private static HttpResponse<byte[]> getBytes(OrderServer s, String path) {
    return send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static <T> HttpResponse<T> send(HttpRequest r, HttpResponse.BodyHandler<T> body) {
    try {
      return CLIENT.send(r, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code design} with {@code attribute = value} (replacing a decision on it) appended. */
  public static ObjectNode with(JsonNode design, String attribute, String value) {
    ObjectNode copy = without(design, attribute);
    ((ArrayNode) copy.get("decisions")).addObject().put("attribute", attribute).put("value", value);
    return copy;
  }

  /** {@code design} without its decision on {@code attribute}. */
  public static ObjectNode without(JsonNode design, String attribute) {
    ObjectNode copy = design.deepCopy();
    ArrayNode decisions = copy.putArray("decisions");
    design
        .get("decisions")
        .forEach(
            d -> {
              if (!d.get("attribute").asText().equals(attribute)) {
                decisions.add(d);
              }
            });
    return copy;
  }

  /** {@code design} with the artwork on {@code area} in the box {@code x, y, width, height} mm. */
  public static JsonNode placed(JsonNode design, String area, int x, int y, int width, int height) {
    JsonNode out = with(design, area + "_x", Integer.toString(x));
    out = with(out, area + "_y", Integer.toString(y));
    out = with(out, area + "_width", Integer.toString(width));
    return with(out, area + "_height", Integer.toString(height));
  }

  /** An order body: {@code design}, one piece, and the artwork references {@code art}. */
  public static ObjectNode order(JsonNode design, JsonNode art) {
    ObjectNode order = TestServer.JSON.createObjectNode();
    order.set("design", design);
    order.put("quantity", 1);
    order.set("artwork", art);
    return order;
  }

  /** {@code {"<area>": {"upload": id, "rotation": rotation}}}. */
  public static ObjectNode artwork(String area, String upload, int rotation) {
    ObjectNode a = TestServer.JSON.createObjectNode();
    a.putObject(area).put("upload", upload).put("rotation", rotation);
    return a;
  }

  private static String decide(JsonNode design, String attribute, String value, JsonNode art) {
    ObjectNode body = TestServer.JSON.createObjectNode();
    body.set("design", design);
    body.put("attribute", attribute).put("value", value);
    if (art != null) {
      body.set("artwork", art);
    }
    return body.toString();
  }

  /**
   * {@code POST /api/designs/decide} of {@code decide(...)} as {@code account} (null: anonymous).
   */
  private static OrderServer.Answer decideAs(
      OrderServer s, Long account, JsonNode design, String attribute, String value, JsonNode art) {
    return s.post("/api/designs/decide", account, null, decide(design, attribute, value, art));
  }

  static String decided(JsonNode design, String attribute) {
    for (JsonNode d : design.get("decisions")) {
      if (d.get("attribute").asText().equals(attribute)) {
        return d.get("value").asText();
      }
    }
    return null;
  }

  /** Decides {@code body}: 200 with these tongue facts; answers the design. */
  private static JsonNode assertFacts(
      OrderServer s, String body, String photo, String colours, String pxW) {
    OrderServer.Answer answer = s.post("/api/designs/decide", SHOPPER, null, body);
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    JsonNode design = answer.body().get("design");
    assertThat(decided(design, "tongue_photo")).isEqualTo(photo);
    assertThat(decided(design, "tongue_colours")).isEqualTo(colours);
    assertThat(decided(design, "tongue_px_w")).isEqualTo(pxW);
    return design;
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void theServersFactsCountWhateverTheClientClaims(TestDatabases.Kind kind) {
    try (OrderServer s = OrderServer.fresh(kind)) {
      String id = upload(s, SHOPPER, photo(300, 300));
      JsonNode sneakers = s.completeDesign("sneakers");
      // The client lies: not a photo, two colours.
      JsonNode placed = placed(sneakers, "tongue", 5, 5, 20, 20);
      JsonNode lying = with(with(placed, "tongue_photo", "false"), "tongue_colours", "2");

      // Without the artwork the lie would pass; with it the photo refuses embroidery.
      OrderServer.Answer believed =
          decideAs(s, SHOPPER, lying, "tongue_technique", "embroidery", null);
      assertThat(believed.status()).as(believed.text()).isEqualTo(200);
      OrderServer.Answer refused =
          decideAs(s, SHOPPER, lying, "tongue_technique", "embroidery", artwork("tongue", id, 0));
      assertThat(refused.status()).as(refused.text()).isEqualTo(409);
      assertThat(refused.text()).contains("A photo cannot be embroidered");

      // The photo's facts replace the client's: 65 colours count as one more than the largest
      // limit (embroidery: 6; print is unlimited, so the photo can be printed).
      assertFacts(s, decide(lying, "tongue_y", "5", artwork("tongue", id, 0)), "true", "7", "240");

      // A flat three-colour logo while the client claims a photo: embroidery is fine.
      String logo = upload(s, SHOPPER, flat(200, 200));
      JsonNode claimed = with(with(placed, "tongue_photo", "true"), "tongue_colours", "7");
      JsonNode design =
          assertFacts( // 200 px down to 30 px steps
              s,
              decide(claimed, "tongue_technique", "embroidery", artwork("tongue", logo, 90)),
              "false",
              "3",
              "180");

      // The order re-validates with the upload's facts: the lying embroidered design is refused
      // and nothing is written.
      ObjectNode embroidered = with(lying, "tongue_technique", "embroidery");
      ObjectNode order = order(embroidered, artwork("tongue", id, 0));
      OrderServer.Answer no = s.post("/api/orders", SHOPPER, "k-lie", order.toString());
      assertThat(no.status()).as(no.text()).isEqualTo(409);
      assertThat(s.get("/api/orders", SHOPPER).body().get("orders")).isEmpty();

      // The logo, embroidered, is ordered with its artwork, echoed and read back.
      order.set("design", design);
      order.set("artwork", artwork("tongue", logo, 90));
      OrderServer.Answer ordered = s.post("/api/orders", SHOPPER, "k-print", order.toString());
      assertThat(ordered.status()).as(ordered.text()).isEqualTo(201);
      JsonNode art = ordered.body().get("artwork");
      assertThat(art.get("tongue").get("upload").asText()).isEqualTo(logo);
      assertThat(art.get("tongue").get("rotation").asInt()).isEqualTo(90);
      long orderId = ordered.body().get("id").asLong();
      JsonNode read = s.get("/api/orders/" + orderId, SHOPPER).body();
      assertThat(read.get("artwork")).isEqualTo(art);
      assertThat(decided(read.get("design"), "tongue_photo")).isEqualTo("false");
      // The list carries it too (My orders shows the image).
      assertThat(s.get("/api/orders", SHOPPER).body().get("orders").get(0).get("artwork"))
          .isEqualTo(art);

      // A saved design keeps its artwork too.
      ObjectNode save = TestServer.JSON.createObjectNode();
      save.set("design", design);
      save.put("name", "mine");
      save.set("artwork", artwork("tongue", logo, 90));
      OrderServer.Answer saved = s.post("/api/saved-designs", SHOPPER, null, save.toString());
      assertThat(saved.status()).as(saved.text()).isEqualTo(200);
      String link = saved.body().get("id").asText();
      JsonNode reopened = s.get("/api/saved-designs/" + link, null).body();
      assertThat(reopened.get("artwork").get("tongue").get("upload").asText()).isEqualTo(logo);

      // Anyone with the link gets the image through it (nothing of another area) ...
      HttpResponse<byte[]> image = getBytes(s, "/api/saved-designs/" + link + "/artwork/tongue");
      assertThat(image.statusCode()).isEqualTo(200);
      assertThat(image.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
      assertThat(getBytes(s, "/api/saved-designs/" + link + "/artwork/heel").statusCode())
          .isEqualTo(404);
      // ... but may reference it only as an upload of their own: the same bytes, the same id.
      JsonNode logoDesign = design;
      OrderServer.Answer borrowed =
          decideAs(
              s, STRANGER, logoDesign, "tongue_technique", "print", artwork("tongue", logo, 0));
      assertThat(borrowed.status()).isEqualTo(422);
      assertThat(upload(s, STRANGER, image.body())).isEqualTo(logo);
      OrderServer.Answer adopted =
          decideAs(
              s, STRANGER, logoDesign, "tongue_technique", "print", artwork("tongue", logo, 0));
      assertThat(adopted.status()).as(adopted.text()).isEqualTo(200);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void badReferencesAreRefusedNamingTheFieldAndNothingIsWritten(TestDatabases.Kind kind) {
    try (OrderServer s = OrderServer.fresh(kind)) {
      String mine = upload(s, SHOPPER, photo(90, 90));
      String theirs = upload(s, STRANGER, photo(120, 60));
      JsonNode sneakers = s.completeDesign("sneakers");
      String[][] cases = {
        {"sole", mine, "0", "422", "artwork.sole", "unknown-print-area"},
        {"tongue", theirs, "0", "422", "artwork.tongue.upload", "unknown-upload"},
        {"tongue", "not-a-hash", "0", "422", "artwork.tongue.upload", "unknown-upload"},
        {"tongue", mine, "360", "422", "artwork.tongue.rotation", "out-of-range"},
        {"tongue", mine, "-1", "422", "artwork.tongue.rotation", "out-of-range"},
      };
      for (String[] c : cases) {
        JsonNode art = artwork(c[0], c[1], Integer.parseInt(c[2]));
        OrderServer.Answer decided =
            decideAs(s, SHOPPER, sneakers, "tongue_technique", "print", art);
        assertThat(decided.status()).as(decided.text()).isEqualTo(Integer.parseInt(c[3]));
        assertThat(decided.body().get("field").asText()).isEqualTo(c[4]);
        assertThat(decided.body().get("type").asText()).isEqualTo("/problems/" + c[5]);

        OrderServer.Answer placed =
            s.post(
                "/api/orders", SHOPPER, "k-" + c[0] + c[2] + c[1], order(sneakers, art).toString());
        assertThat(placed.status()).as(placed.text()).isEqualTo(Integer.parseInt(c[3]));
        assertThat(placed.body().get("field").asText()).isEqualTo(c[4]);
      }
      ObjectNode noUpload = TestServer.JSON.createObjectNode();
      noUpload.putObject("tongue").put("rotation", 0);
      OrderServer.Answer missing =
          decideAs(s, SHOPPER, sneakers, "tongue_technique", "print", noUpload);
      assertThat(missing.status()).isEqualTo(400);
      assertThat(missing.body().get("field").asText()).isEqualTo("artwork.tongue.upload");
      // Hostile artwork maps, raw: absurd numbers, wrong shapes, too many areas, deep nesting.
      String ref = "{\"upload\":\"" + mine + "\",\"rotation\":";
      StringBuilder many = new StringBuilder("{");
      for (int i = 0; i < 100; i++) {
        many.append(i == 0 ? "" : ",")
            .append("\"a")
            .append(i)
            .append("\":")
            .append(ref)
            .append("0}");
      }
      StringBuilder areas = new StringBuilder();
      for (int i = 0; i < 10_000; i++) {
        areas.append(i == 0 ? "" : ",").append("\"b").append(i).append("\":").append(ref);
        areas.append("0}");
      }
      String huge = "{" + areas + "}";
      String[][] raw = {
        {"{\"tongue\":" + ref + "1e308}}", "400", "artwork.tongue.rotation"},
        {"{\"tongue\":" + ref + "90.5}}", "400", "artwork.tongue.rotation"},
        {"{\"tongue\":" + ref + "\"NaN\"}}", "400", "artwork.tongue.rotation"},
        {"{\"tongue\":" + ref + "NaN}}", "400", "body"},
        {"{\"tongue\":" + ref + "-Infinity}}", "400", "body"},
        {
          "{\"tongue\":" + ref + "1" + "0".repeat(1000) + "}}", "400", "artwork.tongue.rotation"
        }, // JSON number limit: named
        {"{\"tongue\":" + ref + "0,\"scale\":1e308}}", "400", "artwork.tongue.scale"},
        {"{\"tongue\":null}", "400", "artwork.tongue"},
        {
          "{\"heel\":{\"text\":{\"x\":20,\"y\":10,\"rotation\":360}}}",
          "422",
          "artwork.heel.text.rotation"
        },
        {
          "{\"heel\":{\"text\":{\"x\":20,\"y\":10,\"rotation\":-15}}}",
          "422",
          "artwork.heel.text.rotation"
        },
        {
          "{\"heel\":{\"text\":{\"x\":20,\"y\":10,\"rotation\":90.5}}}",
          "400",
          "artwork.heel.text.rotation"
        },
        {"[]", "400", "artwork"},
        {many.append("}").toString(), "400", "artwork"}, // 100 areas: at most 16
        {huge, "413", "body"}, // 10,000 areas: over the 64 KB body limit
        {
          "{\"tongue\":{\"upload\":" + "[".repeat(5000) + "]".repeat(5000) + "}}",
          "400",
          "artwork.tongue.upload" // nested over 32 deep: the field holding the arrays
        },
      };
      for (String[] c : raw) {
        String body = "{\"design\":" + sneakers + ",\"quantity\":1,\"artwork\":" + c[0] + "}";
        OrderServer.Answer placed = s.post("/api/orders", SHOPPER, "k-raw", body);
        String shown = c[0].substring(0, Math.min(80, c[0].length()));
        assertThat(placed.status())
            .as(shown + " " + placed.text())
            .isEqualTo(Integer.parseInt(c[1]));
        assertThat(placed.body().path("field").asText()).as(shown).isEqualTo(c[2]);
      }
      assertThat(s.get("/api/orders", SHOPPER).body().get("orders")).isEmpty();
      // Anonymous callers own no account's uploads.
      OrderServer.Answer anonymous =
          decideAs(s, null, sneakers, "tongue_technique", "print", artwork("tongue", mine, 0));
      assertThat(anonymous.status()).isEqualTo(422);
    }
  }
}
