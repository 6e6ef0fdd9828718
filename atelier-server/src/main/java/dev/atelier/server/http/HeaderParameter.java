package dev.atelier.server.http;

import java.util.List;
import java.util.Objects;

/**
 * An optional request header that some routes read besides their body, for the OpenAPI document
 * (the route table has no place for headers). Immutable and thread-safe.
 *
 * @param name the header name
 * @param description what the header does, one or two sentences
 * @param pattern the regular expression a value must match to count
 * @param paths the paths of the routes where the header has an effect
 */
public record HeaderParameter(String name, String description, String pattern, List<String> paths) {

  public HeaderParameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(pattern, "pattern");
    paths = List.copyOf(paths);
  }

  /** Whether {@code route} reads this header. */
  public boolean appliesTo(Route route) {
    return paths.contains(route.path());
  }
}
