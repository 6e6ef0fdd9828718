package dev.atelier.server.production;

import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.Evaluator;
import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.formats.product.RoutingOperation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Routes a configuration: the model's operations whose condition holds, in routing order, with the
 * set-up and run time of the order quantity rounded up to whole minutes (capacity is booked in
 * minutes). Stateless and thread-safe.
 */
public final class Routing {

  private Routing() {}

  /** The operations that make {@code quantity} products configured as {@code configuration}. */
  public static List<PlannedOperation> operations(
      ProductDefinition definition, Configuration configuration, long quantity) {
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be positive, got " + quantity);
    }
    Evaluator evaluator = new Evaluator(definition.model());
    List<PlannedOperation> operations = new ArrayList<>();
    for (RoutingOperation op : definition.routing()) {
      if (evaluator.holds(op.condition(), configuration)) {
        BigDecimal run = op.minutesPerUnit().multiply(BigDecimal.valueOf(quantity));
        long minutes = op.minutesFor(quantity).setScale(0, RoundingMode.CEILING).longValueExact();
        operations.add(
            new PlannedOperation(
                operations.size() + 1,
                op.id(),
                op.label(),
                op.workCentre(),
                minutes,
                op.setupMinutes(),
                run));
      }
    }
    return List.copyOf(operations);
  }
}
