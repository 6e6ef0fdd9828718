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
 * An order's artwork on a print area left without a technique ("None"): it would be paid for and
 * never printed. Not a model rule: a rule made the upload's facts refused on a design completed
 * before the upload (session 18); the page chooses the cheapest technique when art arrives, and the
 * order is refused here, naming the area. Stateless.
 */
final class UnprintedArtwork {

  private UnprintedArtwork() {}

  /**
   * The problem with the first area of {@code refs} (by area id) that holds an upload while {@code
   * configuration} has no technique there: 422 {@code incomplete-design} naming {@code
   * artwork.<area>}; empty when every image has a technique.
   */
  static Optional<Problem> check(
      List<PrintArea> areas, Configuration configuration, Map<String, ArtworkRef> refs) {
    for (PrintArea area : areas) {
      ArtworkRef ref = refs.get(area.id());
      if (ref == null || ref.upload() == null) {
        continue;
      }
      String technique = ArtworkAttributes.id(area, "technique");
      if (configuration.values().containsKey(technique)) {
        continue;
      }
      String choices =
          area.techniques().stream()
              .map(TechniqueLimit::technique)
              .map(t -> t.id())
              .collect(Collectors.joining(" or "));
      return Optional.of(
          Problem.of(
                  422,
                  ProblemType.INCOMPLETE_DESIGN,
                  "The artwork has no printing technique",
                  area.label().in("en")
                      + ": the artwork needs a printing technique ("
                      + choices
                      + "); none is chosen, so it would not be made",
                  "artwork." + area.id())
              .about(technique, null));
    }
    return Optional.empty();
  }
}
