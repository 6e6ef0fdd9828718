package dev.atelier.server.studio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.server.designevents.DesignEvent;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.studio.ImpactJson.Relaxed;
import dev.atelier.server.studio.ImpactJson.RuleSessions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The recent refusals a draft would have let through: a refusal counts when the draft admits the
 * refused value on top of the design's decisions at that moment and the current version does not.
 * Reported as distinct design sessions, in total and per refusing rule. Stateless.
 */
final class RelaxedRefusals {

  /** How far back refusals are read. */
  static final Duration WINDOW = Duration.ofDays(90);

  /** At most this many refusals (the newest) are replayed. */
  static final int MAX_REFUSALS = 500;

  private static final long EACH_MILLIS = 250;

  private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {};

  private RelaxedRefusals() {}

  /**
   * {@code refusals} replayed on {@code draft} and {@code current} (null: none, every admitted
   * refusal counts) until {@code deadline}.
   */
  static Relaxed of(
      List<DesignEvent> refusals,
      CompiledModel draft,
      @Nullable CompiledModel current,
      Deadline deadline) {
    Set<String> sessions = new HashSet<>();
    Map<String, Set<String>> perRule = new TreeMap<>();
    int checked = 0;
    for (DesignEvent e : refusals) {
      if (deadline.expired()) {
        break;
      }
      checked++;
      Map<String, String> design = decisions(e.decisions());
      if (design == null
          || !admits(draft, design, e, deadline)
          || (current != null && admits(current, design, e, deadline))) {
        continue;
      }
      sessions.add(e.sessionKey());
      String rule = e.rule() == null ? "" : e.rule();
      perRule.computeIfAbsent(rule, r -> new HashSet<>()).add(e.sessionKey());
    }
    List<RuleSessions> byRule = new ArrayList<>();
    perRule.forEach((rule, s) -> byRule.add(new RuleSessions(rule, s.size())));
    return new Relaxed(WINDOW.toDays(), checked, refusals.size(), sessions.size(), byRule);
  }

  /** Whether {@code model} admits the refused value after the design's decisions. */
  private static boolean admits(
      CompiledModel model, Map<String, String> design, DesignEvent refusal, Deadline outer) {
    if (refusal.attribute() == null || refusal.value() == null) {
      return false;
    }
    Deadline deadline = Deadline.inMillis(Math.min(EACH_MILLIS, outer.remainingMillis()));
    ConfigurationSession s = ConfigurationSession.start(model);
    for (Map.Entry<String, String> d : design.entrySet()) {
      if (d.getKey().equals(refusal.attribute())) {
        continue;
      }
      if (model.model().attribute(d.getKey()).isEmpty()
          || !s.decide(d.getKey(), d.getValue(), deadline).isOk()) {
        return false;
      }
    }
    return s.decide(refusal.attribute(), refusal.value(), deadline).isOk();
  }

  private static @Nullable Map<String, String> decisions(@Nullable String json) {
    try {
      return json == null ? null : JsonBodies.mapper().readValue(json, VALUES);
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
