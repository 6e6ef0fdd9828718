package dev.atelier.formats.demo;

import static dev.atelier.formats.yaml.NativeTesting.loaded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.Explanation;
import dev.atelier.engine.session.Objective;
import dev.atelier.engine.session.ValidDomains;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An explanation is a function of the model, the decisions and the wanted value: on every demo, the
 * same decisions reached along different paths (the walk's own session, which explained and
 * computed domains on the way; a fresh session resuming them; a fresh session deciding them
 * shuffled, with a detour undone and one decision retracted and made again) explain every greyed
 * value alike: the same decisions to retract, rules, facts and repair, and under "cheapest" the
 * same priced repairs. A shopper who reloads the page reads the same reason (the PC once said
 * "Drive 1" on one path and "Drive 2" on another).
 */
class ExplanationDeterminismTest {
  private static final int WALKS = 1;
  private static final int STEPS = 5;

  static List<String> demos() {
    return Demos.NAMES;
  }

  /** Slow: minutes a product on the loaded machine (every greyed value explained three times). */
  @Tag("slow")
  @ParameterizedTest
  @MethodSource("demos")
  void explanationsDoNotDependOnThePath(String name) {
    CompiledModel model = CompiledModel.compile(loaded(Demos.load(name)).model(), soon()).orThrow();
    // The clique tree answers cheapest completions once ready: compare with it ready (or absent).
    model.tables().await(Deadline.inMillis(60_000));
    Random random = new Random(name.hashCode());
    int compared = 0;
    for (int walk = 0; walk < WALKS; walk++) {
      ConfigurationSession walked = ConfigurationSession.start(model);
      for (int step = 0; step < STEPS; step++) {
        ValidDomains domains = walked.validDomains(soon()).orThrow();
        compared += compareAll(name, walked, domains, random);
        if (!decideRandomly(walked, domains, random)) {
          break;
        }
      }
    }
    assertThat(compared).as(name + ": greyed values compared").isPositive();
  }

  /** Explains every greyed value of {@code walked} on two other paths to the same decisions. */
  private static int compareAll(
      String name, ConfigurationSession walked, ValidDomains domains, Random random) {
    List<Decision> decisions = walked.decisions();
    ConfigurationSession resumed =
        ConfigurationSession.resume(walked.model(), decisions, soon()).orThrow();
    ConfigurationSession other = otherPath(walked, decisions, random);
    List<Decision> greyed = new ArrayList<>();
    for (AttributeDomain d : domains.domains().values()) {
      if (d.decided().isEmpty()) {
        d.refused().forEach(v -> greyed.add(new Decision(d.attribute(), v)));
      }
    }
    // The other path explains in reverse order, so its solvers learn in another order too.
    List<Decision> reversed = new ArrayList<>(greyed);
    Collections.reverse(reversed);
    List<Explanation> fromOther = new ArrayList<>();
    for (Decision g : reversed) {
      fromOther.add(0, other.explain(g.attribute(), g.value(), soon()).orThrow());
    }
    for (int k = 0; k < greyed.size(); k++) {
      Decision g = greyed.get(k);
      String what = name + " " + decisions + " " + g;
      Explanation e = walked.explain(g.attribute(), g.value(), soon()).orThrow();
      assertThat(resumed.explain(g.attribute(), g.value(), soon()).orThrow()).as(what).isEqualTo(e);
      assertThat(fromOther.get(k)).as(what).isEqualTo(e);
      assertThat(e.reachable() && e.retract().isEmpty()).as(what + " is greyed").isFalse();
    }
    // Priced repairs (the explain route's) for a few: each costs optimizer calls.
    for (int k = 0; k < Math.min(2, greyed.size()); k++) {
      Decision g = greyed.get(random.nextInt(greyed.size()));
      Result<Explanation> a =
          walked.explain(g.attribute(), g.value(), Objective.cheapest(), soon());
      Result<Explanation> b = other.explain(g.attribute(), g.value(), Objective.cheapest(), soon());
      assertThat(b.orThrow())
          .as(name + " " + decisions + " " + g + " cheapest")
          .isEqualTo(a.orThrow());
    }
    return greyed.size();
  }

  /**
   * A session reaching {@code decisions} another way: shuffled, each preceded by a decision on
   * another attribute that is undone, the last one retracted and made again.
   */
  private static ConfigurationSession otherPath(
      ConfigurationSession walked, List<Decision> decisions, Random random) {
    ConfigurationSession s = ConfigurationSession.start(walked.model());
    List<Decision> shuffled = new ArrayList<>(decisions);
    Collections.shuffle(shuffled, random);
    for (Decision d : shuffled) {
      ValidDomains domains = s.validDomains(soon()).orThrow();
      if (decideRandomly(s, domains, random)) {
        s.undo().orThrow();
      }
      s.decide(d.attribute(), d.value(), soon()).orThrow();
    }
    if (!shuffled.isEmpty()) {
      Decision last = shuffled.get(0);
      s.retract(last.attribute()).orThrow();
      s.validDomains(soon()).orThrow();
      s.decide(last.attribute(), last.value(), soon()).orThrow();
    }
    assertThat(s.decisions()).containsExactlyInAnyOrderElementsOf(decisions);
    return s;
  }

  /** Decides a random offered value of a random undecided attribute; false when none is left. */
  private static boolean decideRandomly(
      ConfigurationSession s, ValidDomains domains, Random random) {
    List<AttributeDomain> open = new ArrayList<>();
    for (AttributeDomain d : domains.domains().values()) {
      if (d.decided().isEmpty() && !d.offered().isEmpty()) {
        open.add(d);
      }
    }
    if (open.isEmpty()) {
      return false;
    }
    AttributeDomain d = open.get(random.nextInt(open.size()));
    String value = d.offered().get(random.nextInt(d.offered().size()));
    return s.decide(d.attribute(), value, soon()).isOk();
  }

  /** No deadline: a check cut short on the loaded machine would differ by time, not by path. */
  private static Deadline soon() {
    return Deadline.none();
  }
}
