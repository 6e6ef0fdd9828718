package dev.atelier.server.design;

import dev.atelier.engine.model.Configuration;
import dev.atelier.formats.print.ArtworkAttributes;
import dev.atelier.formats.print.PrintArea;
import dev.atelier.formats.print.TechniqueLimit;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.ProblemType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An order's artwork or text on a print area left without a technique ("None"): it would be paid
 * for and never printed. Not a model rule: a rule made the upload's facts refused on a design
 * completed before the upload (session 18); the page chooses the cheapest technique when art or
 * text arrives, and the order is refused here, naming the area's image or text. Stateless.
 */
final class UnprintedArtwork {

  private UnprintedArtwork() {}

  /**
   * The problem with the first area (by area id) that holds an upload of {@code refs} or a text
   * ({@link PrintArea#givenText}) while {@code configuration} has no technique there: 422 {@code
   * incomplete-design} naming {@code artwork.<area>} for an image, else {@code texts.<text
   * attribute>} (where the order carries the text); empty when everything has a technique.
   */
  static Optional<Problem> check(
      List<PrintArea> areas, Configuration configuration, Map<String, ArtworkRef> refs) {
    for (PrintArea area : areas) {
      String technique = ArtworkAttributes.id(area, "technique");
      if (configuration.values().containsKey(technique)) {
        continue;
      }
      ArtworkRef ref = refs.get(area.id());
      boolean image = ref != null && ref.upload() != null;
      Optional<String> text = area.givenText(configuration.values());
      if (!image && text.isEmpty()) {
        continue;
      }
      String choices =
          area.techniques().stream()
              .map(TechniqueLimit::technique)
              .map(t -> t.id())
              .collect(Collectors.joining(" or "));
      String what = image ? "artwork" : "text";
      return Optional.of(
          Problem.of(
                  422,
                  ProblemType.INCOMPLETE_DESIGN,
                  "The " + what + " has no printing technique",
                  area.label().in("en")
                      + ": the "
                      + what
                      + " needs a printing technique ("
                      + choices
                      + "); none is chosen, so it would not be made",
                  image ? "artwork." + area.id() : "texts." + text.get())
              .about(technique, null));
    }
    return Optional.empty();
  }
}
