package dev.atelier.server.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.ValidDomains;
import dev.atelier.server.designevents.DesignEvent;
import dev.atelier.server.designevents.EventKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Design sessions read from design events, and how much each counts against orders. */
class DesignTrailsTest {

  private static final LearningWeights W = LearningWeights.defaults();
  private final List<DesignEvent> events = new ArrayList<>();

  @Test
  void aSessionIsItsLastDecisionPerAttributeWeighedByHowItEnded() {
    event("s:done", EventKind.DECISION, "colour", "red");
    event("s:done", EventKind.REFUSAL, "roof", "glass");
    event("s:done", EventKind.DECISION, "colour", "blue");
    event("s:done", EventKind.REPAIR_ACCEPTED, "trim", "sport");
    event("s:done", EventKind.COMPLETION, null, null);
    event("s:left", EventKind.DECISION, "trim", "base");
    event("s:left", EventKind.ABANDONMENT, "colour", null);
    event("s:open", EventKind.DECISION, "trim", "comfort");
    event("a:7", EventKind.DECISION, "trim", "base");
    event("a:7", EventKind.ORDER, "trim", "base");
    event("s:back", EventKind.DECISION, "colour", "red");
    event("s:back", EventKind.DECISION, "colour", "grey");
    event("s:back", EventKind.DECISION, "colour", "red");

    assertThat(DesignTrails.designs(events, W))
        .containsExactly(
            new PastDesign(Map.of("colour", "blue", "trim", "sport"), false, W.completed()),
            new PastDesign(Map.of("colour", "red"), false, W.undone()),
            new PastDesign(Map.of("trim", "base"), false, W.abandoned()),
            new PastDesign(Map.of("trim", "comfort"), false, W.inProgress()),
            new PastDesign(Map.of("colour", "red"), false, W.inProgress()),
            new PastDesign(Map.of("colour", "grey"), false, W.undone()));
  }

  @Test
  void everyDesignWeighsLessThanAnOrder() {
    assertThatThrownBy(() -> new LearningWeights(1.0, 0.5, 0.25, 0.1, 0.05))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LearningWeights(0.5, 0.5, 0.25, 0.1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    List<String> attributes = List.of("trim", "colour");
    List<Configuration> oneOrder = List.of(new Configuration(Map.of("trim", "base")));
    PastDesign comfort = new PastDesign(Map.of("trim", "comfort"), false, W.completed());
    Recommender one =
        Recommender.learn(attributes, oneOrder, List.of(comfort), RecommenderSettings.defaults());
    assertThat(one.orderCount()).isEqualTo(1);
    assertThat(one.designCount()).isEqualTo(1);
    assertThat(votedTrim(one)).isEqualTo("base");
    Recommender three =
        Recommender.learn(
            attributes,
            oneOrder,
            List.of(comfort, comfort, comfort),
            RecommenderSettings.defaults());
    assertThat(votedTrim(three)).isEqualTo("comfort");
  }

  @Test
  void aDesignInProgressSaysNothingAboutWhatItDidNotDecide() {
    // The order left the roof unset; a design that never reached the roof must not vote "unset".
    List<String> attributes = List.of("trim", "roof");
    PastDesign sport = new PastDesign(Map.of("trim", "sport"), false, W.completed());
    Recommender r =
        Recommender.learn(
            attributes,
            List.of(new Configuration(Map.of("trim", "sport", "roof", "glass"))),
            // Together they outweigh the order: were they "unset", the roof would be left unset.
            List.of(sport, sport, sport),
            RecommenderSettings.defaults());
    ValidDomains domains =
        new ValidDomains(
            Map.of(
                "trim",
                new AttributeDomain(
                    "trim", List.of("sport"), List.of(), false, Optional.of("sport")),
                "roof",
                new AttributeDomain(
                    "roof", List.of("glass", "steel"), List.of(), true, Optional.empty())));
    assertThat(r.next("roof", domains)).get().extracting(Recommendation::value).isEqualTo("glass");
  }

  private static String votedTrim(Recommender r) {
    AttributeDomain trim =
        new AttributeDomain("trim", List.of("base", "comfort"), List.of(), false, Optional.empty());
    return r.next("trim", new ValidDomains(Map.of("trim", trim))).orElseThrow().value();
  }

  private void event(String session, EventKind kind, String attribute, String value) {
    events.add(
        new DesignEvent(Instant.EPOCH, kind, "car", "1", session, null, attribute, value, null));
  }
}
