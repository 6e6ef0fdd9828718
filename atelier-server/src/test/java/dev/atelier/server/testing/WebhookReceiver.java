package dev.atelier.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.atelier.server.events.WebhookSignature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A small HTTP receiver for webhook deliveries on a random local port: it keeps every request's
 * body and signature header and answers 204. Thread-safe.
 */
public final class WebhookReceiver implements AutoCloseable {

  /** One delivery as received: the parsed body and the raw bytes the signature covers. */
  public record Received(JsonNode event, byte[] body, String signature) {

    /** Whether the signature is valid for {@code secret} now. */
    public boolean signedWith(String secret) {
      return WebhookSignature.verify(secret, signature, body, Instant.now(), Duration.ofMinutes(5));
    }
  }

  private final HttpServer server;
  private final List<Received> received = new ArrayList<>();

  public WebhookReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/hook",
        exchange -> {
          byte[] body;
          try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
          }
          JsonNode event = TestServer.JSON.readTree(body);
          synchronized (received) {
            received.add(
                new Received(
                    event, body, exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER)));
          }
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
  }

  /** The URL deliveries go to. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  /** What arrived so far, in arrival order. */
  public List<Received> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
