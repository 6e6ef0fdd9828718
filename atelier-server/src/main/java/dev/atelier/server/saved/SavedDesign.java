package dev.atelier.server.saved;

import dev.atelier.server.design.DesignJson.Design;
import dev.atelier.server.design.DesignJson.Price;
import java.time.Instant;
import java.util.Objects;

/**
 * A saved design: its short id, the checked design, its price when saved and when it was saved.
 * Immutable and thread-safe.
 *
 * @param id the short id (8 URL-safe characters)
 * @param design the design, normalized (one decision per attribute)
 * @param price the price of its decisions when saved
 * @param savedAt when it was saved
 */
public record SavedDesign(String id, Design design, Price price, Instant savedAt) {

  public SavedDesign {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(design, "design");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(savedAt, "savedAt");
  }
}
