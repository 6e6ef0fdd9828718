package dev.atelier.formats.print;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.Fact;
import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The attributes a print area adds to the model. Choices (the solver may change them in a repair):
 * {@code <area>_technique}, the placed box {@code <area>_width}, {@code _height}, {@code _x},
 * {@code _y} (mm on a grid of {@link #STEP_MM}, top-left corner from the area's top-left; the
 * design surface snaps to it) and {@code <area>_text_mm} (the smallest text height, capped at
 * {@link #TEXT_MM_CAP}). Customer facts describing the artwork that {@linkplain Fact#mayBeAbsent
 * may be absent} (never changed by the solver): {@code <area>_px_w}, {@code _px_h} (pixels, in
 * steps of {@link #PX_STEP}, rounded down), {@code <area>_colours} and {@code <area>_photo}. All
 * optional: an area without artwork leaves them unset. The coarse grid keeps every domain at a few
 * dozen values at most, so sessions of products with print areas stay as fast as without.
 */
public final class ArtworkAttributes {
  /** The placement grid in millimetres: sizes and positions are multiples of it. */
  public static final int STEP_MM = 5;

  /**
   * Pixel facts are multiples of this (rounded down): the pixels that cover one {@link #STEP_MM}
   * step at {@link PrintArea#MIN_DPI} (29.5, rounded up), so that k steps of pixels allow exactly k
   * steps of placed size and rounding down never lets a placement fall below 150 dpi.
   */
  public static final int PX_STEP = 30;

  /** Top of the text height choice: taller text counts as this (the rule only needs 2 mm). */
  public static final int TEXT_MM_CAP = 4;

  private ArtworkAttributes() {}

  /** The attribute id of {@code suffix} ("technique", "px_w", ...) on {@code area}. */
  public static String id(PrintArea area, String suffix) {
    return area.id() + "_" + suffix;
  }

  /** The generated attributes of {@code area}, in a fixed order. */
  public static List<Attribute> attributes(PrintArea area) {
    List<Attribute> out = new ArrayList<>();
    List<Value> techniques = new ArrayList<>();
    for (TechniqueLimit t : area.techniques()) {
      techniques.add(new Value(t.technique().id(), techniqueLabel(t.technique()), 0));
    }
    out.add(new EnumAttribute(id(area, "technique"), label(area, "technique"), techniques, true));
    out.add(grid(area, "width", STEP_MM, floorToGrid(area.widthMm())));
    out.add(grid(area, "height", STEP_MM, floorToGrid(area.heightMm())));
    out.add(grid(area, "x", 0, floorToGrid(area.widthMm() - STEP_MM)));
    out.add(grid(area, "y", 0, floorToGrid(area.heightMm() - STEP_MM)));
    out.add(integer(area, "text_mm", 1, Math.min(area.heightMm(), TEXT_MM_CAP), 1, "mm"));
    out.add(integer(area, "px_w", 0, pixelCap(area.widthMm()), PX_STEP, "px"));
    out.add(integer(area, "px_h", 0, pixelCap(area.heightMm()), PX_STEP, "px"));
    out.add(integer(area, "colours", 1, colourCap(area), 1, ""));
    out.add(new BooleanAttribute(id(area, "photo"), label(area, "photo"), true, 0));
    return out;
  }

  /** The customer facts among the generated attributes: the artwork's own properties. */
  public static List<Fact> facts(PrintArea area) {
    return List.of(
        Fact.mayBeAbsent(id(area, "px_w")),
        Fact.mayBeAbsent(id(area, "px_h")),
        Fact.mayBeAbsent(id(area, "colours")),
        Fact.mayBeAbsent(id(area, "photo")));
  }

  /**
   * The pixel fact for an artwork side of {@code pixels} on an area side of {@code sideMm}: rounded
   * down to a multiple of {@link #PX_STEP}, capped at {@link #pixelCap} (more pixels than fill the
   * whole side at 150 dpi change no rule).
   */
  public static long pixelFact(long pixels, int sideMm) {
    long capped = Math.max(0, Math.min(pixelCap(sideMm), pixels));
    return capped / PX_STEP * PX_STEP;
  }

  /**
   * Top of the colour fact: one more than the area's largest colour limit (any count above every
   * limit is refused by the same rules, so it counts as this). Keeps the domain small.
   */
  public static int colourCap(PrintArea area) {
    return area.techniques().stream()
            .filter(t -> !t.unlimited())
            .mapToInt(TechniqueLimit::maxColours)
            .max()
            .orElse(1)
        + 1;
  }

  /** The colour fact for an artwork with {@code colours} distinct colours on {@code area}. */
  public static long colourFact(int colours, PrintArea area) {
    return Math.max(1, Math.min(colours, colourCap(area)));
  }

  /**
   * The pixels that fill {@code sideMm} at {@link PrintArea#MIN_DPI}, up to a multiple of the step.
   */
  public static long pixelCap(int sideMm) {
    long px = (sideMm * (long) PrintArea.MIN_DPI * 10 + 253) / 254;
    return (px + PX_STEP - 1) / PX_STEP * PX_STEP;
  }

  /** {@code mm} rounded down to the placement grid (at least 0). */
  public static int floorToGrid(int mm) {
    return Math.max(0, mm / STEP_MM * STEP_MM);
  }

  private static IntegerAttribute grid(PrintArea area, String suffix, long min, long max) {
    return integer(area, suffix, min, Math.max(min, max), STEP_MM, "mm");
  }

  private static IntegerAttribute integer(
      PrintArea area, String suffix, long min, long max, long step, String unit) {
    return new IntegerAttribute(
        id(area, suffix), label(area, suffix), min, max, step, unit, true, 0);
  }

  private static LocalizedText techniqueLabel(Technique t) {
    return t == Technique.PRINT ? text("Print", "Druck") : text("Embroidery", "Stickerei");
  }

  private static final Map<String, String[]> WORDS =
      Map.of(
          "technique", new String[] {"technique", "Technik"},
          "width", new String[] {"artwork width", "Motivbreite"},
          "height", new String[] {"artwork height", "Motivhöhe"},
          "x", new String[] {"distance from left edge", "Abstand vom linken Rand"},
          "y", new String[] {"distance from top edge", "Abstand vom oberen Rand"},
          "text_mm", new String[] {"text height", "Schrifthöhe"},
          "px_w", new String[] {"image width in pixels", "Bildbreite in Pixeln"},
          "px_h", new String[] {"image height in pixels", "Bildhöhe in Pixeln"},
          "colours", new String[] {"colours in the artwork", "Farben im Motiv"},
          "photo", new String[] {"artwork is a photo", "Motiv ist ein Foto"});

  /** An English and German text, English first (the fallback). */
  static LocalizedText text(String en, String de) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("en", en);
    texts.put("de", de);
    return new LocalizedText(texts);
  }

  /** "Tongue: technique" / "Zunge: Technik". */
  static LocalizedText label(PrintArea area, String suffix) {
    String[] words = WORDS.get(suffix);
    String de = Optional.ofNullable(area.label().texts().get("de")).orElse(area.label().in("en"));
    return text(area.label().in("en") + ": " + words[0], de + ": " + words[1]);
  }
}
