package dev.atelier.server.printfile;

import dev.atelier.formats.print.ArtworkAttributes;
import dev.atelier.formats.print.PrintArea;
import dev.atelier.formats.print.PrintText;
import dev.atelier.server.design.TextAt;
import dev.atelier.server.http.Nullable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The personalization text drawn on one print area: its lines, the capital height, the colour and
 * where in the safe area it sits. Immutable.
 *
 * @param lines the lines, top to bottom, at least one
 * @param heightMm the capital height in millimetres, or {@link PrintText#FIT} (as tall as the safe
 *     area allows)
 * @param colour the fill colour
 * @param position where the lines sit in the safe area, horizontally centred, when not placed
 * @param at where the shopper placed the block's centre (mm), or null for {@code position}
 */
public record AreaText(
    List<String> lines,
    int heightMm,
    Color colour,
    PrintText.Position position,
    @Nullable TextAt at) {

  public AreaText {
    lines = List.copyOf(lines);
    Objects.requireNonNull(colour, "colour");
    Objects.requireNonNull(position, "position");
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("no line");
    }
    heightMm = Math.max(PrintText.FIT, heightMm);
  }

  /** The text at the model's {@code position}. */
  public AreaText(List<String> lines, int heightMm, Color colour, PrintText.Position position) {
    this(lines, heightMm, colour, position, null);
  }

  /** This text with its centre placed at {@code at} (null: at the model's position). */
  public AreaText placedAt(@Nullable TextAt at) {
    return new AreaText(lines, heightMm, colour, position, at);
  }

  /** One black line {@code heightMm} tall at the bottom of the safe area. */
  public AreaText(String text, int heightMm) {
    this(List.of(text), heightMm, Color.BLACK, PrintText.Position.BOTTOM);
  }

  /**
   * The text {@code area} carries in a configuration ({@code values}, with the personalization
   * {@code texts} by attribute id): one line per given text attribute of the area's {@link
   * PrintText}, when its place attribute (if any) names the area; the height is the decided {@code
   * <area>_text_mm}, else the model's size; the colour is the colour attribute's value's. Empty
   * when the area has no text or none is given.
   */
  public static Optional<AreaText> of(
      PrintArea area, Map<String, String> values, Map<String, String> texts) {
    Optional<PrintText> style = area.text();
    if (style.isEmpty()) {
      return Optional.empty();
    }
    PrintText s = style.get();
    if (s.place().isPresent() && !area.id().equals(values.get(s.place().get()))) {
      return Optional.empty();
    }
    List<String> lines = new ArrayList<>();
    for (String attribute : s.attributes()) {
      String text = texts.get(attribute);
      if (text != null && !text.isBlank()) {
        lines.add(text.strip());
      }
    }
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    int height = s.sizeMm();
    String decided = values.get(ArtworkAttributes.id(area, "text_mm"));
    if (decided != null && decided.matches("[0-9]{1,4}")) {
      height = Integer.parseInt(decided);
    }
    String hex = s.colourOf(s.colourAttribute().map(values::get));
    return Optional.of(new AreaText(lines, height, Color.decode(hex), s.position()));
  }
}
