package dev.atelier.server.http;

import io.javalin.config.JavalinConfig;

/**
 * Serves the WebJars on the class path (Chart.js for the analytics pages) at {@code /webjars/}.
 * Like the web pages, not API routes. Stateless.
 */
final class WebJars {

  private WebJars() {}

  /** Adds the WebJar handler to {@code config}. */
  static void configure(JavalinConfig config) {
    config.staticFiles.enableWebjars();
  }
}
