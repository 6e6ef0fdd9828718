package dev.atelier.server.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.http.AtelierServer;
import dev.atelier.server.http.WorkGate;
import dev.atelier.server.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Option prices (up to four engine budgets of CPU each) are worked out only so many at once: with
 * every place taken (held by the test, as slow designs would), a request is answered 503 {@code
 * busy} with {@code Retry-After} naming {@code design}. The "from" price (up to 20 s of CPU) goes
 * through the same gate (session 18: it did not): 503 naming {@code version} while it is not kept,
 * and once worked out it is kept and answers even with the gate full. Before session 17 only the
 * hundred places of requests with a body bounded them.
 */
class OptionPricesGateTest {

  @Test
  void optionPricesBeyondTheGateAre503() {
    WorkGate work = new WorkGate(1, 0, Duration.ofDays(1));
    try (AtelierServer server =
        AtelierServer.start(
            "127.0.0.1",
            0,
            new PriceRoutes(TestServer.CATALOGUE, Duration.ofSeconds(30), work).routes(),
            64 * 1024,
            TestServer.HEADER_AUTH)) {
      String base = "http://127.0.0.1:" + server.port();
      String version = TestServer.CATALOGUE.family("pizza").orElseThrow().current();
      String design = "{\"product\":\"pizza\",\"version\":\"" + version + "\",\"decisions\":[]}";
      String fromPrice = base + "/api/products/pizza/versions/" + version + "/from-price";
      assertThat(work.enter()).isTrue();
      HttpResponse<String> busy;
      HttpResponse<String> busyFrom;
      try {
        busy = post(base + "/api/designs/option-prices", design);
        busyFrom = get(fromPrice);
      } finally {
        work.leave();
      }
      assertThat(busy.statusCode()).isEqualTo(503);
      assertThat(busy.headers().firstValue("Retry-After")).isPresent();
      assertThat(busy.body()).contains("\"type\":\"/problems/busy\"", "\"field\":\"design\"");
      assertThat(busyFrom.statusCode()).isEqualTo(503);
      assertThat(busyFrom.body()).contains("\"type\":\"/problems/busy\"", "\"field\":\"version\"");
      assertThat(post(base + "/api/designs/option-prices", design).statusCode()).isEqualTo(200);
      HttpResponse<String> worked = get(fromPrice);
      assertThat(worked.statusCode()).isEqualTo(200);
      assertThat(work.enter()).isTrue();
      try {
        HttpResponse<String> kept = get(fromPrice);
        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(kept.body()).isEqualTo(worked.body());
      } finally {
        work.leave();
      }
    }
  }

  private static HttpResponse<String> get(String uri) {
    return TestServer.exchange(HttpRequest.newBuilder(URI.create(uri)).build());
  }

  private static HttpResponse<String> post(String uri, String body) {
    return TestServer.exchange(
        HttpRequest.newBuilder(URI.create(uri))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json")
            .build());
  }
}
