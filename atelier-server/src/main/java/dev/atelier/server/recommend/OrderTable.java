package dev.atelier.server.recommend;

import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.session.Decision;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Past orders restricted to the learned attributes, as distinct configurations with how often each
 * was ordered; values are coded per attribute as small integers. Immutable after construction and
 * thread-safe.
 */
final class OrderTable {
  /** Code of a value no past order has. */
  static final int UNSEEN = -1;

  private final List<String> attributes;
  private final Map<String, Integer> columnOf = new HashMap<>();
  private final List<Map<String, Integer>> codes = new ArrayList<>();
  private final int[][] rows;
  private final int[] counts;

  OrderTable(List<String> attributes, List<Configuration> orders) {
    this.attributes = List.copyOf(attributes);
    for (int c = 0; c < this.attributes.size(); c++) {
      if (columnOf.put(this.attributes.get(c), c) != null) {
        throw new IllegalArgumentException("attribute listed twice: " + this.attributes.get(c));
      }
      codes.add(new HashMap<>());
    }
    Map<List<Integer>, Integer> distinct = new LinkedHashMap<>();
    for (Configuration order : orders) {
      List<Integer> row = new ArrayList<>(this.attributes.size());
      for (int c = 0; c < this.attributes.size(); c++) {
        String value = order.get(this.attributes.get(c)).orElse(Decision.UNSET);
        Map<String, Integer> columnCodes = codes.get(c);
        row.add(columnCodes.computeIfAbsent(value, v -> columnCodes.size()));
      }
      distinct.merge(row, 1, Integer::sum);
    }
    rows = new int[distinct.size()][];
    counts = new int[distinct.size()];
    int i = 0;
    for (Map.Entry<List<Integer>, Integer> e : distinct.entrySet()) {
      rows[i] = e.getKey().stream().mapToInt(Integer::intValue).toArray();
      counts[i] = e.getValue();
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

  /** The value code of distinct configuration {@code row} in {@code column}. */
  int value(int row, int column) {
    return rows[row][column];
  }

  /** How often distinct configuration {@code row} was ordered. */
  int count(int row) {
    return counts[row];
  }

  /** Total number of orders learned from. */
  long orders() {
    return Arrays.stream(counts).asLongStream().sum();
  }
}
