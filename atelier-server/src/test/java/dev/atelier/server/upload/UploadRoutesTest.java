package dev.atelier.server.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.ServerOptions;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.testing.HeaderAccounts;
import dev.atelier.server.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code /api/uploads} on H2 and PostgreSQL: stored by the hash of the cleaned bytes, read back
 * only by whoever uploaded it (account or the visitor's cookie), served with a safe type and as a
 * download; hostile uploads refused naming the field.
 */
class UploadRoutesTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private record Reply(int status, HttpResponse<byte[]> raw) {
    JsonNode json() {
      try {
        return TestServer.JSON.readTree(raw.body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse("");
    }
  }

  private static Reply send(HttpRequest request) {
    try {
      HttpResponse<byte[]> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(r.statusCode(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Reply upload(TestServer s, byte[] body, String type, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(s.uri("/api/uploads"))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Content-Type", type);
    return send((headers.length == 0 ? b : b.headers(headers)).build());
  }

  private static Reply read(TestServer s, String id, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(s.uri("/api/uploads/" + id)).GET();
    return send((headers.length == 0 ? b : b.headers(headers)).build());
  }

  private static TestServer server(TestDatabases.Kind kind) {
    return new TestServer(
        ServerOptions.defaults(0),
        TestDatabases.fresh(kind),
        HeaderAccounts.BY_HEADER,
        Clock.systemUTC());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aVisitorReadsBackOnlyTheirOwnCleanedUpload(TestDatabases.Kind kind) {
    try (TestServer s = server(kind)) {
      byte[] png = UploadCheckerTest.png(300, 200, false);
      Reply up = upload(s, png, "image/png");
      assertThat(up.status()).isEqualTo(201);
      JsonNode view = up.json();
      String id = view.get("id").asText();
      assertThat(id).hasSize(64);
      assertThat(view.get("widthPx").asInt()).isEqualTo(300);
      assertThat(view.get("heightPx").asInt()).isEqualTo(200);
      assertThat(view.get("photo").asBoolean()).isFalse();
      assertThat(view.get("url").asText()).isEqualTo("/api/uploads/" + id);
      String setCookie = up.header("Set-Cookie");
      assertThat(setCookie).startsWith("atelier_uploads=").contains("HttpOnly", "SameSite=Strict");
      String cookie = setCookie.split(";", 2)[0];

      Reply mine = read(s, id, "Cookie", cookie);
      assertThat(mine.status()).isEqualTo(200);
      assertThat(mine.header("Content-Type")).isEqualTo("image/png");
      assertThat(mine.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(mine.header("Content-Disposition"))
          .isEqualTo("attachment; filename=\"" + id + ".png\"");
      assertThat(mine.header("Content-Security-Policy")).contains("sandbox");
      assertThat(UploadChecker.sha256(mine.raw().body())).isEqualTo(id);

      assertThat(read(s, id).status()).isEqualTo(404);
      String stranger = "atelier_uploads=" + "A".repeat(43);
      assertThat(read(s, id, "Cookie", stranger).status()).isEqualTo(404);
      assertThat(read(s, id, HeaderAccounts.HEADER, "1:CUSTOMER").status()).isEqualTo(404);
      assertThat(read(s, "not-a-hash", "Cookie", cookie).json().get("type").asText())
          .isEqualTo("/problems/unknown-upload");

      // The same visitor uploading again keeps their cookie; the stranger's copy is theirs too.
      Reply again = upload(s, png, "image/png", "Cookie", cookie);
      assertThat(again.json().get("id").asText()).isEqualTo(id);
      assertThat(again.header("Set-Cookie")).isEmpty();
      assertThat(upload(s, png, "image/png", "Cookie", stranger).status()).isEqualTo(201);
      assertThat(read(s, id, "Cookie", stranger).status()).isEqualTo(200);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void accountsSeeOnlyTheirOwnUploads(TestDatabases.Kind kind) {
    try (TestServer s = server(kind)) {
      byte[] svg =
          ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\">"
                  + "<rect width=\"100\" height=\"50\" fill=\"#ff0000\"/></svg>")
              .getBytes(StandardCharsets.UTF_8);
      Reply up = upload(s, svg, "image/svg+xml", HeaderAccounts.HEADER, "11:CUSTOMER");
      assertThat(up.status()).isEqualTo(201);
      assertThat(up.header("Set-Cookie")).isEmpty();
      String id = up.json().get("id").asText();
      Reply mine = read(s, id, HeaderAccounts.HEADER, "11:CUSTOMER");
      assertThat(mine.status()).isEqualTo(200);
      assertThat(mine.header("Content-Type")).isEqualTo("image/svg+xml");
      assertThat(mine.header("Content-Disposition")).contains(id + ".svg");
      assertThat(read(s, id, HeaderAccounts.HEADER, "12:CUSTOMER").status()).isEqualTo(404);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void hostileUploadsAreRefusedNamingTheField(TestDatabases.Kind kind) {
    try (TestServer s = server(kind)) {
      Reply script =
          upload(
              s,
              ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                      + "<script>alert(1)</script></svg>")
                  .getBytes(StandardCharsets.UTF_8),
              "image/svg+xml");
      assertThat(script.status()).isEqualTo(422);
      assertThat(script.json().get("type").asText()).isEqualTo("/problems/upload-refused");
      assertThat(script.json().get("field").asText()).isEqualTo("file");

      Reply html =
          upload(s, "<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8), "image/png");
      assertThat(html.status()).isEqualTo(415);
      assertThat(html.json().get("field").asText()).isEqualTo("file");

      Reply lying = upload(s, UploadCheckerTest.png(10, 10, false), "image/jpeg");
      assertThat(lying.status()).isEqualTo(415);
      assertThat(lying.json().get("field").asText()).isEqualTo("contentType");

      Reply empty = upload(s, new byte[0], "image/png");
      assertThat(empty.status()).isEqualTo(422);
      assertThat(empty.json().get("field").asText()).isEqualTo("file");

      // Declared over the limit: the server answers 413 without reading the body and closes. A
      // client still sending 10 MiB may see the reset first, so only the headers are sent here.
      String large = headersOnly(s, UploadLimits.DEFAULT.maxBytes() + 1L);
      assertThat(large).startsWith("HTTP/1.1 413");
      assertThat(large).contains("\"field\":\"file\"");
    }
  }

  /** The raw answer to an upload whose headers declare {@code length} bytes and send none. */
  private static String headersOnly(TestServer s, long length) {
    try (Socket socket = new Socket("127.0.0.1", s.server.port())) {
      socket.setSoTimeout(30_000);
      String head =
          "POST /api/uploads HTTP/1.1\r\nHost: localhost\r\nContent-Type: image/png\r\n"
              + "Content-Length: "
              + length
              + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
