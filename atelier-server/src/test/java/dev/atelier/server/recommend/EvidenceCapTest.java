package dev.atelier.server.recommend;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Made-up design sessions cannot turn a recommendation (issue 13, item 7): each session weighs at
 * most a completed design, and anonymous sessions together at most a quarter of the evidence.
 */
class EvidenceCapTest {

  private static final LearningWeights W = LearningWeights.defaults();
  private static final List<String> ATTRIBUTES = List.of("fabric");
  private static final List<Configuration> ONE_ORDER =
      List.of(new Configuration(Map.of("fabric", "stonewashed")));

  @Test
  void fortyAnonymousSessionsWeighAQuarterOfTheEvidence() {
    List<DesignEvent> events = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      events.add(event("s:attack-" + i, null, "raw"));
      events.add(event("s:attack-" + i, null, null, EventKind.COMPLETION));
    }
    List<DesignTrails.Session> sessions = DesignTrails.sessions(events, W);
    List<PastDesign> uncapped = DesignTrails.designs(events, W);
    assertThat(voted(uncapped)).as("the attack without the cap").isEqualTo("raw");

    List<PastDesign> capped =
        EvidenceCap.capped(sessions, 1.0, W.completed(), EvidenceCap.ANONYMOUS_SHARE);
    assertThat(capped).hasSize(40);
    double anonymous = capped.stream().mapToDouble(PastDesign::weight).sum();
    assertThat(anonymous / (anonymous + 1.0))
        .isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(voted(capped)).isEqualTo("stonewashed");
  }

  @Test
  void signedInSessionsCountFullyAndOneSessionWeighsAtMostACompletedDesign() {
    List<DesignEvent> events = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      events.add(event("s:customer-" + i, 100L + i, "raw"));
      events.add(event("s:customer-" + i, 100L + i, null, EventKind.COMPLETION));
    }
    // One session flipping back and forth: its undone decisions are scaled into its own cap.
    for (int i = 0; i < 30; i++) {
      events.add(event("s:fickle", 7L, i % 2 == 0 ? "black" : "raw"));
    }
    List<DesignTrails.Session> sessions = DesignTrails.sessions(events, W);
    assertThat(sessions).noneMatch(DesignTrails.Session::anonymous);
    List<PastDesign> capped =
        EvidenceCap.capped(sessions, 1.0, W.completed(), EvidenceCap.ANONYMOUS_SHARE);
    DesignTrails.Session fickle = sessions.get(sessions.size() - 1);
    double fickleWeight =
        capped.subList(capped.size() - fickle.designs().size(), capped.size()).stream()
            .mapToDouble(PastDesign::weight)
            .sum();
    assertThat(fickleWeight).isLessThanOrEqualTo(W.completed() + 1e-9);
    assertThat(voted(capped)).isEqualTo("raw");
  }

  private static String voted(List<PastDesign> designs) {
    Recommender r =
        Recommender.learn(ATTRIBUTES, ONE_ORDER, designs, RecommenderSettings.defaults());
    AttributeDomain fabric =
        new AttributeDomain(
            "fabric", List.of("raw", "stonewashed", "black"), List.of(), false, Optional.empty());
    return r.next("fabric", new ValidDomains(Map.of("fabric", fabric))).orElseThrow().value();
  }

  private static DesignEvent event(String session, Long account, String value) {
    return event(session, account, value, EventKind.DECISION);
  }

  private static DesignEvent event(String session, Long account, String value, EventKind kind) {
    return new DesignEvent(
        Instant.EPOCH,
        kind,
        "jeans",
        "1",
        session,
        account,
        value == null ? null : "fabric",
        value,
        null);
  }
}
