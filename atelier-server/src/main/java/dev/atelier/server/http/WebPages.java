package dev.atelier.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.jetty.JettyResourceHandler;
import java.util.List;
import java.util.Map;

/**
 * The customer web pages: static files from the classpath folder {@code /web} at {@code /}, the
 * demo products' picture layers from {@code /demo/assets} at {@code /assets}, and the page shell
 * for the client-side routes {@code /p/<product>} and {@code /d/<saved design>}. These are not API
 * routes: they are not in the route table nor the OpenAPI document, and unknown {@code /api} paths
 * stay problem+json 404s. Pages share their head through {@link PageHeads}. Stateless and
 * thread-safe.
 */
final class WebPages {

  /** The page shell, answered for every client-side route. */
  static final String SHELL = "/web/index.html";

  /**
   * The client-side routes: path prefixes answered with {@link #SHELL}. Javalin matches them as
   * string prefixes, so each ends in a slash: {@code /psw4j.properties} or {@code /db/x} are not
   * client routes but 404s.
   */
  static final List<String> CLIENT_ROUTES = List.of("/p/", "/d/");

  /**
   * The vendored libraries (three.js): each in a folder named by its version, so a file's address
   * changes when it does and the browser may keep it for a year without asking again.
   */
  static final String VENDORED = "/vendor";

  /** Cache-Control of files whose address changes with their content. */
  static final String IMMUTABLE = "public, max-age=31536000, immutable";

  /**
   * Files up to this size are gzipped once and kept compressed in memory (three.js's two files are
   * 355 and 380 KB), not compressed again for every request.
   */
  static final int PRECOMPRESS_MAX_BYTES = 1024 * 1024;

  private WebPages() {}

  static void configure(JavalinConfig config) {
    if (WebPages.class.getResource(SHELL) == null) {
      return; // a build without the web pages
    }
    config.resourceHandler(new PageHeads(new JettyResourceHandler(), "/web"));
    serve(config, "/", "/web", "no-cache", VENDORED);
    serve(config, VENDORED, "/web" + VENDORED, IMMUTABLE, null);
    serve(config, "/assets", "/demo/assets", "max-age=3600", null);
    // The print files' font (OFL, with its licence): the design surface draws text in it.
    serve(config, "/fonts", "/fonts", "max-age=86400", null);
    for (String prefix : CLIENT_ROUTES) {
      config.spaRoot.addFile(prefix, SHELL, Location.CLASSPATH);
    }
  }

  /**
   * Serves the class-path {@code directory} at {@code hostedPath} with {@code cacheControl} (and an
   * ETag, so a no-cache file that did not change is answered 304), precompressed; paths under
   * {@code skipped} are left to another folder's configuration.
   */
  private static void serve(
      JavalinConfig config,
      String hostedPath,
      String directory,
      String cacheControl,
      @Nullable String skipped) {
    config.staticFiles.add(
        s -> {
          s.hostedPath = hostedPath;
          s.directory = directory;
          s.location = Location.CLASSPATH;
          s.headers = Map.of("Cache-Control", cacheControl);
          s.precompressMaxSize = PRECOMPRESS_MAX_BYTES;
          if (skipped != null) {
            String prefix = skipped + "/";
            s.skipFileFunction = request -> request.getRequestURI().startsWith(prefix);
          }
        });
  }
}
