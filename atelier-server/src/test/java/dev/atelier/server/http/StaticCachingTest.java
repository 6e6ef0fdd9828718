package dev.atelier.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.testing.TestServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the web files are cached (docs/preview-3d.md, start-up): the vendored three.js, whose address
 * names its version, for a year without asking again; the page's own files revalidated by ETag
 * (304, no body); both sent gzipped.
 */
class StaticCachingTest {

  private static final String THREE = "/vendor/three/0.181.0/three.module.min.js";

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = new TestServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<byte[]> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] resource(String path) throws IOException {
    try (InputStream in = StaticCachingTest.class.getResourceAsStream("/web" + path)) {
      assertThat(in).as(path).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void vendoredFilesAreImmutableAndGzipped() throws IOException {
    HttpResponse<byte[]> r = get(THREE, "Accept-Encoding", "gzip");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Cache-Control")).hasValue(WebPages.IMMUTABLE);
    assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
    byte[] body;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
      body = in.readAllBytes();
    }
    assertThat(body).isEqualTo(resource(THREE));
    assertThat(r.body().length).isLessThan(body.length / 3);
  }

  @Test
  void pageFilesAreRevalidatedByTheirETag() throws IOException {
    HttpResponse<byte[]> first = get("/js/three/early.js");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).isEqualTo(resource("/js/three/early.js"));
    assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
    String etag = first.headers().firstValue("ETag").orElse("none");
    assertThat(etag).isNotEqualTo("none");
    HttpResponse<byte[]> again = get("/js/three/early.js", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void aMissingVendoredFileIsNotFound() {
    assertThat(get("/vendor/three/0.181.0/nothing.js").statusCode()).isEqualTo(404);
  }
}
