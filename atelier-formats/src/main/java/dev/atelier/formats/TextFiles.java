package dev.atelier.formats;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads whole model files into memory: gzip-compressed files are decompressed transparently
 * (recognized by their magic bytes, whatever the name), bytes are decoded as UTF-8 (malformed bytes
 * become U+FFFD) and the size is capped. Stateless and thread-safe.
 */
public final class TextFiles {

  /** The largest (decompressed) text read, in characters or bytes. */
  public static final int MAX_SIZE = 64 * 1024 * 1024;

  private TextFiles() {}

  /** The outcome of reading a file: its text, or why it could not be read. */
  public sealed interface Outcome permits Text, Unreadable {}

  /** The file's decoded text. */
  public record Text(String text) implements Outcome {}

  /** The file could not be read. */
  public record Unreadable(Diagnostic diagnostic) implements Outcome {}

  /** Reads the (possibly gzip-compressed) file at {@code path}. */
  public static Outcome read(Path path) {
    String name = path.toString();
    try (InputStream in = Files.newInputStream(path)) {
      return decode(in, name);
    } catch (ZipException e) {
      return unreadable(name, "corrupt gzip data (" + e.getMessage() + ")");
    } catch (IOException e) {
      return unreadable(name, "cannot read the file: " + IoProblems.describe(e));
    }
  }

  /** Decodes {@code in} (gzip-compressed or not) as UTF-8. */
  public static Outcome decode(InputStream in, String fileName) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in);
    buffered.mark(2);
    int b0 = buffered.read();
    int b1 = buffered.read();
    buffered.reset();
    InputStream source =
        b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(buffered, 1 << 16) : buffered;
    byte[] bytes = source.readNBytes(MAX_SIZE + 1);
    if (bytes.length > MAX_SIZE) {
      return unreadable(fileName, "the file is larger than " + MAX_SIZE + " bytes");
    }
    return new Text(new String(bytes, StandardCharsets.UTF_8));
  }

  /** Reads all of {@code reader}, up to {@link #MAX_SIZE} characters. */
  public static Outcome readAll(Reader reader, String fileName) {
    StringBuilder sb = new StringBuilder();
    char[] buffer = new char[1 << 14];
    try {
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        sb.append(buffer, 0, n);
        if (sb.length() > MAX_SIZE) {
          return unreadable(fileName, "the file is larger than " + MAX_SIZE + " characters");
        }
      }
    } catch (IOException e) {
      return unreadable(fileName, "cannot read the file: " + IoProblems.describe(e));
    }
    return new Text(sb.toString());
  }

  private static Outcome unreadable(String fileName, String message) {
    return new Unreadable(new Diagnostic(fileName, 1, 1, message));
  }
}
