package dev.atelier.server.saved;

import dev.atelier.server.design.ArtworkRef;
import dev.atelier.server.design.DesignJson.Price;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.shared.Design;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the saved-design routes. All records are immutable and thread-safe. */
public final class SavedDesignJson {

  private SavedDesignJson() {}

  /**
   * {@code POST /api/saved-designs}: the design; when signed in, also a name (1 to 200 characters)
   * or {@code mine} (kept without a name: "My designs" then names it by product and date in the
   * page's language) and the personalization texts kept for the owner (text attribute id to text).
   */
  public record SaveRequest(
      Design design,
      @Nullable String name,
      @Nullable Map<String, String> texts,
      @Nullable Map<String, ArtworkRef> artwork,
      @Nullable Boolean mine) {

    /** A request without {@code mine}. */
    public SaveRequest(
        Design design,
        @Nullable String name,
        @Nullable Map<String, String> texts,
        @Nullable Map<String, ArtworkRef> artwork) {
      this(design, name, texts, artwork, null);
    }

    /** Whether a signed-in caller keeps the design (named or {@code mine}). */
    public boolean kept() {
      return name != null || Boolean.TRUE.equals(mine);
    }
  }

  /** {@code PATCH /api/saved-designs/{id}}: the new name (1 to 200 characters). */
  public record RenameRequest(String name) {}

  /**
   * A saved design: its id, the page that reopens it ({@code /d/<id>}), the design, its price, when
   * it was saved (ISO-8601) and the owner's name for it (null when saved anonymously). Never the
   * owner or the texts: anyone with the link may read it.
   */
  public record SavedDesignView(
      String id,
      String link,
      Design design,
      Price price,
      String savedAt,
      @Nullable String name,
      Map<String, ArtworkRef> artwork) {

    static SavedDesignView of(SavedDesign saved) {
      return new SavedDesignView(
          saved.id(),
          "/d/" + saved.id(),
          saved.design(),
          saved.price(),
          saved.savedAt().toString(),
          saved.name(),
          saved.artwork());
    }
  }

  /** One of the caller's own designs: the public view and the texts kept for them. */
  public record OwnDesign(
      String id,
      String link,
      @Nullable String name,
      Design design,
      Price price,
      String savedAt,
      Map<String, String> texts,
      Map<String, ArtworkRef> artwork) {

    static OwnDesign of(SavedDesign saved) {
      return new OwnDesign(
          saved.id(),
          "/d/" + saved.id(),
          saved.name(),
          saved.design(),
          saved.price(),
          saved.savedAt().toString(),
          saved.texts(),
          saved.artwork());
    }
  }

  /**
   * {@code GET /api/account/designs[?before=next]}: a page of the caller's saved designs, newest
   * first; {@code next} is the {@code before} of the following page, null on the last.
   */
  public record OwnDesigns(List<OwnDesign> designs, @Nullable String next) {}
}
