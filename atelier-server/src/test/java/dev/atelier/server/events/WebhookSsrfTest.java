package dev.atelier.server.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 13 item 5 on H2 and PostgreSQL: webhook URLs to internal addresses or with credentials are
 * refused at registration, and again at delivery; disabled webhooks are not retried; a delivery
 * whose attempts are spent is dead until an admin retries it; the log never tells a closed port
 * from a TLS failure.
 */
class WebhookSsrfTest {

  private static final RetryPolicy THREE_QUICK =
      new RetryPolicy(Duration.ofMillis(1), Duration.ofMillis(1), 3);

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void internalAddressesAndCredentialsAreRefusedNamingTheUrl(TestDatabases.Kind kind) {
    try (TestServer server = new TestServer(TestDatabases.fresh(kind), Clock.systemUTC())) {
      for (String url :
          List.of(
              "http://0:9/hook",
              "http://[::1]:9/hook",
              "http://10.0.0.1/hook",
              "http://169.254.169.254/latest/meta-data/",
              "http://[fe80::1]/",
              "http://192.168.0.1/",
              "http://user:pw@127.0.0.1:9/hook",
              "http://user:pw@8.8.8.8/hook")) {
        TestServer.Answer refused =
            server.postAs(Role.ADMIN, "/api/webhooks", "{\"url\":\"" + url + "\"}");
        assertThat(refused.status()).as(url).isEqualTo(422);
        assertThat(refused.body().get("field").asText()).as(url).isEqualTo("url");
      }
      JsonNode listed = server.getAs(Role.ADMIN, "/api/webhooks").body().get("webhooks");
      assertThat(listed).isEmpty();
      // Loopback is in the test server's allowlist.
      assertThat(
              server
                  .postAs(Role.ADMIN, "/api/webhooks", "{\"url\":\"http://127.0.0.1:9/hook\"}")
                  .status())
          .isEqualTo(201);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void deliveryChecksTheAddressAgainDeadLettersAndRetriesOnRequest(TestDatabases.Kind kind)
      throws IOException {
    AtomicInteger received = new AtomicInteger();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          received.incrementAndGet();
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
    try (TestServer server = new TestServer(TestDatabases.fresh(kind), Clock.systemUTC())) {
      String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
      long hook = add(server, url);
      event(server, "o1");
      // What the URL resolves to is checked again at delivery: without the allowlist, loopback is
      // refused and nothing is sent.
      try (OutboxDispatcher strict = dispatcher(server, WebhookTargets.PUBLIC_ONLY)) {
        for (int i = 0; i < 5; i++) {
          strict.runOnce();
          sleep();
        }
      }
      assertThat(received).hasValue(0);
      JsonNode dead = delivery(server);
      assertThat(dead.get("status").asText()).isEqualTo("dead");
      assertThat(dead.get("attempts").asInt()).isEqualTo(3);
      assertThat(dead.get("log")).hasSize(3);
      assertThat(dead.get("log").get(0).get("error").asText()).isEqualTo("address not allowed");

      long id = dead.get("id").asLong();
      String retry = "/api/webhooks/deliveries/" + id + "/retry";
      assertThat(server.postAs(Role.STAFF, retry, "{}").status()).isEqualTo(403);
      assertThat(server.postAs(Role.ADMIN, "/api/webhooks/deliveries/987654/retry", "{}").status())
          .isEqualTo(404);
      TestServer.Answer retried = server.postAs(Role.ADMIN, retry, "{}");
      assertThat(retried.status()).as(retried.text()).isEqualTo(200);
      assertThat(retried.body().get("status").asText()).isEqualTo("pending");
      try (OutboxDispatcher allowed = dispatcher(server, TestServer.LOCAL_WEBHOOKS)) {
        allowed.runOnce();
      }
      assertThat(received).hasValue(1);
      JsonNode delivered = delivery(server);
      assertThat(delivered.get("status").asText()).isEqualTo("delivered");
      assertThat(delivered.get("attempts").asInt()).isEqualTo(4);
      TestServer.Answer again = server.postAs(Role.ADMIN, retry, "{}");
      assertThat(again.status()).isEqualTo(409);
      assertThat(hook).isPositive();
    } finally {
      receiver.stop(0);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void disabledWebhooksAreNotRetriedAndErrorsAreGeneric(TestDatabases.Kind kind) {
    try (TestServer server = new TestServer(TestDatabases.fresh(kind), Clock.systemUTC());
        OutboxDispatcher dispatcher = dispatcher(server, TestServer.LOCAL_WEBHOOKS)) {
      long hook = add(server, "http://127.0.0.1:" + closedPort() + "/hook");
      event(server, "o2");
      dispatcher.runOnce();
      JsonNode first = delivery(server);
      assertThat(first.get("attempts").asInt()).isEqualTo(1);
      // A closed port is logged as "no answer", as any failure without an HTTP status is.
      assertThat(first.get("log").get(0).get("error").asText()).isEqualTo("no answer");
      assertThat(first.get("log").get(0).get("statusCode").isNull()).isTrue();

      assertThat(server.postAs(Role.ADMIN, "/api/webhooks/" + hook + "/disable", "{}").status())
          .isEqualTo(200);
      for (int i = 0; i < 3; i++) {
        sleep();
        dispatcher.runOnce();
      }
      JsonNode waiting = delivery(server);
      assertThat(waiting.get("attempts").asInt()).isEqualTo(1);
      assertThat(waiting.get("status").asText()).isEqualTo("pending");

      assertThat(server.postAs(Role.ADMIN, "/api/webhooks/" + hook + "/enable", "{}").status())
          .isEqualTo(200);
      for (int i = 0; i < 4; i++) {
        sleep();
        dispatcher.runOnce();
      }
      JsonNode dead = delivery(server);
      assertThat(dead.get("status").asText()).isEqualTo("dead");
      assertThat(dead.get("attempts").asInt()).isEqualTo(3);
      assertThat(dead.get("log"))
          .allSatisfy(a -> assertThat(a.get("error").asText()).isEqualTo("no answer"));
    }
  }

  private static OutboxDispatcher dispatcher(TestServer server, WebhookTargets targets) {
    return new OutboxDispatcher(
        server.database.jdbi(), targets, THREE_QUICK, Clock.systemUTC(), Duration.ofSeconds(2));
  }

  private static long add(TestServer server, String url) {
    TestServer.Answer created =
        server.postAs(Role.ADMIN, "/api/webhooks", "{\"url\":\"" + url + "\"}");
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.body().get("webhook").get("id").asLong();
  }

  private static void event(TestServer server, String order) {
    server
        .database
        .jdbi()
        .useTransaction(
            h ->
                Outbox.append(
                    h, new EventData.OrderPlaced(order, "2026-12-24", List.of()), Instant.now()));
  }

  /** The only delivery in the log, as the admin reads it. */
  private static JsonNode delivery(TestServer server) {
    TestServer.Answer log = server.getAs(Role.ADMIN, "/api/webhooks/deliveries");
    assertThat(log.status()).isEqualTo(200);
    assertThat(log.body().get("deliveries")).hasSize(1);
    return log.body().get("deliveries").get(0);
  }

  private static int closedPort() {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lets the 1 ms backoff pass. */
  private static void sleep() {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
