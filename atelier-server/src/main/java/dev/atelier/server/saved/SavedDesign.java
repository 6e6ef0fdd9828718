package dev.atelier.server.saved;

import dev.atelier.server.design.ArtworkRef;
import dev.atelier.server.design.DesignJson.Price;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Require;
import dev.atelier.server.shared.Design;
import java.time.Instant;
import java.util.Map;

/**
 * A saved design: its short id, the checked design, its price when saved and when it was saved;
 * when saved by a signed-in customer, also its owner, its name and its personalization texts.
 * Immutable and thread-safe.
 *
 * @param id the short id (8 URL-safe characters)
 * @param design the design, normalized (one decision per attribute)
 * @param price the price of its decisions when saved
 * @param savedAt when it was saved
 * @param owner the account that saved it, or null when saved anonymously
 * @param name the owner's name for it, or null
 * @param texts the personalization texts kept for the owner (empty when none or anonymous)
 * @param artwork the artwork references (print area id to upload and rotation; empty for none)
 */
public record SavedDesign(
    String id,
    Design design,
    Price price,
    Instant savedAt,
    @Nullable Long owner,
    @Nullable String name,
    Map<String, String> texts,
    Map<String, ArtworkRef> artwork) {

  public SavedDesign {
    Require.nonNull("id design price savedAt", id, design, price, savedAt);
    texts = Map.copyOf(texts);
    artwork = artwork == null ? Map.of() : Map.copyOf(artwork);
  }

  /** A design saved anonymously: no owner, name or texts. */
  public SavedDesign(String id, Design design, Price price, Instant savedAt) {
    this(id, design, price, savedAt, null, null, Map.of(), Map.of());
  }

  /** This design under another name. */
  public SavedDesign named(String newName) {
    return new SavedDesign(id, design, price, savedAt, owner, newName, texts, artwork);
  }
}
