package dev.atelier.engine.count;

import dev.atelier.engine.result.Deadline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Compiles a CNF into a {@link DecisionDnnf} by exhaustive DPLL with unit propagation, splitting
 * into independent components and caching each component's node (the trace of a component-caching
 * model counter). Gives up when the deadline passes or the node budget is spent. Not thread-safe;
 * one compilation per instance.
 */
public final class DnnfCompiler {
  private final int numVars;
  private final int[][] clauses;
  private final int[][] occurrences; // by DecisionDnnf.index(lit): the clauses containing lit
  private final int[][] varClauses; // by variable: the clauses mentioning it
  private final byte[] value; // +1 true, -1 false, 0 unassigned
  private final int[] satCount;
  private final int[] falseCount;
  private final int[] trail;
  private int trailSize;
  private int processed;
  private final int[] clauseMark;
  private final int[] varMark;
  private int mark;
  private final int[] occurrenceCount;
  private final Map<ComponentKey, Integer> cache = new HashMap<>();
  private final DnnfNodes nodes = new DnnfNodes();
  private final Deadline deadline;
  private final BooleanSupplier stop;
  private final int maxNodes;
  private int steps;

  private DnnfCompiler(
      int numVars, int[][] clauses, Deadline deadline, int maxNodes, BooleanSupplier stop) {
    this.stop = stop;
    this.numVars = numVars;
    this.clauses = clauses;
    this.deadline = deadline;
    this.maxNodes = maxNodes;
    int[] counts = new int[2 * numVars + 2];
    int[] varCounts = new int[numVars + 1];
    for (int[] clause : clauses) {
      for (int lit : clause) {
        counts[DecisionDnnf.index(lit)]++;
        varCounts[Math.abs(lit)]++;
      }
    }
    occurrences = new int[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      occurrences[i] = new int[counts[i]];
    }
    varClauses = new int[numVars + 1][];
    for (int v = 0; v <= numVars; v++) {
      varClauses[v] = new int[varCounts[v]];
    }
    int[] fill = new int[counts.length];
    int[] varFill = new int[numVars + 1];
    for (int k = 0; k < clauses.length; k++) {
      for (int lit : clauses[k]) {
        int i = DecisionDnnf.index(lit);
        occurrences[i][fill[i]++] = k;
        int v = Math.abs(lit);
        varClauses[v][varFill[v]++] = k;
      }
    }
    value = new byte[numVars + 1];
    satCount = new int[clauses.length];
    falseCount = new int[clauses.length];
    trail = new int[numVars + 1];
    clauseMark = new int[clauses.length];
    varMark = new int[numVars + 1];
    occurrenceCount = new int[numVars + 1];
  }

  /**
   * Compiles {@code clauses} (over variables 1..numVars) conditioned on {@code units}; empty when
   * the deadline passes or more than {@code maxNodes} nodes would be needed. Needs a deep stack
   * (recursion depth up to the number of variables).
   */
  public static Optional<DecisionDnnf> compile(
      int numVars, int[][] clauses, int[] units, Deadline deadline, int maxNodes) {
    return compile(numVars, clauses, units, deadline, maxNodes, () -> false);
  }

  /** As {@link #compile(int, int[][], int[], Deadline, int)}, also giving up once {@code stop}. */
  public static Optional<DecisionDnnf> compile(
      int numVars,
      int[][] clauses,
      int[] units,
      Deadline deadline,
      int maxNodes,
      BooleanSupplier stop) {
    DnnfCompiler c = new DnnfCompiler(numVars, clauses, deadline, maxNodes, stop);
    try {
      return Optional.of(c.compileRoot(units));
    } catch (BudgetSpent e) {
      return Optional.empty();
    }
  }

  private DecisionDnnf compileRoot(int[] units) {
    boolean ok = true;
    for (int lit : units) {
      ok = ok && enqueue(lit);
    }
    for (int[] clause : clauses) {
      if (clause.length == 0) {
        ok = false;
      } else if (clause.length == 1) {
        ok = ok && enqueue(clause[0]);
      }
    }
    ok = ok && propagate();
    int[] all = new int[clauses.length];
    for (int k = 0; k < all.length; k++) {
      all[k] = k;
    }
    int root = ok ? branchBody(all, allVars(), 0) : 0;
    return root == 0 ? DnnfNodes.unsatisfiable(numVars) : nodes.build(numVars);
  }

  private int[] allVars() {
    int[] vars = new int[numVars];
    for (int v = 1; v <= numVars; v++) {
      vars[v - 1] = v;
    }
    return vars;
  }

  /**
   * After the assignments from trail position {@code from} on: an AND node of those literals, the
   * variables of {@code vars} that became free, and the remaining components of {@code comp}.
   */
  private int branchBody(int[] comp, int[] vars, int from) {
    int[] fixed = Arrays.copyOfRange(trail, from, trailSize);
    List<int[][]> parts = components(comp);
    mark++;
    for (int[][] part : parts) {
      for (int v : part[1]) {
        varMark[v] = mark;
      }
    }
    int freeCount = 0;
    int[] freeVars = new int[vars.length];
    for (int v : vars) {
      if (value[v] == 0 && varMark[v] != mark) {
        freeVars[freeCount++] = v;
      }
    }
    int[] kids = new int[parts.size()];
    for (int p = 0; p < kids.length; p++) {
      kids[p] = compileComponent(parts.get(p)[0], parts.get(p)[1]);
      if (kids[p] == 0) {
        return 0;
      }
    }
    return nodes.and(fixed, Arrays.copyOf(freeVars, freeCount), kids);
  }

