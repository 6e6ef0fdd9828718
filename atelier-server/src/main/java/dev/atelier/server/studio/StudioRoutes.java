package dev.atelier.server.studio;

import dev.atelier.server.catalogue.Drafts;
import dev.atelier.server.db.Database;
import dev.atelier.server.http.Access;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Route;
import dev.atelier.server.studio.StudioJson.AuditLog;
import dev.atelier.server.studio.StudioJson.DraftSource;
import dev.atelier.server.studio.StudioJson.StudioProducts;
import java.util.ArrayList;
import java.util.List;

/**
 * The studio for product managers (and admins): products and versions with their status, ends, pins
 * and audit log (here); a draft's source, checked live, saved and edited by forms ({@link
 * StudioEditRoutes}); its impact against the current version, publishing at a date with an end for
 * the previous version, and rolling back to a retired version ({@link StudioPublishRoutes}); the
 * model API's publish ({@link ModelPublishRoute}), which publishes the same way. Every route needs
 * {@link Access#PRODUCT_MANAGER}. Thread-safe.
 */
public final class StudioRoutes {

  private final StudioContext studio;
  private final Publishing publishing;

  /** The studio over {@code drafts}, its audit log and pins in {@code database}. */
  public StudioRoutes(Drafts drafts, Database database) {
    this(drafts, database, WishesMetListener.NONE);
  }

  /** The studio, telling {@code wishesMet} which open wishes each published version meets. */
  public StudioRoutes(Drafts drafts, Database database, WishesMetListener wishesMet) {
    this.studio = new StudioContext(drafts, new StudioStore(database));
    this.publishing = new Publishing(drafts, wishesMet);
  }

  /** The route table. */
  public List<Route> routes() {
    List<Route> routes = new ArrayList<>(versionRoutes());
    routes.addAll(new StudioEditRoutes(studio).routes());
    routes.addAll(new StudioPublishRoutes(studio, publishing).routes());
    routes.add(new ModelPublishRoute(studio.drafts, publishing).route());
    return List.copyOf(routes);
  }

  private List<Route> versionRoutes() {
    return List.of(
        Route.get(
                "/api/studio/products",
                "studioProducts",
                "Every product with its versions: status, effective from and to, pins",
                StudioProducts.class,
                ctx -> Outcome.ok(new StudioProducts(studio.versions.all())))
            .withAccess(Access.PRODUCT_MANAGER),
        Route.get(
                "/api/studio/audit",
                "studioAudit",
                "Who changed what in the catalogue and when, newest first (?product=)",
                AuditLog.class,
                ctx -> Outcome.ok(new AuditLog(studio.store.auditLog(ctx.queryParam("product")))))
            .withAccess(Access.PRODUCT_MANAGER),
        Route.get(
                StudioContext.VERSION,
                "studioVersion",
                "A version's source with its findings and the values the forms edit",
                DraftSource.class,
                ctx -> studio.stored(ctx).map(studio::source))
            .withAccess(Access.PRODUCT_MANAGER));
  }
}
