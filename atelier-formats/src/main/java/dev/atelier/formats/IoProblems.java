package dev.atelier.formats;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.zip.ZipException;

/** Says in words why a file could not be read, for diagnostics. Stateless and thread-safe. */
public final class IoProblems {

  private IoProblems() {}

  /**
   * An I/O problem in words: "no such file", "permission denied", corrupt or truncated gzip data,
   * else the exception's message (its class name when it has none).
   */
  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof ZipException) {
      return "corrupt gzip data (" + e.getMessage() + ")";
    }
    if (e instanceof EOFException) {
      return "unexpected end of compressed data";
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
