package dev.atelier.server.production;

import dev.atelier.server.production.ProductionJson.DayLoad;
import dev.atelier.server.production.ProductionJson.ProductionOrderView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * What the staff pages read besides operations: production orders (what to make, for the queue and
 * the dispatch list; their design lines are added by {@link DesignSummary}) and one day's load per
 * work centre. Stateless and thread-safe.
 */
final class ShopFloorQueries {

  private static final String SELECT =
      "SELECT id, order_id, product, version, quantity, configuration, promised_date, status"
          + " FROM production_order";

  private ShopFloorQueries() {}

  private record Count(String workCentre, String status, long n) {}

  /** The production orders with the given ids, by id. */
  static Map<String, ProductionOrderView> byIds(Handle h, Collection<String> ids) {
    Map<String, ProductionOrderView> found = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    List<ProductionOrderView> views =
        h.createQuery(SELECT + " WHERE id IN (<ids>) ORDER BY id")
            .bindList("ids", List.copyOf(ids))
            .map((rs, ctx) -> read(rs))
            .list();
    withTexts(h, views).forEach(p -> found.put(p.id(), p));
    return found;
  }

  /** Up to {@code limit} production orders in {@code status}, oldest first. */
  static List<ProductionOrderView> withStatus(Handle h, String status, int limit) {
    return withTexts(
        h,
        h.createQuery(SELECT + " WHERE status = :s ORDER BY created_at, id LIMIT :limit")
            .bind("s", status)
            .bind("limit", limit)
            .map((rs, ctx) -> read(rs))
            .list());
  }

  /**
   * {@code views} with the personalization texts of their customer orders, read in one query by the
   * orders' primary key (an order id that is not a number has none).
   */
  private static List<ProductionOrderView> withTexts(Handle h, List<ProductionOrderView> views) {
    List<Long> orderIds = new ArrayList<>();
    for (ProductionOrderView v : views) {
      try {
        orderIds.add(Long.parseLong(v.orderId()));
      } catch (NumberFormatException e) {
        // not a customer order's id: no texts
      }
    }
    if (orderIds.isEmpty()) {
      return views;
    }
    Map<String, Map<String, String>> texts = new HashMap<>();
    h.createQuery("SELECT id, texts FROM orders WHERE id IN (<ids>)")
        .bindList("ids", orderIds)
        .map((rs, ctx) -> Map.entry(rs.getString(1), OperationQueries.texts(rs.getString(2))))
        .forEach(e -> texts.put(e.getKey(), e.getValue()));
    return views.stream()
        .map(
            v ->
                new ProductionOrderView(
                    v.id(),
                    v.orderId(),
                    v.product(),
                    v.version(),
                    v.quantity(),
                    v.configuration(),
                    texts.getOrDefault(v.orderId(), Map.of()),
                    v.promisedDate(),
                    v.status(),
                    v.design(),
                    v.printAreas()))
        .toList();
  }

  /** The production orders of customer order {@code orderId}, by line. */
  static List<ProductionOrderView> ofOrder(Handle h, String orderId) {
    return withTexts(
        h,
        h.createQuery(SELECT + " WHERE order_id = :o ORDER BY line_no, id")
            .bind("o", orderId)
            .map((rs, ctx) -> read(rs))
            .list());
  }

  /**
   * Per work centre, how many operations are queued and started ({@code [queued, started]}); one
   * grouped read over the queue index, so its size is the number of work centres.
   */
  static Map<String, long[]> openWork(Handle h) {
    Map<String, long[]> open = new HashMap<>();
    h.createQuery(
            "SELECT work_centre, status, COUNT(*) FROM production_operation"
                + " WHERE status IN ('queued', 'started') GROUP BY work_centre, status")
        .map((rs, ctx) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3)))
        .forEach(
            c ->
                open.computeIfAbsent(c.workCentre(), k -> new long[2])[
                        c.status().equals("queued") ? 0 : 1] =
                    c.n());
    return open;
  }

  /** Each work centre's capacity and booked minutes on {@code day} (materialized rows only). */
  static Map<String, DayLoad> loadOn(Handle h, LocalDate day) {
    Map<String, DayLoad> load = new HashMap<>();
    h.createQuery(
            "SELECT work_centre, capacity_minutes, booked_minutes FROM work_centre_load"
                + " WHERE work_day = :day")
        .bind("day", day)
        .map(
            (rs, ctx) ->
                Map.entry(
                    rs.getString(1), new DayLoad(day.toString(), rs.getLong(2), rs.getLong(3))))
        .forEach(e -> load.put(e.getKey(), e.getValue()));
    return load;
  }

  private static ProductionOrderView read(ResultSet rs) throws SQLException {
    return new ProductionOrderView(
        rs.getString("id"),
        rs.getString("order_id"),
        rs.getString("product"),
        rs.getString("version"),
        rs.getLong("quantity"),
        OperationQueries.texts(rs.getString("configuration")),
        Map.of(),
        rs.getObject("promised_date", LocalDate.class).toString(),
        rs.getString("status"),
        List.of(),
        Map.of());
  }
}
