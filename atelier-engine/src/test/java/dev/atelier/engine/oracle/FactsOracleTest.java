package dev.atelier.engine.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.Fact;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.TextAttribute;
import dev.atelier.engine.model.UntickedAsNo;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.Completion;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.Explanation;
import dev.atelier.engine.session.Objective;
import dev.atelier.engine.session.Preference;
import dev.atelier.engine.session.Proposal;
import dev.atelier.engine.session.RepairStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Customer facts against {@link BruteForceOracle} on seeded random models with some attributes
 * marked as facts: completion and proposals never decide a fact (they ask for the missing ones),
 * stay optimal once the facts are given, and repairs never change one (or name the facts in the
 * way, minimally, when no repair of choices exists). Also checks that unticked boxes read as "no"
 * as far as the rules allow.
 */
class FactsOracleTest {
  private static final long BASE_SEED = 20261205L;
  private static final int MODELS = 80;
  private static int missingAsked;
  private static int factsInTheWay;
  private static int choicesRepaired;

  @Test
  void completionProposalsAndRepairsNeverDecideOrChangeAFact() {
    int checkedModels = 0;
    for (int i = 0; i < MODELS; i++) {
      if (runModel(BASE_SEED + i)) {
        checkedModels++;
      }
    }
    assertThat(checkedModels).as("models with a valid configuration").isGreaterThan(MODELS / 3);
    // Each kind of answer came up, so the checks above were not vacuous.
    assertThat(missingAsked).as("completions asking for facts").isGreaterThan(10);
    assertThat(factsInTheWay).as("explanations naming facts").isGreaterThan(3);
    assertThat(choicesRepaired).as("repairs of choices with facts kept").isGreaterThan(3);
  }

  private static Deadline soon() {
    return Deadline.inMillis(30_000);
  }

  /** Runs one model; false when it has no valid configuration. */
  private static boolean runModel(long seed) {
    Random random = new Random(seed);
    ProductModel base = RandomModels.generate(random);
    List<Fact> facts = new ArrayList<>();
    for (Attribute a : base.attributes()) {
      if (!(a instanceof TextAttribute) && random.nextInt(3) == 0) {
        facts.add(Fact.of(a.id()));
      }
    }
    ProductModel model =
        new ProductModel(
            base.id(),
            base.version(),
            base.label(),
            base.currency(),
            base.basePrice(),
            base.attributes(),
            base.constraints(),
            base.components(),
            facts);
    BruteForceOracle oracle = new BruteForceOracle(model);
    if (oracle.valid().isEmpty()) {
      return false;
    }
    CompiledModel compiled = CompiledModel.compile(model, soon()).orThrow();
    String where = "seed " + seed + " facts " + facts.stream().map(Fact::attribute).toList();
    Configuration person = oracle.valid().get(random.nextInt(oracle.valid().size()));
    ConfigurationSession session = ConfigurationSession.start(compiled);
    // Some choices first, some facts missing: completion and proposals ask for the facts.
    decideSomeChoices(session, model, random);
    List<String> missing = session.missingFacts();
    if (!missing.isEmpty()) {
      Result<Completion> c = session.complete(Objective.cheapest(), soon());
      assertThat(c.failureOrNull()).as(where).isNotNull();
      assertThat(c.failureOrNull().kind()).as(where).isEqualTo(Failure.Kind.MISSING_FACTS);
      assertThat(c.failureOrNull().details()).as(where).isEqualTo(missing);
      missingAsked++;
      Result<List<Completion>> p =
          session.propose(new Proposal(List.of(), List.of(), Long.MAX_VALUE, 2), soon());
      assertThat(p.failureOrNull().kind()).as(where).isEqualTo(Failure.Kind.MISSING_FACTS);
      // A "from" price may range over the facts too; it is the oracle's minimum.
      java.util.OptionalLong min = oracle.minPrice(session.decisions());
      Result<Completion> any = session.optimumOverAllFacts(Objective.cheapest(), soon());
      assertThat(any.isOk()).as(where).isEqualTo(min.isPresent());
      if (min.isPresent()) {
        assertThat(any.orThrow().price().total()).as(where).isEqualTo(min.getAsLong());
      }
    }
    // The person's facts: taken from a valid configuration, so they fit the model.
    session = ConfigurationSession.start(compiled);
    for (Fact f : facts) {
      String v = person.get(f.attribute()).orElse(Decision.UNSET);
      assertThat(session.decide(f.attribute(), v, soon()).isOk()).as(where).isTrue();
    }
    decideSomeChoices(session, model, random);
    List<Decision> decisions = session.decisions();
    assertThat(session.missingFacts()).as(where).isEmpty();
    Completion cheapest = session.complete(Objective.cheapest(), soon()).orThrow();
    assertThat(BruteForceOracle.matches(cheapest.configuration(), decisions)).as(where).isTrue();
    assertThat(cheapest.price().total())
        .as(where)
        .isEqualTo(oracle.minPrice(decisions).getAsLong());
    List<Preference> prefs =
        List.of(new Preference(RandomModels.condition(random, model), 1 + random.nextInt(4)));
    Completion preferred = session.complete(Objective.preferred(prefs), soon()).orThrow();
    assertThat(BruteForceOracle.matches(preferred.configuration(), decisions)).as(where).isTrue();
    assertThat(preferred.penalty())
        .as(where)
        .isEqualTo(oracle.minPenalty(decisions, prefs).getAsLong());
    for (Completion p :
        session.propose(new Proposal(prefs, List.of(), Long.MAX_VALUE, 3), soon()).orThrow()) {
      assertThat(BruteForceOracle.matches(p.configuration(), decisions)).as(where).isTrue();
    }
    for (int k = 0; k < 4; k++) {
      checkExplain(session, model, oracle, random, where);
    }
    checkUntickedAsNo(session, model, oracle, where);
    return true;
  }

