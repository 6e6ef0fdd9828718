package dev.atelier.engine.model;

/**
 * A problem found in a model, naming where it is ("attribute width", "rule r3") and what is wrong.
 * Immutable and thread-safe.
 *
 * @param place the attribute, rule or component concerned
 * @param message what is wrong, in words
 */
public record ModelProblem(String place, String message) {

  @Override
  public String toString() {
    return place + ": " + message;
  }
}
