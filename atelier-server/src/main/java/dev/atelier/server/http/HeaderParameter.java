package dev.atelier.server.http;

import io.javalin.http.HandlerType;
import java.util.List;

/**
 * A request header that some routes read besides their body, for the OpenAPI document (the route
 * table has no place for headers). Immutable and thread-safe.
 *
 * @param name the header name
 * @param description what the header does, one or two sentences
 * @param pattern the regular expression a value must match to count
 * @param required whether the routes refuse a request without it
 * @param method the method of the routes that read it, or null for every method on {@code paths}
 * @param paths the paths of the routes where the header has an effect
 */
public record HeaderParameter(
    String name,
    String description,
    String pattern,
    boolean required,
    @Nullable HandlerType method,
    List<String> paths) {

  public HeaderParameter {
    Require.nonNull("name description pattern", name, description, pattern);
    paths = List.copyOf(paths);
  }

  /** An optional header read on {@code paths} by every method. */
  public HeaderParameter(String name, String description, String pattern, List<String> paths) {
    this(name, description, pattern, false, null, paths);
  }

  /** Whether {@code route} reads this header. */
  public boolean appliesTo(Route route) {
    return paths.contains(route.path()) && (method == null || method == route.method());
  }
}
