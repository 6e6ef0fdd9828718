package dev.atelier.server.recommend;

import java.util.Map;

/**
 * How far each distinct past configuration is from a design: the number of decided learned
 * attributes on which it differs. Stateless and thread-safe.
 */
final class NeighbourDistance {

  private NeighbourDistance() {}

  /** The distance of every row of {@code orders} from {@code decided} (attribute to value). */
  static int[] of(OrderTable orders, Map<String, String> decided) {
    int[] distance = new int[orders.size()];
    for (int c = 0; c < orders.attributes().size(); c++) {
      String value = decided.get(orders.attributes().get(c));
      if (value == null) {
        continue;
      }
      int code = orders.code(c, value);
      for (int r = 0; r < distance.length; r++) {
        if (orders.value(r, c) != code) {
          distance[r]++;
        }
      }
    }
    return distance;
  }
}
