package dev.atelier.server.analytics;

import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.db.Database;
import dev.atelier.server.design.DesignListener;
import dev.atelier.server.http.Route;
import dev.atelier.server.wishes.WishRoutes;
import dev.atelier.server.wishes.WishStore;
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

  /** The listener recording the design service's events on {@code recorder}. */
  public static DesignListener listener(DesignEventRecorder recorder) {
    return new DesignEventLog(recorder, Clock.systemUTC());
  }

  /**
   * The event, wish, inbox and analytics routes on {@code catalogue}, storing in {@code database}.
   */
  public static List<Route> routes(
      Catalogue catalogue, Database database, DesignEventRecorder recorder) {
    CatalogueRefs refs = new CatalogueRefs(catalogue);
    DesignEventStore events = new DesignEventStore(database);
    WishStore wishes = new WishStore(database);
    List<Route> routes = new ArrayList<>();
    routes.addAll(new ClientEventRoutes(refs, recorder, Clock.systemUTC()).routes());
    routes.addAll(new WishRoutes(refs, wishes, events, Clock.systemUTC()).routes());
    routes.addAll(new AnalyticsRoutes(catalogue, new Analytics(events, wishes)).routes());
    return routes;
  }
}
