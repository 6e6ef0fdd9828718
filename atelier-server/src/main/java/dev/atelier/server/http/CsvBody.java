package dev.atelier.server.http;

import java.util.Objects;

/**
 * A 200 answer that is a CSV file rather than JSON: a route whose handler answers with this (and
 * declares it as its response type) sends {@code text} as {@code text/csv}, offered for download as
 * {@code filename}. Immutable and thread-safe.
 *
 * @param filename the suggested file name
 * @param text the CSV text (RFC 4180, with a header line)
 */
public record CsvBody(String filename, String text) {

  /** The media type sent. */
  public static final String MEDIA_TYPE = "text/csv; charset=utf-8";

  public CsvBody {
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(text, "text");
  }
}
