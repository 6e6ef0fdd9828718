package dev.atelier.server.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.JsonBodies;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The outbox delivers to a real local HTTP receiver from two dispatchers (two nodes) on one
 * database: every event once, in order per order, signed, with a failed delivery retried after
 * backoff.
 */
class OutboxDeliveryTest {

  private static final String SECRET = "whsec_test";

  /** What the receiver saw: one entry per request. */
  record Received(
      String orderId, long sequence, String type, String eventId, boolean signed, int answered) {}

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void deliversEveryEventInOrderPerOrderSignedAndRetriesAFailure(TestDatabases.Kind kind)
      throws IOException, InterruptedException {
    List<Received> received = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean failedOnce = new AtomicBoolean();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          byte[] body;
          try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
          }
          JsonNode event = JsonBodies.mapper().readTree(body);
          boolean signed =
              WebhookSignature.verify(
                  SECRET,
                  exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER),
                  body,
                  Instant.now(),
                  Duration.ofMinutes(5));
          String orderId = event.get("orderId").asText();
          long sequence = event.get("sequence").asLong();
          // The injected failure: the first attempt at order b's second event gets a 503.
          int status =
              orderId.equals("b") && sequence == 2 && failedOnce.compareAndSet(false, true)
                  ? 503
                  : 204;
          received.add(
              new Received(
                  orderId,
                  sequence,
                  event.get("type").asText(),
                  exchange.getRequestHeaders().getFirst("Atelier-Event-Id"),
                  signed,
                  status));
          answer(exchange, status);
        });
    receiver.start();
    try (Database db = TestDatabases.fresh(kind)) {
      String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
      db.jdbi().useHandle(h -> WebhookStore.create(h, url, SECRET, List.of("*"), Instant.now()));
      List<String> orders = List.of("a", "b", "c");
      for (int round = 0; round < 4; round++) {
        for (String order : orders) {
          EventData data = event(order, round);
          db.jdbi().useTransaction(h -> Outbox.append(h, data, Instant.now()));
        }
      }
      // Two dispatchers, as on two server nodes sharing the database.
      try (OutboxDispatcher one = dispatcher(db);
          OutboxDispatcher two = dispatcher(db)) {
        one.start(Duration.ofMillis(20));
        two.start(Duration.ofMillis(20));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (pending(db) > 0 && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
      }
      assertThat(pending(db)).isZero();
      List<Delivery> log = db.jdbi().withHandle(h -> WebhookStore.deliveries(h, 100));
      assertThat(log).hasSize(12).allSatisfy(d -> assertThat(d.status()).isEqualTo("delivered"));
      Delivery retried =
          log.stream().filter(d -> d.orderId().equals("b") && d.sequence() == 2).findFirst().get();
      assertThat(retried.attempts()).isEqualTo(2);
      assertThat(retried.log()).extracting(Delivery.Attempt::statusCode).containsExactly(503, 204);
    } finally {
      receiver.stop(0);
    }
    assertThat(failedOnce).isTrue();
    assertThat(received).allSatisfy(r -> assertThat(r.signed()).isTrue());
    Map<String, List<Long>> acceptedPerOrder = new HashMap<>();
    for (Received r : received) {
      List<Long> seen = acceptedPerOrder.computeIfAbsent(r.orderId(), k -> new ArrayList<>());
      // Nothing of an order arrives before its previous event was accepted.
      assertThat(r.sequence()).as("%s", r).isEqualTo(seen.size() + 1L);
      if (r.answered() / 100 == 2) {
        seen.add(r.sequence());
      }
    }
    assertThat(acceptedPerOrder)
        .containsOnlyKeys("a", "b", "c")
        .allSatisfy((order, seqs) -> assertThat(seqs).containsExactly(1L, 2L, 3L, 4L));
    assertThat(received.stream().map(Received::eventId).distinct().count()).isEqualTo(12);
  }

  private static OutboxDispatcher dispatcher(Database db) {
    return new OutboxDispatcher(
        db.jdbi(),
        WebhookTargets.allowing("127.0.0.1"),
        new RetryPolicy(Duration.ofMillis(100), Duration.ofMillis(400)),
        Clock.systemUTC(),
        Duration.ofSeconds(5));
  }

  private static EventData event(String order, int round) {
    String now = Instant.now().toString();
    return switch (round) {
      case 0 -> new EventData.OrderPlaced(order, "2026-12-01", List.of());
      case 1 -> new EventData.ProductionStarted(order, "po-" + order, "cut", "cutting", now);
      case 2 -> new EventData.ProductionCompleted(order, "po-" + order, now, List.of());
      default -> new EventData.OrderShipped(order, now, null, List.of());
    };
  }

  private static int pending(Database db) {
    return db.jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT (SELECT COUNT(*) FROM outbox_event WHERE fanned_out = FALSE)"
                            + " + (SELECT COUNT(*) FROM webhook_delivery WHERE status = 'pending')")
                    .mapTo(Integer.class)
                    .one());
  }

  private static void answer(HttpExchange exchange, int status) throws IOException {
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }
}
