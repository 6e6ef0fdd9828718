package dev.atelier.formats.print;

import java.util.Objects;

/**
 * A technique allowed on a print area and the most colours (inks or thread colours) it takes there.
 *
 * @param technique the technique
 * @param maxColours the most distinct colours of one artwork, 1..{@link PrintArea#MAX_COLOURS}, or
 *     {@link #UNLIMITED} (digital print takes full-colour photos)
 */
public record TechniqueLimit(Technique technique, int maxColours) {

  /** No colour limit: written {@code unlimited} in the model file. */
  public static final int UNLIMITED = Integer.MAX_VALUE;

  public TechniqueLimit {
    Objects.requireNonNull(technique, "technique");
    if ((maxColours < 1 || maxColours > PrintArea.MAX_COLOURS) && maxColours != UNLIMITED) {
      throw new IllegalArgumentException("maxColours " + maxColours);
    }
  }

  /** Whether the technique takes any number of colours. */
  public boolean unlimited() {
    return maxColours == UNLIMITED;
  }

  /** The limit as the model file writes it: a number or {@code unlimited}. */
  public String written() {
    return unlimited() ? "unlimited" : Integer.toString(maxColours);
  }
}
