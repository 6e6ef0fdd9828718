package dev.atelier.server.production;

import dev.atelier.server.events.EventData;
import dev.atelier.server.shared.MaterialLine;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The outcome of booking an order line's production. Immutable and thread-safe. */
public sealed interface Booking permits Booking.Booked, Booking.Refused {

  /**
   * The line's operations are booked and its production order is queued.
   *
   * @param productionOrderId the new production order's id
   * @param promise the promised day and each operation's days
   * @param materials the line's bill of material
   */
  record Booked(String productionOrderId, Promise.Dated promise, List<MaterialLine> materials)
      implements Booking {
    public Booked {
      Objects.requireNonNull(productionOrderId, "productionOrderId");
      Objects.requireNonNull(promise, "promise");
      materials = List.copyOf(materials);
    }

    /** The line as the {@code order.placed} event reports it. */
    public EventData.PlacedLine placedLine(
        String product,
        String version,
        long quantity,
        Map<String, String> configuration,
        Map<String, String> texts,
        List<String> printFilesPending) {
      return new EventData.PlacedLine(
          productionOrderId,
          product,
          version,
          quantity,
          configuration,
          texts,
          promise.date().toString(),
          materials,
          printFilesPending);
    }
  }

  /**
   * Nothing was booked: {@code reason} is a {@link Promise.NoCapacity} or {@link
   * Promise.UnknownWorkCentre}.
   *
   * @param reason why
   */
  record Refused(Promise reason) implements Booking {
    public Refused {
      if (reason instanceof Promise.Dated) {
        throw new IllegalArgumentException("a dated promise is not a refusal");
      }
    }
  }
}
