package dev.atelier.server.saved;

import dev.atelier.server.design.DesignJson.Design;
import dev.atelier.server.design.DesignJson.Price;

/** The JSON shapes of the saved-design routes. All records are immutable and thread-safe. */
public final class SavedDesignJson {

  private SavedDesignJson() {}

  /** {@code POST /api/saved-designs}. */
  public record SaveRequest(Design design) {}

  /**
   * A saved design: its id, the page that reopens it ({@code /d/<id>}), the design, its price and
   * when it was saved (ISO-8601).
   */
  public record SavedDesignView(
      String id, String link, Design design, Price price, String savedAt) {

    static SavedDesignView of(SavedDesign saved) {
      return new SavedDesignView(
          saved.id(),
          "/d/" + saved.id(),
          saved.design(),
          saved.price(),
          saved.savedAt().toString());
    }
  }
}
