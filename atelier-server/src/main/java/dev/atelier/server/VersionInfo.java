package dev.atelier.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The Atelier version, from the build-filtered {@code version.properties}: shown in the OpenAPI
 * document and by {@code atelier --version}. Stateless and thread-safe.
 */
public final class VersionInfo {

  private VersionInfo() {}

  /** The Atelier version, or "unknown" when the build did not record one. */
  public static String version() {
    Properties properties = new Properties();
    try (InputStream in = VersionInfo.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      properties.load(in);
    } catch (IOException e) {
      return "unknown";
    }
    return properties.getProperty("version", "unknown");
  }
}
