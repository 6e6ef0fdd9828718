package dev.atelier.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.ServerOptions;
import dev.atelier.server.testing.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 300 uploads trickling a few bytes at a time and 300 requests whose headers trickle, over raw
 * sockets: while they trickle a shopper's {@code GET /api/products} and {@code POST
 * /api/designs/domains} are answered, and the server ends every slow one, the uploads with 408 by
 * the minimum data rate, the heads by closing their connection. (The timings with the default
 * limits are measured by {@link SlowUploads}, docs/limits.md.)
 */
@Tag("slow")
class SlowUploadsTest {

  private static final String UPLOAD =
      "POST /api/uploads HTTP/1.1\r\nHost: localhost\r\nContent-Type: image/png\r\n"
          + "Content-Length: 1000000\r\n\r\n";
  private static final String HEAD = "GET /api/products HTTP/1.1\r\nHost: localhost\r\nX-Slow: ";
  private static final String DESIGN =
      "{\"product\":\"pc\",\"version\":\"2025.1\",\"decisions\":[]}";

  @Test
  void slowUploadsAndSlowHeadsAreCutWhileShoppersAreAnswered() throws InterruptedException {
    Limits limits =
        Limits.defaults()
            .withConnectionsPerAddress(1000)
            .withBodyTimes(Duration.ofMillis(500), 1024, Duration.ofSeconds(10))
            .withHeadAndMemory(Duration.ofMillis(500), Limits.defaults().bodyMemory());
    try (TestServer server =
            new TestServer(ServerOptions.defaults(0).withLimits(limits), TestServer.HEADER_AUTH);
        Trickle trickle = new Trickle(server.server.port())) {
      for (int i = 0; i < 300; i++) {
        trickle.open("127.0.0.1", "upload", UPLOAD, "\0");
        trickle.open("127.0.0.1", "head", HEAD, "a");
      }
      List<Integer> shopper = new ArrayList<>();
      // A few bytes every 100 ms from each (far below 1 KB a second); at most 60 s in all.
      for (int round = 0; round < 600 && trickle.tick(3) > 0; round++) {
        if (round % 5 == 0) {
          shopper.add(server.get("/api/products").status());
          shopper.add(server.post("/api/designs/domains", DESIGN).status());
        }
        Thread.sleep(100);
      }
      assertThat(trickle.open()).as("slow sockets the server left open").isZero();
      assertThat(trickle.ended()).filteredOn("upload 408"::equals).hasSize(300);
      assertThat(trickle.ended()).filteredOn("head closed"::equals).hasSize(300);
      assertThat(shopper).isNotEmpty().containsOnly(200);
      assertThat(server.get("/api/products").status()).isEqualTo(200);
    }
  }
}
