package dev.atelier.server.feedback;

import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.catalogue.CatalogueRefs;
import dev.atelier.server.db.Database;
import dev.atelier.server.http.Route;
import dev.atelier.server.wishes.WishStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The feedback loop's routes in one place: employees record customer input, departments triage
 * wishes, customers read their notices, departments read their month. Stateless.
 */
public final class Feedback {

  private Feedback() {}

  /**
   * The routes on {@code catalogue}, storing in {@code database}, at {@code clock}'s time; reading
   * notices first meets the wishes of versions that became effective ({@code wishesMet}).
   */
  public static List<Route> routes(
      Catalogue catalogue, Database database, Clock clock, WishesMet wishesMet) {
    WishStore wishes = new WishStore(database);
    FeedbackStore store = new FeedbackStore(database);
    List<Route> routes = new ArrayList<>();
    routes.add(new RecordRoutes(new CatalogueRefs(catalogue), wishes, store, clock).route());
    routes.addAll(new TriageRoutes(wishes, store).routes());
    routes.addAll(new NoticeRoutes(store, wishesMet, clock).routes());
    routes.add(new SummaryRoutes(catalogue, new SummaryStore(database), clock).route());
    return routes;
  }
}
