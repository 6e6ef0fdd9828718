package dev.atelier.server.analytics;

import dev.atelier.server.catalogue.CatalogueRefs;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.design.DesignOrigin;
import dev.atelier.server.designevents.DesignEvent;
import dev.atelier.server.designevents.EventKind;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Principal;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Route;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /api/design-events}: the design events only the client sees (a repair dismissed, a
 * design abandoned), in batches, checked against the catalogue. Public; keyed by the client's
 * design-session id or the signed-in account. Immutable and thread-safe. Routes checking against
 * {@code refs}, queuing on {@code recorder}.
 */
public record ClientEventRoutes(CatalogueRefs refs, DesignEventRecorder recorder, Clock clock) {

  /** Largest batch. */
  public static final int MAX_EVENTS = 100;

  /**
   * A batch of events of one design session.
   *
   * @param session the client's random design-session id (8 to 64 letters, digits, - or _);
   *     optional for signed-in accounts
   * @param events 1 to 100 events
   */
  public record ClientEvents(@Nullable String session, List<ClientEvent> events) {}

  /**
   * One event: kind is {@code repair-rejected} (attribute and value: the wanted value whose repair
   * was dismissed) or {@code abandonment} (attribute: where the customer left, optional).
   */
  public record ClientEvent(
      String kind,
      String product,
      String version,
      @Nullable String attribute,
      @Nullable String value,
      @Nullable String rule) {}

  /** How many events were queued, and how many were dropped because the server is busy. */
  public record Accepted(int accepted, int dropped) {}

  /** The route table. */
  public List<Route> routes() {
    return List.of(
        Route.post(
                "/api/design-events",
                "designEvents",
                "Report design events the server cannot see (repair rejected, abandonment)",
                ClientEvents.class,
                Accepted.class,
                List.of(422),
                this::accept)
            .withSuccess(202));
  }

  private Outcome<Accepted> accept(Context ctx) {
    Long account = Route.principal(ctx).map(Principal::accountId).orElse(null);
    return JsonBodies.read(ctx.bodyAsBytes(), ClientEvents.class)
        .then(b -> events(b, account))
        .map(
            events -> {
              int accepted = recorder.recordAll(events);
              return new Accepted(accepted, events.size() - accepted);
            })
        .then(a -> new Outcome.Ok<>(a, 202));
  }

  private Outcome<List<DesignEvent>> events(ClientEvents batch, @Nullable Long account) {
    if (batch.session() != null && !DesignOrigin.SESSION_ID.matcher(batch.session()).matches()) {
      return Outcome.rejected(
          Problem.badRequest("session", "a session id is 8 to 64 letters, digits, '-' or '_'"));
    }
    String key = DesignEvent.sessionKey(batch.session(), account);
    if (key == null) {
      return Outcome.rejected(
          Problem.badRequest("session", "send the design-session id (or sign in)"));
    }
    Optional<Problem> p = CatalogueRefs.required(batch.events(), "events");
    if (p.isEmpty() && (batch.events().isEmpty() || batch.events().size() > MAX_EVENTS)) {
      p = Optional.of(Problem.badRequest("events", "send 1 to " + MAX_EVENTS + " events"));
    }
    if (p.isPresent()) {
      return Outcome.rejected(p.get());
    }
    List<DesignEvent> events = new ArrayList<>();
    for (int i = 0; i < batch.events().size(); i++) {
      Outcome<DesignEvent> e = event(batch.events().get(i), "events[" + i + "].", key, account);
      if (e instanceof Outcome.Rejected<DesignEvent> r) {
        return Outcome.rejected(r.problem());
      }
      events.add(((Outcome.Ok<DesignEvent>) e).value());
    }
    return Outcome.ok(events);
  }

  private Outcome<DesignEvent> event(ClientEvent e, String f, String key, @Nullable Long account) {
    Optional<Problem> p =
        CatalogueRefs.required(e, f.substring(0, f.length() - 1))
            .or(() -> CatalogueRefs.required(e.kind(), f + "kind"));
    if (p.isPresent()) {
      return Outcome.rejected(p.get());
    }
    Optional<EventKind> kind = EventKind.ofCode(e.kind()).filter(EventKind::clientReported);
    if (kind.isEmpty()) {
      return Outcome.rejected(
          Problem.of(
              422,
              "unknown-event-kind",
              "Unknown event kind",
              "clients report 'repair-rejected' or 'abandonment', not '" + e.kind() + "'",
              f + "kind"));
    }
    if (kind.get() == EventKind.REPAIR_REJECTED) {
      p =
          CatalogueRefs.required(e.attribute(), f + "attribute")
              .or(() -> CatalogueRefs.required(e.value(), f + "value"));
      if (p.isPresent()) {
        return Outcome.rejected(p.get());
      }
    }
    return refs.product(e.product(), e.version(), f)
        .then(pv -> checked(pv, e, f))
        .map(
            pv ->
                new DesignEvent(
                    clock.instant(),
                    kind.get(),
                    pv.product(),
                    pv.version(),
                    key,
                    account,
                    e.attribute(),
                    canonical(pv, e.attribute(), e.value()),
                    e.rule()));
  }

  /** The canonical form of a checked value ("0060" is counted as "60"), null for none. */
  private static @Nullable String canonical(
      ProductVersion pv, @Nullable String attribute, @Nullable String value) {
    if (attribute == null || value == null) {
      return value;
    }
    return pv.model().attribute(attribute).flatMap(a -> a.canonical(value)).orElse(value);
  }

  private Outcome<ProductVersion> checked(ProductVersion pv, ClientEvent e, String f) {
    Optional<Problem> p =
        refs.attribute(pv, e.attribute(), f + "attribute")
            .or(() -> refs.value(pv, e.attribute(), e.value(), f + "value"))
            .or(() -> refs.rule(pv, e.rule(), f + "rule"));
    return p.isPresent() ? Outcome.rejected(p.get()) : Outcome.ok(pv);
  }
}