  private static void decideSomeChoices(
      ConfigurationSession session, ProductModel model, Random random) {
    for (Attribute a : model.attributes()) {
      if (model.isFact(a.id()) || a instanceof TextAttribute || random.nextBoolean()) {
        continue;
      }
      List<String> ids = a.valueIds();
      if (!ids.isEmpty()) {
        session.decide(a.id(), ids.get(random.nextInt(ids.size())), soon());
      }
    }
  }

  private static void checkExplain(
      ConfigurationSession session,
      ProductModel model,
      BruteForceOracle oracle,
      Random random,
      String where) {
    List<Attribute> candidates =
        model.attributes().stream().filter(a -> !a.valueIds().isEmpty()).toList();
    if (candidates.isEmpty()) {
      return;
    }
    Attribute a = candidates.get(random.nextInt(candidates.size()));
    Decision wanted = new Decision(a.id(), a.valueIds().get(random.nextInt(a.valueIds().size())));
    Explanation e = session.explain(wanted.attribute(), wanted.value(), soon()).orThrow();
    String what = where + " explain " + wanted + " with " + session.decisions() + ": " + e;
    List<Decision> otherFacts =
        session.decisions().stream()
            .filter(d -> model.isFact(d.attribute()) && !d.attribute().equals(a.id()))
            .toList();
    for (RepairStep s : e.repair()) {
      assertThat(model.isFact(s.attribute()) && !s.attribute().equals(a.id()))
          .as(what + ": a repair changes a fact")
          .isFalse();
    }
    assertThat(e.retract()).as(what).noneMatch(otherFacts::contains);
    if (!oracle.consistent(otherFacts, wanted)) {
      assertThat(e.reachable()).as(what).isFalse();
      assertThat(e.repair()).as(what).isEmpty();
      assertThat(otherFacts).as(what).containsAll(e.facts());
      assertThat(oracle.consistent(e.facts(), wanted)).as(what + ": facts in the way").isFalse();
      for (Decision f : e.facts()) {
        List<Decision> fewer = new ArrayList<>(e.facts());
        fewer.remove(f);
        assertThat(oracle.consistent(fewer, wanted)).as(what + ": facts minimal").isTrue();
      }
      factsInTheWay++;
      return;
    }
    assertThat(e.facts()).as(what).isEmpty();
    assertThat(e.reachable()).as(what).isTrue();
    List<Decision> repaired = new ArrayList<>(session.decisions());
    repaired.removeIf(d -> d.attribute().equals(a.id()) || e.retract().contains(d));
    repaired.add(wanted);
    assertThat(oracle.consistent(repaired)).as(what + ": repaired state").isTrue();
    assertThat(repaired).as(what).containsAll(otherFacts);
    if (!e.retract().isEmpty() && !otherFacts.isEmpty()) {
      choicesRepaired++;
    }
  }

  private static void checkUntickedAsNo(
      ConfigurationSession session, ProductModel model, BruteForceOracle oracle, String where) {
    List<Decision> before = session.decisions();
    List<Decision> after = session.withUntickedAsNo(soon()).orThrow();
    String what = where + " unticked as no from " + before + ": " + after;
    assertThat(after).as(what).containsAll(before);
    assertThat(oracle.consistent(after)).as(what).isTrue();
    for (Decision d : after.subList(before.size(), after.size())) {
      Attribute a = model.attribute(d.attribute()).orElseThrow();
      assertThat(UntickedAsNo.ticksToNo(model, a)).as(what).isTrue();
      assertThat(d.value()).as(what).isEqualTo(BooleanAttribute.FALSE);
    }
    for (Attribute a : model.attributes()) {
      boolean open = after.stream().noneMatch(d -> d.attribute().equals(a.id()));
      if (open && UntickedAsNo.ticksToNo(model, a)) {
        assertThat(oracle.consistent(after, new Decision(a.id(), BooleanAttribute.FALSE)))
            .as(what + ": 'no' for " + a.id() + " was possible")
            .isFalse();
      }
    }
  }
}
