package dev.atelier.formats.files;

import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.FormatDetector;
import dev.atelier.formats.ModelFormat;
import dev.atelier.formats.ModelReader;
import dev.atelier.formats.ReadResult;
import dev.atelier.formats.TextFiles;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a model file of any known format: decompresses gzip transparently, detects the format with
 * {@link FormatDetector} unless one is given, and hands the text to the registered {@link
 * ModelReader}. Never throws for bad input. Stateless and thread-safe.
 */
public final class ModelFiles {

  private ModelFiles() {}

  /** Reads {@code path} with the standard readers; {@code override} skips detection. */
  public static ReadResult read(Path path, Optional<ModelFormat> override) {
    return read(path, override, ModelReaders.standard());
  }

  /** Reads {@code path} with {@code readers}; {@code override} skips detection. */
  public static ReadResult read(Path path, Optional<ModelFormat> override, ModelReaders readers) {
    TextFiles.Outcome outcome = TextFiles.read(path);
    if (outcome instanceof TextFiles.Unreadable u) {
      return ReadResult.rejected(u.diagnostic());
    }
    return read(((TextFiles.Text) outcome).text(), path.toString(), override, readers);
  }

  /** Reads model {@code text} that came from {@code fileName}. */
  public static ReadResult read(
      String text, String fileName, Optional<ModelFormat> override, ModelReaders readers) {
    Optional<ModelFormat> format = override;
    String tried = "the format given";
    if (format.isEmpty()) {
      FormatDetector.Detection d = FormatDetector.detect(fileName, text);
      format = d.format();
      tried = d.tried();
    }
    if (format.isEmpty()) {
      return ReadResult.rejected(
          new Diagnostic(fileName, 1, 1, "unknown model format: looked at " + tried));
    }
    ModelFormat f = format.get();
    Optional<ModelReader> reader = readers.reader(f);
    if (reader.isEmpty()) {
      return ReadResult.rejected(
          new Diagnostic(
              fileName,
              1,
              1,
              "the file looks like "
                  + f.displayName()
                  + " ("
                  + tried
                  + "), but no "
                  + f.displayName()
                  + " reader is installed"));
    }
    return reader.get().read(new StringReader(text), fileName);
  }
}
