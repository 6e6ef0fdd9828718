package dev.atelier.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.ServerOptions;
import dev.atelier.server.testing.TestServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A path with a dot segment, plain or escaped, is a 400 naming {@code path} on a real server (raw
 * sockets: an HTTP client would resolve the dots itself), so none reaches a static file, an upload
 * or a print file by its path parameter. Before session 21 {@code /%2e%2e/%2e%2e/etc/passwd} got
 * Jetty's bare "Bad Request" and {@code /api/uploads/..%2f..%2fetc%2fpasswd} reached the uploads.
 */
class DotSegmentPathsTest {

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = new TestServer(ServerOptions.defaults(0), TestServer.HEADER_AUTH);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void dotSegmentsAreProblemsNamingThePath() {
    List<String> paths =
        List.of(
            "/%2e%2e/%2e%2e/etc/passwd",
            "/../../etc/passwd",
            "/api/../../etc/passwd",
            "/api/..%2f..%2f",
            "/%2e%2e%2f%2e%2e%2fetc/passwd",
            "/.%2e/x",
            "/%2E%2E",
            "/api/%2e/products",
            "/a/%2e%2e/api/products",
            "/api/products/..;/x",
            "/x%5c..%5c..%5cetc",
            "/assets/%2e%2e/%2e%2e/META-INF/MANIFEST.MF",
            "/fonts/..%2f..%2fweb%2findex.html",
            "/vendor/..",
            "/api/uploads/..%2f..%2fetc%2fpasswd",
            "/api/uploads/%2e%2e",
            "/api/saved-designs/1/artwork/..%2f..",
            "/api/print-jobs/1/..%2f../retry",
            "/api/print-files/..%2f..%2fetc%2fpasswd",
            "/api/products/../..",
            "http://localhost/api/../x");
    for (String path : paths) {
      RawHttp.Response r = RawHttp.exchange(server.server.port(), RawHttp.get(path));
      assertThat(r.status()).as(path).isEqualTo(400);
      assertThat(r.header("Content-Type")).as(path).startsWith("application/problem+json");
      assertThat(r.body()).as(path).contains("\"field\":\"path\"").contains("'.' or '..' segment");
    }
  }

  @Test
  void dotsThatAreNoSegmentPass() {
    int port = server.server.port();
    for (String path :
        List.of("/api/products/a..b", "/api/products/...", "/api/products/.x", "/api/x?p=../..")) {
      RawHttp.Response r = RawHttp.exchange(port, RawHttp.get(path));
      assertThat(r.status()).as(path).isEqualTo(404);
    }
    assertThat(RawHttp.exchange(port, RawHttp.get("/api/products")).status()).isEqualTo(200);
  }

  @Test
  void segmentsSplitAtBothSlashesAndParameters() {
    assertThat(BadPath.dotSegment("/a/..")).isTrue();
    assertThat(BadPath.dotSegment("/a\\.\\b")).isTrue();
    assertThat(BadPath.dotSegment("/a/..;x=1/b")).isTrue();
    assertThat(BadPath.dotSegment("/a/..x/b")).isFalse();
    assertThat(BadPath.dotSegment("/a/.../b")).isFalse();
    assertThat(BadPath.dotSegment("")).isFalse();
  }
}
