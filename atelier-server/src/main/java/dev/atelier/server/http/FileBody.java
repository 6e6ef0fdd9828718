package dev.atelier.server.http;

import java.util.Objects;

/**
 * A 200 answer that is a stored file rather than JSON: a route whose handler answers with this (and
 * declares it as its response type) sends {@code bytes} as {@code mediaType}, offered for download
 * as {@code filename}, with {@code X-Content-Type-Options: nosniff} and a content security policy
 * that runs nothing. Immutable (the bytes are not copied; nobody changes them).
 *
 * @param mediaType the media type sent (one of the types the server produced itself)
 * @param filename the suggested file name (letters, digits, dots and hyphens only)
 * @param bytes the file
 */
public record FileBody(String mediaType, String filename, byte[] bytes) {

  /** The policy sent with every file: nothing loads or runs, even when opened directly. */
  public static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

  public FileBody {
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(bytes, "bytes");
    if (!filename.matches("[A-Za-z0-9.-]{1,120}")) {
      throw new IllegalArgumentException("file name " + filename);
    }
  }
}
