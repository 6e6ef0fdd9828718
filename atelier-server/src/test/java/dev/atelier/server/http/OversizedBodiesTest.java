package dev.atelier.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.ServerOptions;
import dev.atelier.server.testing.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A body over the limit is refused with 413, and the client reads that answer: the server reads
 * (and drops) the rest of the body before it closes, so the client is not reset while it is still
 * sending. Before, the JDK client saw "header parser received no bytes" or "Broken pipe" now and
 * then instead of the 413.
 */
class OversizedBodiesTest {

  private static TestServer shared;

  @BeforeAll
  static void start() {
    shared = new TestServer(ServerOptions.defaults(0), TestServer.HEADER_AUTH);
  }

  @AfterAll
  static void stop() {
    shared.close();
  }

  @Test
  void everyClientReadsTheAnswerToItsOversizedBody() {
    String body = "{\"design\":{" + "\"x\":1,".repeat(100_000) + "\"y\":1}}";
    for (int i = 0; i < 30; i++) {
      HttpResponse<String> r =
          TestServer.exchange(
              HttpRequest.newBuilder(shared.uri("/api/designs/complete"))
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .header("Content-Type", "application/json")
                  .build());
      assertThat(r.statusCode()).as("attempt " + i).isEqualTo(413);
      assertThat(r.body()).contains("/problems/body-too-large");
    }
  }
}
