package dev.atelier.engine.count;

/**
 * The outcome of reading a stored artefact: the compiled form, or why it was rejected (corrupt,
 * truncated, another format version, another kind, or another model).
 *
 * @param <T> the compiled form
 */
public sealed interface ArtefactRead<T> {

  /** The artefact as read. */
  record Loaded<T>(T value) implements ArtefactRead<T> {}

  /** The artefact cannot be used, and why (for logs). */
  record Rejected<T>(String reason) implements ArtefactRead<T> {}
}
