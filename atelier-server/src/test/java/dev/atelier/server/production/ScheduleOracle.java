package dev.atelier.server.production;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An exhaustive reference for {@link ForwardScheduler}: the earliest day T such that some choice of
 * last days L1 <= ... <= Ln = T admits a feasible assignment of minutes (operation i may use its
 * work centre's free minutes on days [L(i-1), Li], L0 = start), checked as a maximum flow. It knows
 * nothing about greedy filling.
 */
final class ScheduleOracle {

  private ScheduleOracle() {}

  /** The earliest completion day within {@code horizonDays}, or empty if none. */
  static Optional<LocalDate> earliest(
      List<PlannedOperation> ops, LocalDate start, FreeCapacity free, int horizonDays) {
    if (ops.isEmpty()) {
      return Optional.of(start);
    }
    for (int t = 0; t < horizonDays; t++) {
      int[] last = new int[ops.size()];
      last[ops.size() - 1] = t;
      if (search(ops, start, free, last, 0)) {
        return Optional.of(start.plusDays(t));
      }
    }
    return Optional.empty();
  }

  private static boolean search(
      List<PlannedOperation> ops, LocalDate start, FreeCapacity free, int[] last, int i) {
    int n = ops.size();
    if (i == n - 1) {
      return feasible(ops, start, free, last);
    }
    int lower = i == 0 ? 0 : last[i - 1];
    for (int d = lower; d <= last[n - 1]; d++) {
      last[i] = d;
      if (search(ops, start, free, last, i + 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean feasible(
      List<PlannedOperation> ops, LocalDate start, FreeCapacity free, int[] last) {
    // Nodes: 0 source, 1..n operations, then one per (work centre, day offset), then the sink.
    int n = ops.size();
    Map<String, Integer> dayNodes = new HashMap<>();
    List<long[]> edges = new ArrayList<>(); // from, to, capacity
    long demand = 0;
    for (int i = 0; i < n; i++) {
      PlannedOperation op = ops.get(i);
      edges.add(new long[] {0, i + 1, op.minutes()});
      demand += op.minutes();
      int from = i == 0 ? 0 : last[i - 1];
      for (int d = from; d <= last[i]; d++) {
        String key = op.workCentre() + "@" + d;
        Integer node = dayNodes.get(key);
        if (node == null) {
          node = n + 1 + dayNodes.size();
          dayNodes.put(key, node);
        }
        edges.add(new long[] {i + 1, node, Long.MAX_VALUE / 4});
      }
    }
    int sink = n + 1 + dayNodes.size();
    for (Map.Entry<String, Integer> e : dayNodes.entrySet()) {
      String[] parts = e.getKey().split("@");
      long cap =
          Math.max(0, free.freeMinutes(parts[0], start.plusDays(Integer.parseInt(parts[1]))));
      edges.add(new long[] {e.getValue(), sink, cap});
    }
    return maxFlow(sink + 1, edges, 0, sink) == demand;
  }

  private static long maxFlow(int nodes, List<long[]> edges, int source, int sink) {
    long[][] residual = new long[nodes][nodes];
    for (long[] e : edges) {
      residual[(int) e[0]][(int) e[1]] += e[2];
    }
    long flow = 0;
    while (true) {
      int[] parent = new int[nodes];
      java.util.Arrays.fill(parent, -1);
      parent[source] = source;
      java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
      queue.add(source);
      while (!queue.isEmpty() && parent[sink] < 0) {
        int u = queue.poll();
        for (int v = 0; v < nodes; v++) {
          if (parent[v] < 0 && residual[u][v] > 0) {
            parent[v] = u;
            queue.add(v);
          }
        }
      }
      if (parent[sink] < 0) {
        return flow;
      }
      long push = Long.MAX_VALUE;
      for (int v = sink; v != source; v = parent[v]) {
        push = Math.min(push, residual[parent[v]][v]);
      }
      for (int v = sink; v != source; v = parent[v]) {
        residual[parent[v]][v] -= push;
        residual[v][parent[v]] += push;
      }
      flow += push;
    }
  }
}
