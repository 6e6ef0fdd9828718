package dev.atelier.server.recommend;

import dev.atelier.engine.session.Decision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Past designs (orders, and designs seen in design events) restricted to the learned attributes, as
 * distinct configurations with their summed weight (an order weighs 1, so for orders alone the
 * weight is how often it was ordered); values are coded per attribute as small integers. Immutable
 * after construction and thread-safe.
 */
final class OrderTable {
  /** Code of a value no past order has. */
  static final int UNSEEN = -1;

  /** Code of an attribute a past design in progress did not decide: it matches no value. */
  static final int MISSING = -2;

  private final List<String> attributes;
  private final Map<String, Integer> columnOf = new HashMap<>();
  private final List<Map<String, Integer>> codes = new ArrayList<>();
  private final int[][] rows;
  private final double[] weights;
  private final long orders;

  /** Past {@code designs}, of which {@code orders} were orders. */
  OrderTable(List<String> attributes, List<PastDesign> designs, long orders) {
    this.orders = orders;
    this.attributes = List.copyOf(attributes);
    for (int c = 0; c < this.attributes.size(); c++) {
      if (columnOf.put(this.attributes.get(c), c) != null) {
        throw new IllegalArgumentException("attribute listed twice: " + this.attributes.get(c));
      }
      codes.add(new HashMap<>());
    }
    Map<List<Integer>, Double> distinct = new LinkedHashMap<>();
    for (PastDesign design : designs) {
      List<Integer> row = new ArrayList<>(this.attributes.size());
      for (int c = 0; c < this.attributes.size(); c++) {
        String value = design.values().get(this.attributes.get(c));
        if (value == null && !design.complete()) {
          row.add(MISSING);
          continue;
        }
        Map<String, Integer> columnCodes = codes.get(c);
        row.add(
            columnCodes.computeIfAbsent(
                value == null ? Decision.UNSET : value, v -> columnCodes.size()));
      }
      distinct.merge(row, design.weight(), Double::sum);
    }
    rows = new int[distinct.size()][];
    weights = new double[distinct.size()];
    int i = 0;
    for (Map.Entry<List<Integer>, Double> e : distinct.entrySet()) {
      rows[i] = e.getKey().stream().mapToInt(Integer::intValue).toArray();
      weights[i] = e.getValue();
      i++;
    }
  }

  List<String> attributes() {
    return attributes;
  }

  /** The column of {@code attribute}, or -1 when it was not learned. */
  int columnOf(String attribute) {
    return columnOf.getOrDefault(attribute, -1);
  }

  /** The code of {@code value} in {@code column}, or {@link #UNSEEN}. */
  int code(int column, String value) {
    return codes.get(column).getOrDefault(value, UNSEEN);
  }

  /** Number of distinct past configurations. */
  int size() {
    return rows.length;
  }

  /**
   * The value code of distinct configuration {@code row} in {@code column}; {@link #MISSING} when
   * it did not decide it.
   */
  int value(int row, int column) {
    return rows[row][column];
  }

  /** The summed weight of distinct configuration {@code row} (how often, for orders). */
  double weight(int row) {
    return weights[row];
  }

  /** Total number of orders learned from. */
  long orders() {
    return orders;
  }
}
