package dev.atelier.server.http;

/**
 * An answer that is JSON text already (e.g. a stored response replayed for an idempotency key): the
 * server writes its bytes as they are instead of serialising it again. Implementations are
 * immutable.
 */
public interface PreparedJson {

  /** The UTF-8 bytes of the JSON text. */
  byte[] jsonBytes();
}
