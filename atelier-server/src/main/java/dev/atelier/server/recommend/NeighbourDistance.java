package dev.atelier.server.recommend;

import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.ValidDomains;

/**
 * How far each distinct past configuration is from a design: the number of decided learned
 * attributes on which it differs. Stateless and thread-safe.
 */
final class NeighbourDistance {

  private NeighbourDistance() {}

  /** The distance of every row of {@code orders} from the decisions in {@code domains}. */
  static int[] of(OrderTable orders, ValidDomains domains) {
    int[] distance = new int[orders.size()];
    for (int c = 0; c < orders.attributes().size(); c++) {
      AttributeDomain domain = domains.domains().get(orders.attributes().get(c));
      if (domain == null || domain.decided().isEmpty()) {
        continue;
      }
      int code = orders.code(c, domain.decided().get());
      for (int r = 0; r < distance.length; r++) {
        if (orders.value(r, c) != code) {
          distance[r]++;
        }
      }
    }
    return distance;
  }
}
