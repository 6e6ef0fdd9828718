package dev.atelier.server.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.Value;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.ValidDomains;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RecommenderTest {

  private static final List<String> TRIMS = List.of("sport", "comfort", "base");
  private static final List<String> COLOURS = List.of("red", "blue", "grey");
  private static final List<String> ATTRIBUTES = List.of("trim", "colour", "roof", "extra");

  /** trim, colour, optional roof, extra; base trims are never red and never have a roof. */
  private static final ProductModel CAR =
      ProductModel.builder("car")
          .enumeration("trim", TRIMS.toArray(String[]::new))
          .enumeration("colour", COLOURS.toArray(String[]::new))
          .attribute(
              new EnumAttribute(
                  "roof",
                  LocalizedText.of("Roof"),
                  List.of(Value.of("glass", 0), Value.of("steel", 0)),
                  true))
          .enumeration("extra", "none", "tow-bar", "rack")
          .constraint(
              new Constraint.Excludes(
                  "no-red-base",
                  LocalizedText.of("Base trims are not red"),
                  Expr.is("trim", "base"),
                  Expr.is("colour", "red")))
          .constraint(
              new Constraint.Excludes(
                  "no-roof-base",
                  LocalizedText.of("Base trims have no roof"),
                  Expr.is("trim", "base"),
                  new Expr.IsSet("roof")))
          .build();

  private static final CompiledModel COMPILED =
      CompiledModel.compile(CAR, Deadline.inMillis(10_000)).orThrow();

  @Test
  void neverProposesAValueTheEngineRefuses() {
    Random random = new Random(7);
    // Random past orders, many of them invalid now (red base trims with roofs): the recommender
    // must still only propose what the engine offers.
    List<Configuration> orders = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      orders.add(randomOrder(random));
    }
    Recommender recommender = Recommender.learn(ATTRIBUTES, orders, RecommenderSettings.defaults());
    int checked = 0;
    for (int session = 0; session < 50; session++) {
      ConfigurationSession s = ConfigurationSession.start(COMPILED);
      List<String> order = new ArrayList<>(ATTRIBUTES);
      Collections.shuffle(order, random);
      for (String attribute : order) {
        ValidDomains domains = s.validDomains(deadline()).orThrow();
        Recommendation r = recommender.next(attribute, domains).orElseThrow();
        assertThat(domains.of(attribute).offers(r.value()))
            .as("%s proposed with %s", r, s.decisions())
            .isTrue();
        assertThat(r.confidence()).isBetween(0.0, 1.0);
        checked++;
        String decided =
            random.nextBoolean() ? r.value() : anyOffered(domains.of(attribute), random);
        assertThat(s.decide(attribute, decided, deadline()).isOk()).isTrue();
      }
    }
    assertThat(checked).isEqualTo(50 * ATTRIBUTES.size());
  }

  @Test
  void checkingCandidatesWithTheSessionProposesWhatTheValidDomainsWould() {
    Random random = new Random(11);
    List<Configuration> orders = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      orders.add(randomOrder(random));
    }
    Recommender recommender = Recommender.learn(ATTRIBUTES, orders, RecommenderSettings.defaults());
    int compared = 0;
    for (int session = 0; session < 40; session++) {
      ConfigurationSession s = ConfigurationSession.start(COMPILED);
      List<String> order = new ArrayList<>(ATTRIBUTES);
      Collections.shuffle(order, random);
      for (String attribute : order) {
        ValidDomains domains = s.validDomains(deadline()).orThrow();
        List<Decision> before = s.decisions();
        Recommendation lazy = recommender.next(s, attribute, deadline()).orThrow();

        assertThat(s.decisions()).isEqualTo(before);
        assertThat(lazy.value())
            .isEqualTo(recommender.next(attribute, domains).orElseThrow().value());
        assertThat(domains.of(attribute).offers(lazy.value())).isTrue();
        compared++;
        s.decide(attribute, anyOffered(domains.of(attribute), random), deadline()).orThrow();
      }
    }
    assertThat(compared).isEqualTo(40 * ATTRIBUTES.size());
    ConfigurationSession s = ConfigurationSession.start(COMPILED);
    assertThat(recommender.next(s, "no-such-attribute", deadline()).failureOrNull().kind())
        .isEqualTo(Failure.Kind.UNKNOWN_ATTRIBUTE);
  }

  @Test
  void completesTheLearnedAttributesIntoAValidConfiguration() {
    List<Configuration> orders = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      orders.add(order("sport", "red"));
    }
    Recommender recommender = Recommender.learn(ATTRIBUTES, orders, RecommenderSettings.defaults());
    ConfigurationSession s = ConfigurationSession.start(COMPILED);
    s.decide("trim", "base", deadline()).orThrow();

    List<Recommendation> made = recommender.complete(s, deadline()).orThrow();

    // trim was decided already; red is refused for base trims, so the vote falls back.
    assertThat(made)
        .extracting(Recommendation::attribute)
        .containsExactly("colour", "roof", "extra");
    assertThat(made.get(0).value()).isNotEqualTo("red");
    assertThat(made.get(2).value()).isEqualTo("none");
    assertThat(s.decisions()).hasSize(ATTRIBUTES.size());
    ValidDomains domains = s.validDomains(deadline()).orThrow();
    for (String attribute : ATTRIBUTES) {
      assertThat(domains.of(attribute).decided()).isPresent();
    }
  }

  @Test
  void learnsThatColourFollowsTrim() {
    // Sport trims are always red and comfort trims always blue, but grey is the most popular
    // colour overall (base trims are all grey): popularity alone would always say grey.
    List<Configuration> orders = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      orders.add(order("sport", "red"));
      orders.add(order("comfort", "blue"));
    }
    for (int i = 0; i < 150; i++) {
      orders.add(order("base", "grey"));
    }
    Recommender learned = Recommender.learn(ATTRIBUTES, orders, RecommenderSettings.defaults());
    Recommender popular = Recommender.learn(ATTRIBUTES, orders, RecommenderSettings.popularity());

    assertThat(colourAfter(learned, "sport")).isEqualTo("red");
    assertThat(colourAfter(learned, "comfort")).isEqualTo("blue");
    assertThat(colourAfter(learned, "base")).isEqualTo("grey");
    assertThat(colourAfter(popular, "sport")).isEqualTo("grey");
    assertThat(colourAfter(popular, "comfort")).isEqualTo("grey");
  }

  @Test
  void fallsBackToAnOfferedValueWhenNoPastOrderHasOne() {
    // Every past order is red, but a base trim refuses red.
    List<Configuration> orders = List.of(order("base", "red"), order("sport", "red"));
    Recommender recommender = Recommender.learn(ATTRIBUTES, orders, RecommenderSettings.defaults());
    ConfigurationSession s = ConfigurationSession.start(COMPILED);
    s.decide("trim", "base", deadline()).orThrow();
    ValidDomains domains = s.validDomains(deadline()).orThrow();

    Recommendation r = recommender.next("colour", domains).orElseThrow();

    assertThat(r.value()).isIn(domains.of("colour").offered());
    assertThat(r.value()).isNotEqualTo("red");
    assertThat(r.confidence()).isZero();
  }

  @Test
  void answersDecidedAndForcedAttributesWithCertainty() {
    Recommender recommender =
        Recommender.learn(
            ATTRIBUTES, List.of(order("sport", "red")), RecommenderSettings.defaults());
    ConfigurationSession s = ConfigurationSession.start(COMPILED);
    s.decide("trim", "base", deadline()).orThrow();
    ValidDomains domains = s.validDomains(deadline()).orThrow();

    assertThat(recommender.next("trim", domains)).contains(new Recommendation("trim", "base", 1));
    // A base trim leaves the roof unset, the only option left.
    assertThat(recommender.next("roof", domains))
        .contains(new Recommendation("roof", Decision.UNSET, 1));
    assertThat(recommender.next("no-such-attribute", domains)).isEmpty();
  }

  @Test
  void learnsUnsetAsAValue() {
    // Comfort trims are usually ordered without a roof; leaving it unset is offered.
    List<Configuration> orders = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      orders.add(order("comfort", "blue"));
    }
    orders.add(new Configuration(Map.of("trim", "comfort", "colour", "blue", "roof", "glass")));
    Recommender recommender = Recommender.learn(ATTRIBUTES, orders, RecommenderSettings.defaults());
    ConfigurationSession s = ConfigurationSession.start(COMPILED);
    s.decide("trim", "comfort", deadline()).orThrow();

    Optional<Recommendation> roof = recommender.next("roof", s.validDomains(deadline()).orThrow());

    assertThat(roof.map(Recommendation::value)).contains(Decision.UNSET);
    assertThat(recommender.orderCount()).isEqualTo(orders.size());
  }

  private static String colourAfter(Recommender recommender, String trim) {
    ConfigurationSession s = ConfigurationSession.start(COMPILED);
    s.decide("trim", trim, deadline()).orThrow();
    return recommender.next("colour", s.validDomains(deadline()).orThrow()).orElseThrow().value();
  }

  private static Configuration order(String trim, String colour) {
    return new Configuration(Map.of("trim", trim, "colour", colour, "extra", "none"));
  }

  private static Configuration randomOrder(Random random) {
    Map<String, String> values = new HashMap<>();
    values.put("trim", TRIMS.get(random.nextInt(TRIMS.size())));
    values.put("colour", COLOURS.get(random.nextInt(COLOURS.size())));
    if (random.nextBoolean()) {
      values.put("roof", random.nextBoolean() ? "glass" : "steel");
    }
    values.put("extra", List.of("none", "tow-bar", "rack").get(random.nextInt(3)));
    return new Configuration(values);
  }

  private static String anyOffered(AttributeDomain domain, Random random) {
    List<String> options = new ArrayList<>(domain.offered());
    if (domain.unsetPossible()) {
      options.add(Decision.UNSET);
    }
    return options.get(random.nextInt(options.size()));
  }

  private static Deadline deadline() {
    return Deadline.inMillis(10_000);
  }
}
