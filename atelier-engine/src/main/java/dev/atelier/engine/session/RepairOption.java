package dev.atelier.engine.session;

import java.util.List;
import java.util.Objects;

/**
 * One minimal repair of a refused value, priced: its changes (the wanted value first) and the total
 * of the cheapest complete product after it. Immutable and thread-safe.
 *
 * @param repair the changes, the wanted value first
 * @param total the total (minor units) of the cheapest complete product with the repair applied
 */
public record RepairOption(List<RepairStep> repair, long total) {

  public RepairOption {
    Objects.requireNonNull(repair, "repair");
    repair = List.copyOf(repair);
  }
}
