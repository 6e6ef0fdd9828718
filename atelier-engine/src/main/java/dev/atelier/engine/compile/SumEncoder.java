package dev.atelier.engine.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Encodes "sum of terms <= K" as a reduced decision diagram whose nodes are gate literals (Abío et
 * al.'s interval reduction): a node is identified by its layer and the largest achievable suffix
 * sum not above its bound, so equivalent bounds share a node. Each term is a set of mutually
 * exclusive, exhaustive cases (a literal and what it contributes). Used for linear constraints and
 * cardinality. Not thread-safe; used only while compiling.
 */
final class SumEncoder {

  /** One case of a term: when {@code lit} holds, the term contributes {@code amount}. */
  record Case(int lit, long amount) {}

  /**
   * Thrown when the diagram would exceed {@link #MAX_NODES} nodes or its partial sums {@link
   * #MAX_STEPS} steps to list, and when a model would exceed {@link CnfBuilder#MAX_CLAUSES}.
   */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }

  static final int MAX_NODES = 400_000;

  /**
   * Most (partial sum, case) pairs looked at to list the partial sums of all layers: sixteen terms
   * of 1,000 values each took minutes to list before the node bound was reached.
   */
  static final long MAX_STEPS = 2_000_000;

  private final CnfBuilder cnf;
  private final List<List<Case>> terms;
  private final List<long[]> suffixSums = new ArrayList<>();
  private final List<Map<Long, Integer>> nodes = new ArrayList<>();
  private int[] lastPrefix;
  private int created;

  SumEncoder(CnfBuilder cnf, List<List<Case>> unordered) {
    this.cnf = cnf;
    this.terms = new ArrayList<>(unordered);
    // Large terms last: the last layer is answered by a prefix chain instead of one node per bound.
    this.terms.sort((a, b) -> Integer.compare(a.size(), b.size()));
    long total = 1;
    long steps = 0;
    TreeSet<Long> sums = new TreeSet<>(List.of(0L));
    long[][] suffix = new long[terms.size() + 1][];
    suffix[terms.size()] = new long[] {0};
    for (int i = terms.size() - 1; i >= 0; i--) {
      cnf.checkDeadline();
      steps += (long) sums.size() * terms.get(i).size();
      if (steps > MAX_STEPS) {
        throw new TooLarge("the sum has too many partial sums to list (over " + MAX_STEPS + ")");
      }
      TreeSet<Long> next = new TreeSet<>();
      for (Case c : terms.get(i)) {
        for (long s : sums) {
          next.add(s + c.amount());
        }
      }
      total += next.size();
      if (total > MAX_NODES) {
        throw new TooLarge("the sum has more than " + MAX_NODES + " distinct partial sums");
      }
      sums = next;
      suffix[i] = sums.stream().mapToLong(Long::longValue).toArray();
    }
    for (long[] s : suffix) {
      suffixSums.add(s);
      nodes.add(new HashMap<>());
    }
  }

  /** A literal equivalent to "sum <= bound". */
  int atMost(long bound) {
    return node(0, bound);
  }

  /**
   * Adds the implied clauses "sum <= b implies sum <= b'" between the nodes of each layer with
   * consecutive bounds b < b'. No model changes; a compiler that branches on a layer's nodes (a
   * separator of the chain) then meets only the ordered assignments, one per achievable total.
   */
  void addOrderClauses() {
    for (Map<Long, Integer> layer : nodes) {
      int below = 0;
      for (Map.Entry<Long, Integer> e : new TreeMap<>(layer).entrySet()) {
        int lit = e.getValue();
        if (cnf.isTrue(lit) || cnf.isFalse(lit)) {
          continue;
        }
        if (below != 0 && below != lit) {
          cnf.addDefinition(-below, lit);
        }
        below = lit;
      }
    }
  }

  private int node(int layer, long bound) {
    long[] sums = suffixSums.get(layer);
    if (bound >= sums[sums.length - 1]) {
      return cnf.trueLit();
    }
    if (bound < sums[0]) {
      return -cnf.trueLit();
    }
    long key = floor(sums, bound);
    Integer cached = nodes.get(layer).get(key);
    if (cached != null) {
      return cached;
    }
    if (++created > MAX_NODES) {
      throw new TooLarge("the sum needs more than " + MAX_NODES + " diagram nodes");
    }
    int lit = layer == terms.size() - 1 ? lastLayer(key) : innerLayer(layer, key);
    nodes.get(layer).put(key, lit);
    return lit;
  }

  /**
   * The node "terms from {@code layer} on sum to at most {@code bound}": as exactly one case of the
   * layer's term holds, it equals the child of that case, which two clauses per case define without
   * auxiliary variables ("case and node imply child", "case and child imply node").
   */
  private int innerLayer(int layer, long bound) {
    Map<Integer, List<Integer>> casesByChild = new LinkedHashMap<>();
    for (Case c : terms.get(layer)) {
      int child = node(layer + 1, bound - c.amount());
      casesByChild.computeIfAbsent(child, k -> new ArrayList<>()).add(c.lit());
    }
    if (casesByChild.size() == 1) {
      return casesByChild.keySet().iterator().next();
    }
    int node = cnf.newVar();
    for (Map.Entry<Integer, List<Integer>> e : casesByChild.entrySet()) {
      int child = e.getKey();
      for (int lit : e.getValue()) {
        cnf.addDefinition(-node, -lit, child);
        cnf.addDefinition(node, -lit, -child);
      }
    }
    return node;
  }

  private int lastLayer(long bound) {
    List<Case> cases = terms.get(terms.size() - 1);
    if (lastPrefix == null) {
      List<Case> sorted = new ArrayList<>(cases);
      sorted.sort((a, b) -> Long.compare(a.amount(), b.amount()));
      lastPrefix = new int[sorted.size()];
      int acc = -cnf.trueLit();
      for (int i = 0; i < sorted.size(); i++) {
        acc = cnf.or(acc, sorted.get(i).lit());
        lastPrefix[i] = acc;
      }
      terms.set(terms.size() - 1, sorted);
    }
    List<Case> sorted = terms.get(terms.size() - 1);
    int t = -1;
    for (int i = 0; i < sorted.size() && sorted.get(i).amount() <= bound; i++) {
      t = i;
    }
    return t < 0 ? -cnf.trueLit() : lastPrefix[t];
  }

  private static long floor(long[] sorted, long bound) {
    int lo = 0;
    int hi = sorted.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (sorted[mid] <= bound) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return sorted[lo];
  }
}
