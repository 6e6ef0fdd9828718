package dev.atelier.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.engine.result.Deadline;
import dev.atelier.server.account.AccountSettings;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.db.Database;
import dev.atelier.server.http.AtelierServer;
import dev.atelier.server.http.Authenticator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A real server on a random port and an HTTP client for it. Thread-safe. */
final class TestServer implements AutoCloseable {

  /** The demo catalogue, compiled once for all tests. */
  static final Catalogue CATALOGUE = Catalogue.demos(Deadline.inMillis(60_000));

  static final ObjectMapper JSON = new ObjectMapper();

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final AtelierServer server;
  final Database database;

  /** An answer: status, content type and body (JSON when it parses, else a text node). */
  record Answer(int status, String contentType, JsonNode body, String text) {}

  TestServer() {
    this(AtelierApi.Options.defaults(0));
  }

  TestServer(AtelierApi.Options options) {
    this(options, AccountSettings.cheap());
  }

  /**
   * A server asking {@code authenticator} who calls (tests of other features pass their own); the
   * account routes are there all the same.
   */
  TestServer(AtelierApi.Options options, Authenticator authenticator) {
    this(Database.inMemory(), options, null, authenticator);
  }

  /** A server whose accounts behave as {@code settings} say. */
  TestServer(AccountSettings settings) {
    this(AtelierApi.Options.defaults(0), settings);
  }

  TestServer(AtelierApi.Options options, AccountSettings settings) {
    this(Database.inMemory(), options, settings, null);
  }

  /** A server on {@code database}, which it closes when it closes. */
  TestServer(Database database, AtelierApi.Options options, AccountSettings settings) {
    this(database, options, settings, null);
  }

  /** Signs callers in with real accounts at {@code settings}, or else by {@code authenticator}. */
  private TestServer(
      Database database,
      AtelierApi.Options options,
      AccountSettings settings,
      Authenticator authenticator) {
    AtelierApi.Options local =
        new AtelierApi.Options(
            "127.0.0.1",
            0,
            options.engineBudget(),
            Duration.ofSeconds(5),
            options.cacheSize(),
            options.bodyLimit());
    this.database = database;
    server =
        settings != null
            ? AtelierApi.start(CATALOGUE, database, local, settings)
            : AtelierApi.start(CATALOGUE, database, local, authenticator);
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  Answer post(String path, String json) {
    return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  Answer post(String path, String contentType, byte[] body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    HttpRequest request = b.build();
    // A server refusing an oversized body may close the connection while the client is still
    // sending it; the client then sometimes sees the reset instead of the 413. Ask again.
    for (int attempt = 1; ; attempt++) {
      try {
        return send(request);
      } catch (UncheckedIOException e) {
        if (body.length <= 16 * 1024 || attempt == 5) {
          throw e;
        }
      }
    }
  }

  Answer send(String method, String path) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build());
  }

  Answer post(String path, JsonNode json) {
    return post(path, json.toString());
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static Answer send(HttpRequest request) {
    return answer(exchange(request));
  }

  /** Sends {@code request} as it is, answering the raw response (headers included). */
  static HttpResponse<String> exchange(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The answer of a raw response. */
  static Answer answer(HttpResponse<String> r) {
    String type = r.headers().firstValue("Content-Type").orElse("");
    JsonNode body;
    try {
      body = JSON.readTree(r.body());
    } catch (IOException e) {
      body = JSON.getNodeFactory().textNode(r.body());
    }
    return new Answer(r.statusCode(), type, body, r.body());
  }

  @Override
  public void close() {
    server.close();
    database.close();
  }
}
