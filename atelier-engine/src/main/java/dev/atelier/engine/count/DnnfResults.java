package dev.atelier.engine.count;

import java.util.List;

/**
 * The search's results as nodes of a {@link DecisionDnnf} ({@link DnnfNodes}): node 0 is FALSE,
 * bounded by a node count and the nodes' estimated bytes. Not thread-safe; one per compilation.
 */
final class DnnfResults implements SearchResults<Integer> {
  // The heap the nodes may take: past it the compilation gives up (a result, not an OOM).
  private static final long NODE_BYTES = Runtime.getRuntime().maxMemory() / 3;
  // A boxed node id.
  private static final long ID_BYTES = 16;

  private final DnnfNodes nodes = new DnnfNodes();
  private final int maxNodes;

  /** Nodes of a compilation that gives up past {@code maxNodes} nodes. */
  DnnfResults(int maxNodes) {
    this.maxNodes = maxNodes;
  }

  @Override
  public Integer none() {
    return 0;
  }

  @Override
  public boolean isNone(Integer r) {
    return r == 0;
  }

  @Override
  public Integer and(int[] fixed, int[] freeVars, List<Integer> parts) {
    int[] kids = new int[parts.size()];
    for (int p = 0; p < kids.length; p++) {
      kids[p] = parts.get(p);
    }
    return nodes.and(fixed, freeVars, kids);
  }

  @Override
  public Integer decision(Integer hi, Integer lo) {
    return hi == 0 ? lo : lo == 0 ? hi : nodes.decision(hi, lo);
  }

  @Override
  public Integer oneClause(int vars, boolean tautology) {
    // A chain of decisions whose AND nodes list the other variables as free: quadratic in bytes.
    return null;
  }

  @Override
  public ResultCache<Integer> cache(int[][] clauses, long maxBytes) {
    return new ComponentCache<>(clauses, maxBytes, this::bytes);
  }

  @Override
  public long bytes(Integer r) {
    return ID_BYTES;
  }

  @Override
  public boolean spent() {
    return nodes.size() > maxNodes || nodes.bytes() > NODE_BYTES;
  }

  /** The DNNF whose root is {@code root}, the last node added (or FALSE). */
  DecisionDnnf build(Integer root, int numVars) {
    return root == 0 ? DnnfNodes.unsatisfiable(numVars) : nodes.build(numVars);
  }
}
