package dev.atelier.server;

import dev.atelier.server.account.AccountService;
import dev.atelier.server.analytics.DesignEventRecorder;
import dev.atelier.server.analytics.SolutionSpace;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.catalogue.StoredCatalogue;
import dev.atelier.server.db.Database;
import dev.atelier.server.design.CheapestPrices;
import dev.atelier.server.design.FirstVisitWarmup;
import dev.atelier.server.design.PriceRoutes;
import dev.atelier.server.designevents.DesignEventStore;
import dev.atelier.server.feedback.WishesMet;
import dev.atelier.server.http.AtelierServer;
import dev.atelier.server.http.Authenticator;
import dev.atelier.server.http.Route;
import java.time.Clock;
import java.util.List;

/**
 * The Atelier HTTP API: the route table of the catalogue, design, account, token and profile routes
 * plus its OpenAPI document, and a way to start a server on it. Stateless and thread-safe.
 */
public final class AtelierApi {

  /** How long an uploaded model's check (count, dead values, redundancy) may take. */
  public static final long MODEL_CHECK_MILLIS = 10_000;

  /** The path of the OpenAPI document. */
  public static final String OPENAPI_PATH = "/openapi.json";

  private AtelierApi() {}

  /**
   * The route table, the OpenAPI document's route last. A catalogue kept in the database ({@link
   * StoredCatalogue}) adds the product managers' model routes. Without a recorder in {@code
   * wiring}, design events go to one of the table's own.
   */
  public static List<Route> routes(ApiWiring wiring) {
    return RouteTable.of(wiring, new CheapestPrices());
  }

  /**
   * Starts a server answering the API as {@code wiring} says; callers sign in with sessions and API
   * tokens unless it names another authenticator. A recorder of the server's own closes with it.
   */
  public static AtelierServer start(ApiWiring wiring) {
    AccountService accounts = wiring.accountService();
    Authenticator authenticator =
        wiring.authenticator() != null ? wiring.authenticator() : accounts.authenticator();
    DesignEventRecorder recorder =
        wiring.recorder() != null ? wiring.recorder() : recorder(wiring.database());
    ServerOptions options = wiring.options();
    CheapestPrices prices = new CheapestPrices();
    AtelierServer server =
        AtelierServer.start(
            options.host(),
            options.port(),
            RouteTable.of(wiring.withAccounts(accounts).withRecorder(recorder), prices),
            options.bodyLimit(),
            options.limits(),
            authenticator);
    if (wiring.recorder() == null) {
      server.onClose(recorder::close);
    }
    if (options.warmFirstVisit()) {
      FirstVisitWarmup warmup =
          FirstVisitWarmup.start(
              wiring.catalogue(), prices, PriceRoutes.optionsBudget(options.engineBudget()));
      server.onClose(warmup::close);
    }
    if (wiring.catalogue() instanceof StoredCatalogue) {
      WishesMet.Running sweeps =
          wishesMet(wiring.catalogue(), wiring.database()).every(WishesMet.INTERVAL);
      server.onClose(sweeps::close);
    }
    return server;
  }

  /**
   * Meets wishes at the time of the catalogue's clock (when a version becomes effective), or of the
   * system's for a catalogue outside the database.
   */
  static WishesMet wishesMet(Catalogue catalogue, Database database) {
    return new WishesMet(
        catalogue,
        database,
        catalogue instanceof StoredCatalogue stored ? stored.clock() : Clock.systemUTC());
  }

  static DesignEventRecorder recorder(Database database) {
    return new DesignEventRecorder(new DesignEventStore(database), SolutionSpace.QUEUE);
  }
}
