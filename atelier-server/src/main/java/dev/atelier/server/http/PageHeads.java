package dev.atelier.server.http;

import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.ResourceHandler;
import io.javalin.http.staticfiles.StaticFileConfig;
import io.javalin.security.RouteRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The static files with one server-side include: a web page whose first line asks for the shared
 * {@link PageHead} is answered with that head expanded (pages are read once from the class path and
 * kept); every other file goes to Javalin's own handler. Thread-safe.
 */
final class PageHeads implements ResourceHandler {

  private final ResourceHandler files;
  private final String folder;
  private final ConcurrentMap<String, Optional<String>> pages = new ConcurrentHashMap<>();

  /**
   * Pages from the class path folder {@code folder} (hosted at /), other files from {@code files}.
   */
  PageHeads(ResourceHandler files, String folder) {
    this.files = files;
    this.folder = folder;
  }

  @Override
  public void init(CompressionStrategy compression) {
    files.init(compression);
  }

  @Override
  public boolean canHandle(Context ctx) {
    return page(ctx.path()).isPresent() || files.canHandle(ctx);
  }

  @Override
  public boolean handle(Context ctx) {
    Optional<String> page = page(ctx.path());
    if (page.isEmpty()) {
      return files.handle(ctx);
    }
    ctx.header("Cache-Control", "no-cache");
    ctx.html(page.get());
    return true;
  }

  @Override
  public boolean addStaticFileConfig(StaticFileConfig config) {
    return files.addStaticFileConfig(config);
  }

  @Override
  public Set<RouteRole> resourceRouteRoles(Context ctx) {
    return files.resourceRouteRoles(ctx);
  }

  /**
   * The expanded page at {@code path} ({@code /orders/} is {@code /orders/index.html}); empty for a
   * file without the directive. Only files that exist are remembered, so requests for made-up names
   * do not grow the map.
   */
  private Optional<String> page(String path) {
    String file = path.endsWith("/") ? path + "index.html" : path;
    if (!file.endsWith(".html") || file.contains("..") || file.contains("//")) {
      return Optional.empty();
    }
    Optional<String> known = pages.get(file);
    if (known != null) {
      return known;
    }
    Optional<String> text = read(folder + file);
    Optional<String> page = text.flatMap(PageHead::expand);
    if (text.isPresent()) {
      pages.putIfAbsent(file, page);
    }
    return page;
  }

  private static Optional<String> read(String resource) {
    try (InputStream in = PageHeads.class.getResourceAsStream(resource)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
