package dev.atelier.engine.result;

import java.util.List;
import java.util.Objects;

/**
 * Why an engine call gave no answer: an expected outcome (unknown attribute, unsatisfiable model,
 * deadline passed ...) described in words, naming the attribute, value or rule concerned. Immutable
 * and thread-safe.
 *
 * @param kind what kind of outcome this is
 * @param message a sentence for people, naming the place
 * @param details further lines (e.g. every model problem), may be empty
 */
public record Failure(Kind kind, String message, List<String> details) {

  /** Kinds of expected outcomes. */
  public enum Kind {
    /** The model has structural problems (see details). */
    INVALID_MODEL,
    /** The model admits no configuration at all. */
    UNSATISFIABLE_MODEL,
    /** No attribute with this id. */
    UNKNOWN_ATTRIBUTE,
    /** The attribute has no such value. */
    UNKNOWN_VALUE,
    /** An integer outside its attribute's range or step. */
    OUT_OF_RANGE,
    /** The value cannot be chosen with the current decisions (explain tells why). */
    REFUSED,
    /** The requested operation does not apply (e.g. undo with nothing to undo). */
    NOT_APPLICABLE,
    /** The deadline passed before an answer was found. */
    TIMED_OUT,
    /** The computation is too large for this method (e.g. exact count), see message. */
    TOO_LARGE,
    /**
     * Customer facts are not given yet, and the engine never decides a fact (details: their
     * attribute ids, in model order).
     */
    MISSING_FACTS
  }

  public Failure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    details = List.copyOf(details);
  }

  /** A failure without details. */
  public static Failure of(Kind kind, String message) {
    return new Failure(kind, message, List.of());
  }

  /** The failure for a passed deadline during {@code what}. */
  public static Failure timedOut(String what) {
    return of(Kind.TIMED_OUT, "deadline passed while " + what);
  }
}
