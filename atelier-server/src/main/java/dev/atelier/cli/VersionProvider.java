package dev.atelier.cli;

import dev.atelier.server.VersionInfo;
import picocli.CommandLine.IVersionProvider;

/** The version shown by {@code --version} ({@link VersionInfo}). Stateless and thread-safe. */
public final class VersionProvider implements IVersionProvider {

  /** The Atelier version, or "unknown" when the build did not record one. */
  public static String version() {
    return VersionInfo.version();
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "atelier " + version(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
