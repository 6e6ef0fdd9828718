package dev.atelier.formats.print;

import java.util.Objects;

/**
 * A technique allowed on a print area and the most colours (inks or thread colours) it takes there.
 *
 * @param technique the technique
 * @param maxColours the most distinct colours of one artwork, at least 1
 */
public record TechniqueLimit(Technique technique, int maxColours) {
  public TechniqueLimit {
    Objects.requireNonNull(technique, "technique");
    if (maxColours < 1 || maxColours > PrintArea.MAX_COLOURS) {
      throw new IllegalArgumentException("maxColours " + maxColours);
    }
  }
}
