package dev.atelier.server;

import dev.atelier.cli.VersionProvider;

/** The Atelier version shown in the OpenAPI document. Stateless and thread-safe. */
final class VersionInfo {

  private VersionInfo() {}

  static String version() {
    return VersionProvider.version();
  }
}
