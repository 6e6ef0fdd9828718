package dev.atelier.bench;

import dev.atelier.formats.ModelFormat;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --format} option of the bench (a picocli mixin, as in the {@code atelier} commands):
 * overrides format detection of MODEL. One instance per run; not thread-safe.
 */
public final class FormatOption {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "The model's format, instead of detecting it: ${COMPLETION-CANDIDATES}.")
  private ModelFormat format;

  /** The format given, or empty to detect it. */
  Optional<ModelFormat> format() {
    return Optional.ofNullable(format);
  }
}
