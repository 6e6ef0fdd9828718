package dev.atelier.server.analytics;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.atelier.engine.session.Decision;
import dev.atelier.server.design.DesignJson;
import dev.atelier.server.design.DesignListener;
import dev.atelier.server.design.DesignOrigin;
import dev.atelier.server.design.ResolvedDesign;
import dev.atelier.server.designevents.DesignEvent;
import dev.atelier.server.designevents.EventKind;
import dev.atelier.server.http.AddressRate;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Nullable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records the design events the design service reports (decision, refusal with its rule, repair
 * shown and accepted, completion) as {@link DesignEvent}s. Only requests carrying a design-session
 * id or sent by a signed-in account are recorded. Immutable and thread-safe.
 */
final class DesignEventLog implements DesignListener {

  private final DesignEventRecorder recorder;
  private final Clock clock;
  @Nullable private final AddressRate rate;

  /** A log queuing events on {@code recorder}, timed by {@code clock}. */
  DesignEventLog(DesignEventRecorder recorder, Clock clock) {
    this(recorder, clock, null);
  }

  /**
   * A log queuing events on {@code recorder}, timed by {@code clock}, recording a request only
   * while its address has {@code rate} allowance left (null: always).
   */
  DesignEventLog(DesignEventRecorder recorder, Clock clock, @Nullable AddressRate rate) {
    this.recorder = recorder;
    this.clock = clock;
    this.rate = rate;
  }

  @Override
  public void decided(DesignOrigin who, ResolvedDesign design, Decision decision) {
    record(who, design, EventKind.DECISION, decision.attribute(), decision.value(), null);
  }

  @Override
  public void refused(DesignOrigin who, ResolvedDesign design, DesignJson.Explanation why) {
    String rule =
        why.rules().stream()
            .map(DesignJson.RuleRef::id)
            .filter(id -> !id.startsWith("domain:"))
            .findFirst()
            .orElse(null);
    List<EventKind> kinds = new ArrayList<>(List.of(EventKind.REFUSAL));
    if (why.reachable() && !why.repair().isEmpty()) {
      kinds.add(EventKind.REPAIR_SHOWN);
    }
    String session = session(who);
    if (session != null) {
      String decisions = decisions(design);
      recorder.recordAll(
          kinds.stream()
              .map(
                  k -> {
                    boolean refusal = k == EventKind.REFUSAL;
                    return event(
                        session,
                        who,
                        design,
                        k,
                        why.attribute(),
                        why.value(),
                        refusal ? rule : null,
                        refusal ? decisions : null);
                  })
              .toList());
    }
  }

  @Override
  public void repaired(DesignOrigin who, ResolvedDesign design, Decision wanted) {
    record(who, design, EventKind.REPAIR_ACCEPTED, wanted.attribute(), wanted.value(), null);
  }

  @Override
  public void completed(DesignOrigin who, ResolvedDesign design) {
    record(who, design, EventKind.COMPLETION, null, null, null);
  }

  private void record(
      DesignOrigin who,
      ResolvedDesign design,
      EventKind kind,
      @Nullable String attribute,
      @Nullable String value,
      @Nullable String rule) {
    String session = session(who);
    if (session != null) {
      recorder.record(event(session, who, design, kind, attribute, value, rule, null));
    }
  }

  /** The session to record under, or null when not recorded. */
  private @Nullable String session(DesignOrigin who) {
    String session = DesignEvent.sessionKey(who.sessionId(), who.accountId());
    if (session == null || rate == null || who.address() == null) {
      return session;
    }
    return rate.take(who.address()) ? session : null;
  }

  private DesignEvent event(
      String session,
      DesignOrigin who,
      ResolvedDesign design,
      EventKind kind,
      @Nullable String attribute,
      @Nullable String value,
      @Nullable String rule,
      @Nullable String decisions) {
    return new DesignEvent(
        clock.instant(),
        kind,
        design.product().product(),
        design.product().version(),
        session,
        who.accountId(),
        attribute,
        value,
        rule,
        decisions);
  }

  /**
   * The design's decisions as a JSON object, or null when they do not fit the column (the refusal
   * is still recorded, without them).
   */
  private static @Nullable String decisions(ResolvedDesign design) {
    Map<String, String> values = new LinkedHashMap<>();
    design.decisions().forEach(d -> values.put(d.attribute(), d.value()));
    try {
      String json = JsonBodies.mapper().writeValueAsString(values);
      return json.length() <= DesignEvent.MAX_DECISIONS ? json : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
