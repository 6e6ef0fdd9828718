package dev.atelier.engine.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Marks an attribute as a customer fact: something the customer <em>is</em> or <em>has</em> (a body
 * measurement, a shoe size, a wall's width), not something they choose. The engine never decides a
 * fact on the customer's behalf: completion and proposals need every fact given first, and repairs
 * never change one. Immutable and thread-safe.
 *
 * @param attribute the attribute that holds the fact
 * @param profileKey the key of the customer's profile value that feeds it ("waist"), or empty when
 *     no profile value does; shared across products
 * @param help a short "how to measure" text shown next to the fact, if any
 * @param mayBeAbsent whether the customer may simply not have this fact (the pixel size of artwork
 *     never uploaded): such a fact is never missing, and completion and proposals leave it unset
 *     when it is not given. Every other fact (optional attribute or not) is missing until given.
 */
public record Fact(
    String attribute, String profileKey, Optional<LocalizedText> help, boolean mayBeAbsent) {

  /** What a profile key looks like: lower-case words joined by hyphens ("inside-leg"). */
  public static final Pattern PROFILE_KEY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public Fact {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(profileKey, "profileKey");
    Objects.requireNonNull(help, "help");
  }

  /** A fact the customer must give before completion. */
  public Fact(String attribute, String profileKey, Optional<LocalizedText> help) {
    this(attribute, profileKey, help, false);
  }

  /** A fact without profile key or help that is left unset when the customer does not have it. */
  public static Fact mayBeAbsent(String attribute) {
    return new Fact(attribute, "", Optional.empty(), true);
  }

  /** A fact without profile key or help. */
  public static Fact of(String attribute) {
    return new Fact(attribute, "", Optional.empty());
  }

  /** Whether a profile value feeds this fact. */
  public boolean fromProfile() {
    return !profileKey.isEmpty();
  }
}
