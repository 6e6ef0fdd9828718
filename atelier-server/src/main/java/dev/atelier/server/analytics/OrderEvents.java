package dev.atelier.server.analytics;

import dev.atelier.server.designevents.DesignEvent;
import dev.atelier.server.designevents.EventKind;
import dev.atelier.server.http.Problem;
import dev.atelier.server.order.OrderPlacedListener;
import dev.atelier.server.order.PlacedOrder;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Records an order's design events (one {@link EventKind#ORDER} event per chosen value, keyed by
 * the ordering account) when it is placed. Queued, never refusing an order; an order whose
 * transaction rolls back after this ran is still counted (rare: only a later failure does that).
 * Thread-safe. Queues on {@code recorder}.
 */
public record OrderEvents(DesignEventRecorder recorder) implements OrderPlacedListener {

  @Override
  public Optional<Problem> placed(Handle handle, PlacedOrder order) {
    recorder.recordAll(
        DesignEvent.order(
            order.createdAt(),
            order.product().product(),
            order.product().version(),
            DesignEvent.accountKey(order.accountId()),
            order.accountId(),
            order.configuration().values()));
    return Optional.empty();
  }
}
