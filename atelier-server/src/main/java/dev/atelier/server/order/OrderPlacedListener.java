package dev.atelier.server.order;

import dev.atelier.server.http.Problem;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Called inside the transaction that inserts an order (and claims its idempotency key), with that
 * transaction's handle: production books capacity, creates production orders and writes {@code
 * order.placed} to the outbox here, so that either all of it happens exactly once or none of it.
 * Implementations are thread-safe and must not commit, roll back or close the handle.
 */
@FunctionalInterface
public interface OrderPlacedListener {

  /**
   * Reacts to {@code order}, writing through {@code handle}. Answers a problem (say 409, no
   * capacity) to refuse the order: the transaction is rolled back, the key stays unclaimed and the
   * client gets the problem. A data-access failure may throw; it rolls back too.
   */
  Optional<Problem> placed(Handle handle, PlacedOrder order);

  /** Does nothing. */
  OrderPlacedListener NONE = (handle, order) -> Optional.empty();

  /**
   * Calls {@code listeners} in order; the first problem refuses the order (the rest are skipped).
   */
  static OrderPlacedListener all(OrderPlacedListener... listeners) {
    List<OrderPlacedListener> copy = List.of(listeners);
    return (handle, order) -> {
      for (OrderPlacedListener l : copy) {
        Optional<Problem> problem = l.placed(handle, order);
        if (problem.isPresent()) {
          return problem;
        }
      }
      return Optional.empty();
    };
  }
}
