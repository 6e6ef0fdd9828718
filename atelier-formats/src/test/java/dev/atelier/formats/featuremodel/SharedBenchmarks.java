package dev.atelier.formats.featuremodel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the team's benchmark collection: the system property {@code atelier.benchmarks} ({@code
 * -Datelier.benchmarks=<dir>}), by default {@code ../shared/benchmarks} next to the project root.
 */
public final class SharedBenchmarks {

  private SharedBenchmarks() {}

  /** The system property naming the benchmark directory. */
  public static final String PROPERTY = "atelier.benchmarks";

  /** The benchmark directory, if present here. */
  public static Optional<Path> directory() {
    return location().filter(Files::isDirectory);
  }

  /** Where the benchmark directory should be: the property, else next to the project root. */
  public static Optional<Path> location() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured));
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("mvnw"))) {
        return Optional.of(dir.resolve("../shared/benchmarks").normalize());
      }
    }
    return Optional.empty();
  }
}