  private int compileComponent(int[] comp, int[] vars) {
    ComponentKey key = new ComponentKey(comp, vars);
    Integer cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    if (nodes.size() > maxNodes
        || (++steps & 255) == 0 && (deadline.expired() || stop.getAsBoolean())) {
      throw new BudgetSpent();
    }
    int v = pickVariable(comp);
    int hi = branch(comp, vars, v);
    int lo = branch(comp, vars, -v);
    int node = hi == 0 ? lo : lo == 0 ? hi : nodes.decision(hi, lo);
    cache.put(key, node);
    return node;
  }

  private int branch(int[] comp, int[] vars, int lit) {
    int from = trailSize;
    int node = enqueue(lit) && propagate() ? branchBody(comp, vars, from) : 0;
    undo(from);
    return node;
  }

  private int pickVariable(int[] comp) {
    int best = 0;
    int bestCount = -1;
    for (int k : comp) {
      for (int lit : clauses[k]) {
        int v = Math.abs(lit);
        if (value[v] == 0) {
          occurrenceCount[v]++;
        }
      }
    }
    for (int k : comp) {
      for (int lit : clauses[k]) {
        int v = Math.abs(lit);
        if (value[v] == 0 && occurrenceCount[v] > bestCount) {
          bestCount = occurrenceCount[v];
          best = v;
        }
      }
    }
    for (int k : comp) {
      for (int lit : clauses[k]) {
        occurrenceCount[Math.abs(lit)] = 0;
      }
    }
    return best;
  }

  /** The unsatisfied clauses of {@code comp} split into connected components: {clauses, vars}. */
  private List<int[][]> components(int[] comp) {
    mark++;
    int open = 0;
    for (int k : comp) {
      if (satCount[k] == 0) {
        clauseMark[k] = mark;
        open++;
      }
    }
    List<int[][]> parts = new ArrayList<>();
    if (open == 0) {
      return parts;
    }
    int done = mark + 1;
    mark = done;
    int[] queue = new int[open];
    for (int start : comp) {
      if (clauseMark[start] != done - 1) {
        continue;
      }
      int head = 0;
      int tail = 0;
      queue[tail++] = start;
      clauseMark[start] = done;
      List<Integer> partVars = new ArrayList<>();
      while (head < tail) {
        int k = queue[head++];
        for (int lit : clauses[k]) {
          int v = Math.abs(lit);
          if (value[v] != 0 || varMark[v] == done) {
            continue;
          }
          varMark[v] = done;
          partVars.add(v);
          for (int other : varClauses[v]) {
            if (clauseMark[other] == done - 1) {
              clauseMark[other] = done;
              queue[tail++] = other;
            }
          }
        }
      }
      int[] partClauses = Arrays.copyOf(queue, tail);
      Arrays.sort(partClauses);
      int[] vs = partVars.stream().mapToInt(Integer::intValue).sorted().toArray();
      parts.add(new int[][] {partClauses, vs});
    }
    return parts;
  }

  private boolean enqueue(int lit) {
    int v = Math.abs(lit);
    byte sign = (byte) (lit > 0 ? 1 : -1);
    if (value[v] != 0) {
      return value[v] == sign;
    }
    value[v] = sign;
    trail[trailSize++] = lit;
    return true;
  }

  /** Unit propagation with per-clause counters; false on a conflict. */
  private boolean propagate() {
    boolean ok = true;
    while (ok && processed < trailSize) {
      int lit = trail[processed++];
      for (int k : occurrences[DecisionDnnf.index(lit)]) {
        satCount[k]++;
      }
      // Finish the counters of this literal even after a conflict, so that undo is exact.
      for (int k : occurrences[DecisionDnnf.index(-lit)]) {
        falseCount[k]++;
        if (ok && satCount[k] == 0 && falseCount[k] >= clauses[k].length - 1) {
          ok = unit(k);
        }
      }
    }
    return ok;
  }

  private boolean unit(int k) {
    for (int l : clauses[k]) {
      int v = Math.abs(l);
      if (value[v] == 0) {
        return enqueue(l);
      }
      if (value[v] == (l > 0 ? 1 : -1)) {
        return true;
      }
    }
    return false;
  }

  private void undo(int to) {
    while (trailSize > to) {
      int lit = trail[--trailSize];
      if (trailSize < processed) {
        for (int k : occurrences[DecisionDnnf.index(lit)]) {
          satCount[k]--;
        }
        for (int k : occurrences[DecisionDnnf.index(-lit)]) {
          falseCount[k]--;
        }
      }
      value[Math.abs(lit)] = 0;
    }
    processed = Math.min(processed, to);
  }

  /** A component: its open clauses and unassigned variables, both sorted. */
  private record ComponentKey(int[] clauses, int[] vars) {
    @Override
    public boolean equals(Object o) {
      return o instanceof ComponentKey k
          && Arrays.equals(clauses, k.clauses)
          && Arrays.equals(vars, k.vars);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(clauses) + Arrays.hashCode(vars);
    }

    @Override
    public String toString() {
      return "component of " + clauses.length + " clauses";
    }
  }

  private static final class BudgetSpent extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BudgetSpent() {
      super(null, null, false, false);
    }
  }
}
