package dev.atelier.formats.print;

import static dev.atelier.formats.print.ArtworkAttributes.id;

import dev.atelier.engine.model.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * A decoration technique on a print area that carries nothing: no image (no pixel facts, which an
 * upload sets) and no personalization text placed there. Techniques cost nothing, so the cheapest
 * completion would otherwise pick one at random ("Heel: Print" with no art or text); completion,
 * repairs and proposals avoid it unless the design decides the technique. A model rule would be
 * wrong here: the shopper may choose a technique before uploading. Stateless.
 */
public final class UndecoratedArea {

  private UndecoratedArea() {}

  /** The condition that {@code area} has a technique but no image and no text. */
  public static Expr techniqueWithoutDecoration(PrintArea area) {
    List<Expr> decorated = new ArrayList<>();
    decorated.add(new Expr.IsSet(id(area, "px_w")));
    decorated.add(new Expr.IsSet(id(area, "px_h")));
    area.text()
        .ifPresent(
            text -> {
              for (String attribute : text.attributes()) {
                Expr given = new Expr.IsSet(attribute);
                decorated.add(
                    text.place()
                        .<Expr>map(
                            place -> new Expr.And(List.of(given, new Expr.Is(place, area.id()))))
                        .orElse(given));
              }
            });
    return new Expr.And(
        List.of(new Expr.IsSet(id(area, "technique")), new Expr.Not(new Expr.Or(decorated))));
  }

  /** The conditions of {@code areas}, in order. */
  public static List<Expr> conditions(List<PrintArea> areas) {
    return areas.stream().map(UndecoratedArea::techniqueWithoutDecoration).toList();
  }
}
