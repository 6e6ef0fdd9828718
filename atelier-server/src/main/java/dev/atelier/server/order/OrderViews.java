package dev.atelier.server.order;

import dev.atelier.engine.answer.PriceLine;
import dev.atelier.server.design.ArtworkRef;
import dev.atelier.server.design.DesignJson;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.order.OrderJson.Order;
import dev.atelier.server.order.OrderJson.OrderPrice;
import dev.atelier.server.shared.ComponentLabels;
import dev.atelier.server.shared.Design;
import dev.atelier.server.shared.DesignSummary;
import dev.atelier.server.shared.PriceInstances;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Builds the JSON shapes of orders. Stateless. */
final class OrderViews {

  private OrderViews() {}

  /** The order {@code id} just placed from {@code order}. */
  static Order placed(long id, NewOrder order, DesignSummary labels) {
    var checked = order.checked();
    PriceInstances instances = PriceInstances.of(checked.design().product().model());
    ComponentLabels components = ComponentLabels.of(checked.design().product().model());
    List<DesignJson.PriceLine> lines =
        checked.price().lines().stream()
            .map(
                (PriceLine l) ->
                    instances
                        .line(
                            l.kind(),
                            l.reference(),
                            l.label(),
                            l.amount(),
                            DesignJson.PriceLine::new)
                        .withLabels(components.of(l.kind(), l.reference(), l.label()).orElse(null)))
            .toList();
    return order(
        id,
        OrderStatus.PLACED,
        checked.design().json(),
        checked.configuration().values(),
        order.texts(),
        new OrderPrice(
            checked.price().currency(),
            checked.price().total(),
            order.quantity(),
            order.total(),
            lines),
        order.reorderOf(),
        order.createdAt(),
        checked.artwork(),
        labels);
  }

  /** An order from its parts, its design lines in {@code labels}. */
  // Ten parts: each is one stored column group of the order row; a holder record would only move
  // the list.
  @SuppressWarnings("checkstyle:ParameterNumber")
  static Order order(
      long id,
      String status,
      Design design,
      Map<String, String> configuration,
      Map<String, String> texts,
      OrderPrice price,
      @Nullable Long reorderOf,
      Instant createdAt,
      Map<String, ArtworkRef> artwork,
      DesignSummary labels) {
    return new Order(
        id,
        status,
        design.product(),
        design.version(),
        price.quantity(),
        design,
        configuration,
        texts,
        price,
        reorderOf,
        timestamp(createdAt),
        labels.lines(design.product(), design.version(), configuration, texts),
        artwork);
  }

  /** ISO-8601 in UTC with milliseconds, e.g. {@code 2026-11-22T14:03:07.123Z}. */
  static String timestamp(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(
        instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
  }
}
