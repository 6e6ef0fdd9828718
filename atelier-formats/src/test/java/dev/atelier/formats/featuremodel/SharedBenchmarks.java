package dev.atelier.formats.featuremodel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Locates the team's benchmark collection: {@code -Datelier.benchmarks=<dir>}, {@code
 * /work/shared/benchmarks}, or {@code ../shared/benchmarks} next to the project root.
 */
public final class SharedBenchmarks {

  private SharedBenchmarks() {}

  /** The benchmark directory, if present here. */
  public static Optional<Path> directory() {
    List<Path> candidates = new ArrayList<>();
    String configured = System.getProperty("atelier.benchmarks");
    if (configured != null && !configured.isBlank()) {
      candidates.add(Path.of(configured));
    }
    candidates.add(Path.of("/work/shared/benchmarks"));
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("mvnw"))) {
        candidates.add(dir.resolve("../shared/benchmarks").normalize());
        break;
      }
    }
    return candidates.stream().filter(Files::isDirectory).findFirst();
  }
}
