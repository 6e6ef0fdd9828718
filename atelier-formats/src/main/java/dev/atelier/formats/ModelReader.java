package dev.atelier.formats;

import java.io.Reader;

/**
 * Reads one model format from text, reporting problems against a file name. Implementations never
 * throw for bad input and are stateless and thread-safe (e.g. {@code XcspReader::read}).
 */
@FunctionalInterface
public interface ModelReader {

  /** Reads the model in {@code reader}; problems name {@code fileName}. */
  ReadResult read(Reader reader, String fileName);
}
