package dev.atelier.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.ServerOptions;
import dev.atelier.server.testing.TestImages;
import dev.atelier.server.testing.TestServer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Artwork bodies at the transport: read before a worker thread is taken like every body, but up to
 * the upload limit; a trickling upload is cut by the minimum data rate long before its absolute
 * limit; and the bodies being read together never take more than the memory allowed for them.
 */
class UploadBodiesTest {

  /** A PNG of noise, about 3 bytes a pixel whatever the compression: {@code side}² × 3 bytes. */
  static byte[] noise(int side) {
    BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(side);
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    return TestImages.png(image);
  }

  /**
   * A server whose bodies must arrive at 1 KB a second after 200 ms (an upload's absolute limit, an
   * hour, never comes into it), 64 KB of them at once.
   */
  @RegisterExtension
  static final TestServer STRICT =
      server(
          Limits.defaults()
              .withBodyTimes(Duration.ofMillis(200), 1024, Duration.ofSeconds(10))
              .withHeadAndMemory(Duration.ofSeconds(10), 64 * 1024)
              .withUploads(
                  new Limits.Uploads(60, Duration.ofHours(1), 2, 16, Duration.ofSeconds(30))));

  private static TestServer server(Limits limits) {
    return new TestServer(ServerOptions.defaults(0).withLimits(limits), TestServer.HEADER_AUTH);
  }

  private static String head(long length) {
    return "POST /api/uploads HTTP/1.1\r\nHost: localhost\r\nContent-Type: image/png\r\n"
        + "Connection: close\r\nContent-Length: "
        + length
        + "\r\n\r\n";
  }

  @Test
  void anUploadOverTheJsonLimitArrivingInPiecesIsStored() throws IOException {
    byte[] png = noise(200);
    assertThat(png.length).as("larger than a JSON body may be").isGreaterThan(64 * 1024);
    try (TestServer server = server(Limits.defaults());
        Socket socket = RawHttp.open(server.server.port(), null)) {
      OutputStream out = socket.getOutputStream();
      out.write(head(png.length).getBytes(StandardCharsets.US_ASCII));
      for (int from = 0; from < png.length; from += 16 * 1024) {
        out.write(Arrays.copyOfRange(png, from, Math.min(png.length, from + 16 * 1024)));
        out.flush();
      }
      RawHttp.Response answer = RawHttp.read(socket.getInputStream());
      assertThat(answer.status()).as(answer.body()).isEqualTo(201);
      assertThat(answer.body()).contains("\"widthPx\":200");
    }
  }

  @Test
  void aTricklingUploadIsCutByTheMinimumRateNotItsDeadline() throws IOException {
    try (Socket socket = RawHttp.open(STRICT.server.port(), null)) {
      OutputStream out = socket.getOutputStream();
      out.write(head(1_000_000).getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
      out.flush();
      RawHttp.Response cut = RawHttp.read(socket.getInputStream());
      assertThat(cut.status()).isEqualTo(408);
      assertThat(cut.header("Connection")).isEqualTo("close");
      assertThat(cut.body()).contains("/problems/body-too-slow", "1024 bytes a second");
    }
  }

  @Test
  void bodiesBeyondTheirMemoryAreRefusedWith503() {
    byte[] png = noise(200);
    TestServer server = STRICT;
    // 70 KB of it sent: more than all bodies together may hold (the rest would be reset).
    RawHttp.Response refused =
        RawHttp.exchange(
            server.server.port(),
            head(png.length) + new String(png, 0, 70 * 1024, StandardCharsets.ISO_8859_1));
    assertThat(refused.status()).isEqualTo(503);
    assertThat(refused.header("Retry-After")).isNotNull();
    assertThat(refused.body()).contains("/problems/busy");
    // The memory is given back: a small upload and a JSON request go through.
    byte[] small = noise(20);
    assertThat(
            RawHttp.exchange(
                    server.server.port(),
                    head(small.length) + new String(small, StandardCharsets.ISO_8859_1))
                .status())
        .isEqualTo(201);
    String design = "{\"product\":\"pc\",\"version\":\"2025.1\",\"decisions\":[]}";
    assertThat(server.post("/api/designs/domains", design).status()).isEqualTo(200);
  }
}
