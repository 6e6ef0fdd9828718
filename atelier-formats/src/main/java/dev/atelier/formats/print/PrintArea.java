package dev.atelier.formats.print;

import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.TextAttribute;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A surface of the product that takes the customer's own artwork (an image or a text): where it is,
 * how large, how far from the edge artwork must stay, and which techniques put it there. Immutable.
 *
 * @param id the area id (lower-case word, also the prefix of its generated attributes)
 * @param label what the customer reads
 * @param part the product part that carries the area (a presentation/3D part name)
 * @param widthMm width in millimetres, {@link #MIN_MM}..{@link #MAX_MM}
 * @param heightMm height in millimetres, {@link #MIN_MM}..{@link #MAX_MM}
 * @param safeMarginMm how far artwork stays from each edge, less than half of either side
 * @param techniques the allowed techniques with their colour limits, in file order, at least one
 * @param text the personalization text drawn on the area and its style, if any
 */
public record PrintArea(
    String id,
    LocalizedText label,
    String part,
    int widthMm,
    int heightMm,
    int safeMarginMm,
    List<TechniqueLimit> techniques,
    Optional<PrintText> text) {

  /** Smallest side of a print area in millimetres: two steps of the placement grid. */
  public static final int MIN_MM = 2 * ArtworkAttributes.STEP_MM;

  /** Largest side of a print area in millimetres. */
  public static final int MAX_MM = 1000;

  /** Most colours a colour limit may name (and the top of the colour-count fact). */
  public static final int MAX_COLOURS = 64;

  /** Smallest text height in millimetres that any technique reproduces legibly. */
  public static final int MIN_TEXT_MM = 2;

  /** Smallest effective resolution of raster artwork at its placed size. */
  public static final int MIN_DPI = 150;

  public PrintArea {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(part, "part");
    techniques = List.copyOf(techniques);
    Objects.requireNonNull(text, "text");
    if (widthMm < MIN_MM || heightMm < MIN_MM || widthMm > MAX_MM || heightMm > MAX_MM) {
      throw new IllegalArgumentException("size " + widthMm + "x" + heightMm);
    }
    if (safeMarginMm < 0 || 2 * safeMarginMm >= Math.min(widthMm, heightMm)) {
      throw new IllegalArgumentException("safe margin " + safeMarginMm);
    }
    if (techniques.isEmpty()) {
      throw new IllegalArgumentException("no technique");
    }
  }

  /**
   * The first of this area's text attributes that a configuration ({@code values}, attribute to
   * value) gives ({@code given}) and places here (its place attribute, if any, names this area):
   * the text the area carries; empty when it carries none.
   */
  public Optional<String> givenText(Map<String, String> values) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    PrintText t = text.get();
    if (t.place().isPresent() && !id.equals(values.get(t.place().get()))) {
      return Optional.empty();
    }
    return t.attributes().stream()
        .filter(a -> TextAttribute.GIVEN.equals(values.get(a)))
        .findFirst();
  }

  /** The colour limit of {@code technique} here, if the area allows it. */
  public Optional<TechniqueLimit> limit(Technique technique) {
    return techniques.stream().filter(t -> t.technique() == technique).findFirst();
  }
}
