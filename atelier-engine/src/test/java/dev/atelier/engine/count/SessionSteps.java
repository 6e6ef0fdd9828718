package dev.atelier.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.ConfigurationSession;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;

/** Random steps taken alike in two sessions of the same model (one on the tree, one without). */
final class SessionSteps {
  private SessionSteps() {}

  /**
   * Decides a random offered value of one of the {@code open} attributes in both sessions,
   * asserting they agree on whether it is taken; false when nothing is offered.
   */
  static boolean decideAlike(
      Random random,
      Collection<AttributeDomain> open,
      ConfigurationSession a,
      ConfigurationSession b) {
    List<String[]> choices = new ArrayList<>();
    for (AttributeDomain d : open) {
      for (String v : d.offered()) {
        choices.add(new String[] {d.attribute(), v});
      }
    }
    if (choices.isEmpty()) {
      return false;
    }
    String[] c = choices.get(random.nextInt(choices.size()));
    assertThat(a.decide(c[0], c[1], Deadline.none()).isOk())
        .isEqualTo(b.decide(c[0], c[1], Deadline.none()).isOk());
    return true;
  }
}
