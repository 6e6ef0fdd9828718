package dev.atelier.formats.featuremodel;

import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.IoProblems;
import dev.atelier.formats.ModelReader;
import dev.atelier.formats.ReadResult;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Opens model files for the feature-model readers: UTF-8 text, gzip-compressed input recognised by
 * its magic bytes whatever the file name. Stateless and thread-safe.
 */
public final class ModelInput {

  private static final int BUFFER = 1 << 16;

  private ModelInput() {}

  /**
   * Reads the (possibly gzip-compressed) file at {@code path} with {@code reader}; a directory or
   * an unreadable file becomes a diagnostic at 1:1.
   */
  public static ReadResult read(Path path, ModelReader reader) {
    String file = path.toString();
    if (Files.isDirectory(path)) {
      return ReadResult.rejected(new Diagnostic(file, 1, 1, "is a directory, not a model file"));
    }
    try (Reader in = open(path)) {
      return reader.read(in, file);
    } catch (IOException e) {
      return ReadResult.rejected(
          new Diagnostic(file, 1, 1, "cannot read: " + IoProblems.describe(e)));
    }
  }

  /** A reader of the (possibly gzip-compressed) file at {@code path}; the caller closes it. */
  public static Reader open(Path path) throws IOException {
    InputStream raw = Files.newInputStream(path);
    try {
      BufferedInputStream buffered = new BufferedInputStream(raw, BUFFER);
      buffered.mark(2);
      int first = buffered.read();
      int second = buffered.read();
      buffered.reset();
      InputStream in =
          first == 0x1f && second == 0x8b ? new GZIPInputStream(buffered, BUFFER) : buffered;
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BUFFER);
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }

  /** The whole text of the (possibly gzip-compressed) file at {@code path}. */
  public static String readString(Path path) throws IOException {
    try (Reader reader = open(path)) {
      return readString(reader);
    }
  }

  /** Everything {@code reader} still has; does not close it. */
  public static String readString(Reader reader) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[BUFFER];
    for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
      text.append(buffer, 0, n);
    }
    return text.toString();
  }

  /**
   * The model id for {@code fileName}: without directories, a {@code .gz} suffix, and the known
   * extensions {@code .uvl}, {@code .xml}, {@code .featureide}, {@code .sxfm} ({@code
   * dir/linux.featureide.xml.gz} gives {@code linux}).
   */
  public static String modelId(String fileName) {
    String name =
        fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    String[] suffixes = {".gz", ".uvl", ".xml", ".featureide", ".sxfm"};
    for (String suffix : suffixes) {
      if (name.toLowerCase(Locale.ROOT).endsWith(suffix) && name.length() > suffix.length()) {
        name = name.substring(0, name.length() - suffix.length());
      }
    }
    return name.isEmpty() ? "model" : name;
  }
}
