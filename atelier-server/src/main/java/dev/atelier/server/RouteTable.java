package dev.atelier.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.account.AccountRoutes;
import dev.atelier.server.account.AccountService;
import dev.atelier.server.account.ProfileRoutes;
import dev.atelier.server.account.ProfileStore;
import dev.atelier.server.account.TokenRoutes;
import dev.atelier.server.analytics.DesignEventRecorder;
import dev.atelier.server.analytics.OrderEvents;
import dev.atelier.server.analytics.SolutionSpace;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.catalogue.CatalogueRoutes;
import dev.atelier.server.catalogue.Drafts;
import dev.atelier.server.catalogue.ModelRoutes;
import dev.atelier.server.catalogue.StoredCatalogue;
import dev.atelier.server.db.Database;
import dev.atelier.server.design.ArtworkFacts;
import dev.atelier.server.design.CheapestPrices;
import dev.atelier.server.design.DesignCheck;
import dev.atelier.server.design.DesignOrigin;
import dev.atelier.server.design.DesignRoutes;
import dev.atelier.server.design.DesignService;
import dev.atelier.server.design.PriceRoutes;
import dev.atelier.server.design.ProposeRoutes;
import dev.atelier.server.design.RecommendRoute;
import dev.atelier.server.events.WebhookRoutes;
import dev.atelier.server.feedback.Feedback;
import dev.atelier.server.feedback.WishesMet;
import dev.atelier.server.http.AddressRate;
import dev.atelier.server.http.OpenApiDocument;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Route;
import dev.atelier.server.http.WorkGate;
import dev.atelier.server.order.DeliveryRoute;
import dev.atelier.server.order.OrderPlacedListener;
import dev.atelier.server.order.OrderRoutes;
import dev.atelier.server.order.OrderService;
import dev.atelier.server.owned.OwnedRoutes;
import dev.atelier.server.printfile.DeadPrintJobs;
import dev.atelier.server.printfile.PrintFileRoutes;
import dev.atelier.server.printfile.PrintFileStore;
import dev.atelier.server.printfile.PrintJobRoutes;
import dev.atelier.server.production.ProductionBooking;
import dev.atelier.server.production.ProductionFloor;
import dev.atelier.server.production.ProductionPlanner;
import dev.atelier.server.production.ProductionRoutes;
import dev.atelier.server.production.PromiseRoute;
import dev.atelier.server.recommend.Recommenders;
import dev.atelier.server.saved.JdbiSavedDesigns;
import dev.atelier.server.saved.SavedArtworkRoute;
import dev.atelier.server.saved.SavedDesignRoutes;
import dev.atelier.server.saved.SavedDesigns;
import dev.atelier.server.shared.DesignSummary;
import dev.atelier.server.studio.StudioRoutes;
import dev.atelier.server.upload.UploadChecker;
import dev.atelier.server.upload.UploadLimits;
import dev.atelier.server.upload.UploadRoutes;
import dev.atelier.server.upload.UploadStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The API's route table: which routes there are, what each is wired to, the OpenAPI document's
 * route last, and the order Javalin tries them in.
 */
final class RouteTable {

  private RouteTable() {}

