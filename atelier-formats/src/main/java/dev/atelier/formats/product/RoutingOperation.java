package dev.atelier.formats.product;

import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.LocalizedText;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One manufacturing step of the routing, done at a work centre when {@code condition} holds.
 * Minutes are exact decimals without trailing zeros. Immutable and thread-safe.
 *
 * @param id operation id, unique in the model
 * @param label what the shop floor reads
 * @param workCentre the work centre id
 * @param setupMinutes set-up time per order
 * @param minutesPerUnit run time per piece
 * @param condition when the operation is needed
 */
public record RoutingOperation(
    String id,
    LocalizedText label,
    String workCentre,
    BigDecimal setupMinutes,
    BigDecimal minutesPerUnit,
    Expr condition) {

  public RoutingOperation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(workCentre, "workCentre");
    setupMinutes = normalize(setupMinutes);
    minutesPerUnit = normalize(minutesPerUnit);
    Objects.requireNonNull(condition, "condition");
  }

  /** The minutes {@code quantity} pieces take: set-up plus run time. */
  public BigDecimal minutesFor(long quantity) {
    return setupMinutes.add(minutesPerUnit.multiply(BigDecimal.valueOf(quantity)));
  }

  private static BigDecimal normalize(BigDecimal minutes) {
    BigDecimal stripped = Objects.requireNonNull(minutes, "minutes").stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
