package dev.atelier.formats.print;

import java.util.Locale;
import java.util.Optional;

/** How artwork is put on a print area. */
public enum Technique {
  PRINT,
  EMBROIDERY;

  /** The id used in model files and value ids ({@code print}, {@code embroidery}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The technique with this id, if any. */
  public static Optional<Technique> byId(String id) {
    for (Technique t : values()) {
      if (t.id().equals(id)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
