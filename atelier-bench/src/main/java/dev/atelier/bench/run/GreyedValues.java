package dev.atelier.bench.run;

import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.ValidDomains;
import java.util.ArrayList;
import java.util.List;

/** The greyed values of a session's domains: what an explanation is asked for. Thread-safe. */
final class GreyedValues {

  private GreyedValues() {}

  /**
   * Every refused value of an undecided attribute in {@code domains}, as the decision that would
   * choose it, in domain order; a new list the caller may change.
   */
  static List<Decision> of(ValidDomains domains) {
    List<Decision> out = new ArrayList<>();
    for (AttributeDomain d : domains.domains().values()) {
      if (d.decided().isEmpty()) {
        for (String v : d.refused()) {
          out.add(new Decision(d.attribute(), v));
        }
      }
    }
    return out;
  }
}
