package dev.atelier.server.recommend;

import dev.atelier.server.designevents.DesignEvent;
import dev.atelier.server.designevents.EventKind;
import dev.atelier.server.http.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the design events of one product version into the past designs a {@link Recommender} learns
 * from, weighted as {@link LearningWeights} says. Stateless and thread-safe.
 */
final class DesignTrails {

  private DesignTrails() {}

  /** What one design session did; mutable, confined to {@link #designs}. */
  private static final class Trail {
    final Map<String, String> last = new LinkedHashMap<>();
    final List<Map.Entry<String, String>> undone = new ArrayList<>();
    @Nullable EventKind outcome;
    boolean ordered;
    boolean anonymous = true;

    void decided(String attribute, String value) {
      String before = last.put(attribute, value);
      if (before != null && !before.equals(value)) {
        undone.add(Map.entry(attribute, before));
      }
    }
  }

  /**
   * What one design session teaches.
   *
   * @param anonymous whether nobody was signed in at any of its events
   * @param designs its past designs (the last decisions, then the undone ones)
   */
  record Session(boolean anonymous, List<PastDesign> designs) {
    Session {
      designs = List.copyOf(designs);
    }

    double weight() {
      return designs.stream().mapToDouble(PastDesign::weight).sum();
    }
  }

  /** The past designs of {@code events}, given in the order they happened. */
  static List<PastDesign> designs(List<DesignEvent> events, LearningWeights weights) {
    return sessions(events, weights).stream().flatMap(s -> s.designs().stream()).toList();
  }

  /** The sessions of {@code events} (given in the order they happened) that teach something. */
  static List<Session> sessions(List<DesignEvent> events, LearningWeights weights) {
    Map<String, Trail> trails = new LinkedHashMap<>();
    for (DesignEvent e : events) {
      Trail t = trails.computeIfAbsent(e.sessionKey(), k -> new Trail());
      if (e.accountId() != null) {
        t.anonymous = false;
      }
      switch (e.kind()) {
        case DECISION, REPAIR_ACCEPTED -> {
          if (e.attribute() != null && e.value() != null) {
            t.decided(e.attribute(), e.value());
          }
        }
        case COMPLETION, ABANDONMENT -> t.outcome = e.kind();
        case ORDER -> t.ordered = true;
        default -> {
          // refusals, shown and rejected repairs: what was wanted but not had
        }
      }
    }
    List<Session> sessions = new ArrayList<>();
    for (Trail t : trails.values()) {
      if (t.ordered) {
        continue;
      }
      List<PastDesign> designs = new ArrayList<>();
      if (!t.last.isEmpty()) {
        designs.add(new PastDesign(t.last, false, weightOf(t.outcome, weights)));
      }
      for (Map.Entry<String, String> u : t.undone) {
        if (u.getValue().equals(t.last.get(u.getKey()))) {
          continue; // decided again in the end
        }
        designs.add(new PastDesign(Map.of(u.getKey(), u.getValue()), false, weights.undone()));
      }
      if (!designs.isEmpty()) {
        sessions.add(new Session(t.anonymous, designs));
      }
    }
    return sessions;
  }

  private static double weightOf(@Nullable EventKind outcome, LearningWeights weights) {
    if (outcome == EventKind.COMPLETION) {
      return weights.completed();
    }
    return outcome == EventKind.ABANDONMENT ? weights.abandoned() : weights.inProgress();
  }
}
