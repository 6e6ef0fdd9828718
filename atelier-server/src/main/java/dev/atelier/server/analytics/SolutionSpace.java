package dev.atelier.server.analytics;

import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.catalogue.CatalogueRefs;
import dev.atelier.server.db.Database;
import dev.atelier.server.design.DesignListener;
import dev.atelier.server.designevents.DesignEventStore;
import dev.atelier.server.http.AddressRate;
import dev.atelier.server.http.Route;
import dev.atelier.server.wishes.WishRoutes;
import dev.atelier.server.wishes.WishStore;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Solution-space development in one place: the design-event log the design service reports to, the
 * client event route, the wish box, the department inboxes and the analytics routes. Stateless.
 */
public final class SolutionSpace {

  /** How many design events may wait for the writer before new ones are dropped. */
  public static final int QUEUE = 10_000;

  private SolutionSpace() {}

  /**
   * The listener recording the design service's events on {@code recorder}, as far as the caller's
   * address has {@code events} allowance left (the answers do not depend on it).
   */
  public static DesignListener listener(DesignEventRecorder recorder, AddressRate events) {
    return new DesignEventLog(recorder, Clock.systemUTC(), events);
  }

  /**
   * The event, wish, inbox and analytics routes on {@code catalogue}, storing in {@code database};
   * event batches and wishes beyond an address's {@code events} and {@code wishRate} allowance are
   * answered 429.
   */
  public static List<Route> routes(
      Catalogue catalogue,
      Database database,
      DesignEventRecorder recorder,
      AddressRate events,
      AddressRate wishRate) {
    CatalogueRefs refs = new CatalogueRefs(catalogue);
    DesignEventStore store = new DesignEventStore(database);
    WishStore wishes = new WishStore(database);
    List<Route> routes = new ArrayList<>();
    routes.addAll(events.guard(new ClientEventRoutes(refs, recorder, Clock.systemUTC()).routes()));
    for (Route r : new WishRoutes(refs, wishes, store, Clock.systemUTC()).routes()) {
      boolean wish = r.method() == HandlerType.POST && r.path().equals("/api/wishes");
      routes.add(wish ? wishRate.guard(r) : r);
    }
    routes.addAll(
        new AnalyticsRoutes(catalogue, new Analytics(store, wishes), new PlacedOrders(database))
            .routes());
    return routes;
  }
}
