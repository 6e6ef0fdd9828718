package dev.atelier.server.analytics;

import dev.atelier.server.analytics.AnalyticsJson.OrderFigures;
import dev.atelier.server.analytics.AnalyticsJson.Revenue;
import dev.atelier.server.db.Database;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * What was ordered of a product version, counted from the stored orders (not from design events,
 * whose sessions an account's several orders share): orders placed, units (the orders' quantities)
 * and revenue (their totals) per currency. Thread-safe.
 */
public final class PlacedOrders {

  private final Jdbi jdbi;

  /** The orders in {@code database} (migrated). */
  public PlacedOrders(Database database) {
    this.jdbi = database.jdbi();
  }

  /** The orders of {@code product} {@code version}, however far production has taken them. */
  public OrderFigures of(String product, String version) {
    List<Revenue> revenue =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT currency, COUNT(*), COALESCE(SUM(quantity), 0),"
                            + " COALESCE(SUM(total), 0) FROM orders"
                            + " WHERE product = :p AND version = :v"
                            + " GROUP BY currency ORDER BY currency")
                    .bind("p", product)
                    .bind("v", version)
                    .map(
                        (rs, ctx) ->
                            new Revenue(
                                rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                    .list());
    return new OrderFigures(
        product,
        version,
        revenue.stream().mapToLong(Revenue::orders).sum(),
        revenue.stream().mapToLong(Revenue::units).sum(),
        revenue);
  }
}
