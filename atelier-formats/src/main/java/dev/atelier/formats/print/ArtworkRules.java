package dev.atelier.formats.print;

import static dev.atelier.formats.print.ArtworkAttributes.id;

import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a print area adds to the model, over its {@link ArtworkAttributes}: ordinary rules, so
 * the solver greys techniques out with their label as the reason and repairs change the placed size
 * or the technique (never the artwork's facts). Rule ids are {@code <area>-<what>}.
 */
public final class ArtworkRules {
  private ArtworkRules() {}

  /** The generated rules of {@code area}, in a fixed order. */
  public static List<Constraint> rules(PrintArea area) {
    List<Constraint> out = new ArrayList<>();
    Expr technique = new Expr.IsSet(id(area, "technique"));
    // A box is asked for only where there is an image to place (its pixel facts, set from an
    // upload) and a technique, or where part of a box is given. A technique alone (for the text,
    // or chosen before any upload) asks for none: the page places boxes only with an image, so
    // asking for one there was a dead end (the sneakers' tongue, print, no artwork).
    Expr image = new Expr.Or(List.of(set(area, "px_w"), set(area, "px_h")));
    out.add(
        requires(
            area,
            "placed",
            "Artwork needs a size and a position",
            "Ein Motiv braucht Größe und Position",
            new Expr.Or(
                List.of(
                    new Expr.And(List.of(technique, image)),
                    set(area, "width"),
                    set(area, "height"),
                    set(area, "x"),
                    set(area, "y"))),
            new Expr.And(
                List.of(set(area, "width"), set(area, "height"), set(area, "x"), set(area, "y")))));
    int m = area.safeMarginMm();
    out.add(
        requires(
            area,
            "safe-area",
            "Artwork stays inside the safe area (" + m + " mm from each edge)",
            "Das Motiv bleibt im sicheren Bereich (" + m + " mm vom Rand)",
            new Expr.And(
                List.of(set(area, "width"), set(area, "height"), set(area, "x"), set(area, "y"))),
            new Expr.And(
                List.of(
                    compare(Expr.Op.GE, m, term(1, area, "x")),
                    compare(Expr.Op.GE, m, term(1, area, "y")),
                    compare(
                        Expr.Op.LE, area.widthMm() - m, term(1, area, "x"), term(1, area, "width")),
                    compare(
                        Expr.Op.LE,
                        area.heightMm() - m,
                        term(1, area, "y"),
                        term(1, area, "height"))))));
    // 150 dpi: px / (mm / 25.4) >= 150  <=>  127 px - 750 mm >= 0
    String dpiEn = "Images need at least " + PrintArea.MIN_DPI + " dpi at their placed size";
    String dpiDe =
        "Bilder brauchen mindestens " + PrintArea.MIN_DPI + " dpi in der gewählten Größe";
    for (String side : List.of("w", "h")) {
      String size = side.equals("w") ? "width" : "height";
      out.add(
          requires(
              area,
              "resolution-" + side,
              dpiEn,
              dpiDe,
              new Expr.And(List.of(technique, set(area, "px_" + side), set(area, size))),
              compare(Expr.Op.GE, 0, term(127, area, "px_" + side), term(-750, area, size))));
    }
    // Print's limit counts the inks of flat artwork: a photo (continuous tone) prints in full
    // colour, so its colour count limits embroidery only.
    Expr notPhoto = new Expr.Not(new Expr.Is(id(area, "photo"), "true"));
    for (TechniqueLimit t : area.techniques()) {
      if (t.unlimited()) {
        continue;
      }
      Expr chosen = new Expr.Is(id(area, "technique"), t.technique().id());
      List<Expr> when =
          t.technique() == Technique.PRINT
              ? List.of(chosen, set(area, "colours"), notPhoto)
              : List.of(chosen, set(area, "colours"));
      String name = t.technique() == Technique.PRINT ? "Print" : "Embroidery";
      String nameDe = t.technique() == Technique.PRINT ? "Druck" : "Stickerei";
      out.add(
          requires(
              area,
              t.technique().id() + "-colours",
              name + " takes at most " + t.maxColours() + " colours here",
              nameDe + " nimmt hier höchstens " + t.maxColours() + " Farben",
              new Expr.And(when),
              compare(Expr.Op.LE, t.maxColours(), term(1, area, "colours"))));
    }
    if (area.limit(Technique.EMBROIDERY).isPresent()) {
      out.add(
          requires(
              area,
              "embroidery-photo",
              "A photo cannot be embroidered",
              "Ein Foto lässt sich nicht sticken",
              new Expr.Is(id(area, "technique"), Technique.EMBROIDERY.id()),
              new Expr.Not(new Expr.Is(id(area, "photo"), "true"))));
    }
    out.add(
        requires(
            area,
            "text-height",
            "Text is at least " + PrintArea.MIN_TEXT_MM + " mm tall",
            "Text ist mindestens " + PrintArea.MIN_TEXT_MM + " mm hoch",
            set(area, "text_mm"),
            compare(Expr.Op.GE, PrintArea.MIN_TEXT_MM, term(1, area, "text_mm"))));
    return out;
  }

  private static Constraint requires(
      PrintArea area, String what, String en, String de, Expr condition, Expr required) {
    return new Constraint.Requires(
        area.id() + "-" + what, ArtworkAttributes.text(en, de), condition, required);
  }

  private static Expr set(PrintArea area, String suffix) {
    return new Expr.IsSet(id(area, suffix));
  }

  private static Expr.Term term(long coefficient, PrintArea area, String suffix) {
    return new Expr.Term(coefficient, id(area, suffix));
  }

  private static Expr compare(Expr.Op op, long bound, Expr.Term... terms) {
    return new Expr.Compare(List.of(terms), op, bound);
  }
}