  /** The route table as {@link AtelierApi#routes} describes it, with {@code prices} for warm-up. */
  static List<Route> of(ApiWiring wiring, CheapestPrices prices) {
    Catalogue catalogue = wiring.catalogue();
    Database database = wiring.database();
    ServerOptions options = wiring.options();
    AccountService accounts = wiring.accountService();
    DesignEventRecorder recorder =
        wiring.recorder() != null ? wiring.recorder() : AtelierApi.recorder(database);
    AddressRate events =
        new AddressRate("design-event batches", options.limits().eventBatchesPerMinute());
    DesignService designs =
        new DesignService(
            options.engineBudget(),
            options.reasonsBudget(),
            options.cacheSize(),
            SolutionSpace.listener(recorder, events),
            options.sessionPool());
    List<Route> routes = new ArrayList<>(new CatalogueRoutes(catalogue).routes());
    WishesMet wishesMet = AtelierApi.wishesMet(catalogue, database);
    if (catalogue instanceof StoredCatalogue stored) {
      routes.addAll(new ModelRoutes(stored, AtelierApi.MODEL_CHECK_MILLIS).routes());
      routes.addAll(
          new StudioRoutes(
                  new Drafts(stored, AtelierApi.MODEL_CHECK_MILLIS),
                  database,
                  p -> {
                    designs.published(p.definition().model().id());
                    wishesMet.published(p);
                  })
              .routes());
    }
    ArtworkFacts artwork = new ArtworkFacts(new UploadStore(database));
    routes.addAll(new DesignRoutes(catalogue, designs, artwork).routes());
    routes.addAll(new ProposeRoutes(catalogue, designs, artwork).routes());
    routes.addAll(new PriceRoutes(catalogue, options.engineBudget(), prices).routes());
    SavedDesigns saved = new JdbiSavedDesigns(database);
    AddressRate saves = new AddressRate("saved designs", SavedDesignRoutes.SAVES_PER_MINUTE);
    routes.addAll(
        new SavedDesignRoutes(
                new DesignCheck(catalogue, designs, artwork), saved, Clock.systemUTC())
            .routes().stream()
                .map(r -> r.operationId().equals("saveDesign") ? saves.guard(r) : r)
                .toList());
    routes.addAll(new SavedArtworkRoute(saved, new UploadStore(database)).routes());
    routes.addAll(
        new UploadRoutes(
                new UploadChecker(UploadLimits.DEFAULT, WorkGate.of(options.limits().uploads())),
                new UploadStore(database),
                Clock.systemUTC(),
                options.limits().uploads().perMinute())
            .routes());
    routes.addAll(new AccountRoutes(accounts).routes());
    routes.addAll(new TokenRoutes(accounts).routes());
    routes.addAll(
        new ProfileRoutes(catalogue, new ProfileStore(database), options.engineBudget()).routes());
    Clock clock = Clock.systemUTC();
    ProductionPlanner planner =
        new ProductionPlanner(database.jdbi(), clock, ProductionPlanner.DEFAULT_HORIZON_DAYS);
    List<Route> orders =
        new OrderRoutes(
                new OrderService(
                    catalogue,
                    options.engineBudget(),
                    database,
                    OrderPlacedListener.all(
                        new ProductionBooking(planner, true), new OrderEvents(recorder)),
                    clock,
                    artwork))
            .routes();
    routes.addAll(orders);
    routes.add(new PromiseRoute(catalogue, planner).route());
    routes.add(new DeliveryRoute(database).route());
    routes.addAll(
        new ProductionRoutes(new ProductionFloor(database.jdbi(), clock), catalogue).routes());
    routes.addAll(new PrintFileRoutes(new PrintFileStore(database.jdbi())).routes());
    routes.addAll(
        new PrintJobRoutes(new DeadPrintJobs(database.jdbi()), clock, new DesignSummary(catalogue))
            .routes());
    routes.addAll(new WebhookRoutes(database.jdbi(), clock, wiring.webhookTargets()).routes());
    routes.addAll(new OwnedRoutes(catalogue, database.jdbi(), clock).routes());
    Recommenders recommenders = new Recommenders(database, clock, Duration.ofSeconds(30));
    routes.add(
        new RecommendRoute(
                catalogue,
                version -> new RecommenderSuggestions(recommenders.of(version)),
                options.engineBudget())
            .route());
    routes.addAll(Feedback.routes(catalogue, database, clock, wishesMet));
    routes.addAll(
        SolutionSpace.routes(
            catalogue,
            database,
            recorder,
            events,
            new AddressRate("wishes", options.limits().wishesPerMinute())));
    List<Route> documented = new ArrayList<>(routes);
    documented.add(openApi(ctx -> Outcome.ok("")));
    JsonNode document =
        OpenApiDocument.build(
            "Atelier",
            VersionInfo.version(),
            documented,
            List.of(DesignOrigin.SESSION_HEADER, OrderRoutes.IDEMPOTENCY_HEADER));
    routes.add(openApi(ctx -> Outcome.ok(document)));
    // Javalin tries a method's routes in registration order (a regular expression each, an exact
    // path compared first): the order routes, the hottest, are registered before the others.
    List<Route> registered = new ArrayList<>(orders);
    routes.stream().filter(r -> !orders.contains(r)).forEach(registered::add);
    return List.copyOf(registered);
  }

  private static Route openApi(Route.Handler handler) {
    return Route.get(
        AtelierApi.OPENAPI_PATH, "openApi", "This document (OpenAPI 3.1)", JsonNode.class, handler);
  }
}
