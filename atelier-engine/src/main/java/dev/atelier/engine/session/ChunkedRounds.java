package dev.atelier.engine.session;

import dev.atelier.engine.result.Deadline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.logicng.datastructures.Tristate;

/**
 * Core-based chunked rounds (Janota, Lynce and Marques-Silva, "Algorithms for computing backbones",
 * and the chunking of Cambelo et al.): instead of one "some open value holds" clause per round, the
 * solver is asked for the decisions plus a chunk of open literals as assumptions (at most one per
 * variable). Satisfiable: the model witnesses the whole chunk and whatever else it holds.
 * Unsatisfiable: the final conflict names the assumptions involved; when it holds one chunk literal
 * only (or the chunk is one literal), the decisions refuse that literal, without a call of its own;
 * otherwise the named literals cannot hold together, so all but one leave the chunk and the call is
 * repeated. Literals refused so far are assumed negated in later calls of the computation. The
 * chunk size grows after a satisfiable first call and shrinks after a conflict between chunk
 * literals. With an {@link ImplicationGraph}, the chunk is filled highest first: the literals that
 * start the longest binary implication chains (a deep feature forces its menus) go in before the
 * literals they force, so a chunk of compatible literals covers more of the open set and fewer
 * rounds are needed (session 13: on gen kconfig 40,000 20-40 % fewer, but each cost more; session
 * 16, after the later changes: faster on every model measured, so the default; {@code
 * -Datelier.chunks.order=slot} restores slot order); {@code -Datelier.chunks.order=reach} orders by
 * the estimated number of literals each implies instead ({@link ImplicationGraph#reach}). Filling a
 * chunk is a greedy colouring of the open values under "unit propagation clashes", and the literals
 * with the widest implications first take fewer colours, i.e. rounds. Not thread-safe; one per
 * session.
 */
final class ChunkedRounds {
  // -Datelier.chunks=old: the "some open value holds" rounds of before (old-vs-new from one jar).
  static final boolean ON = !"old".equals(System.getProperty("atelier.chunks"));
  // -Datelier.chunks.order=slot: chunks filled in slot order, the path of before session 16
  // (old-vs-new from one jar; see docs/performance.md, sessions 13 and 16).
  private static final String ORDER = System.getProperty("atelier.chunks.order", "height");
  static final boolean HIGHEST_FIRST = "height".equals(ORDER);
  // -Datelier.chunks.order=reach: chunks filled widest first, by ImplicationGraph#reach (measured
  // against height in session 16: fewer rounds than slot order, but not better than height).
  static final boolean WIDEST_FIRST = "reach".equals(ORDER);
  // -Datelier.sat.rounds=old: every open literal outside the chunk is decided first in the call,
  // also those unit propagation already showed to conflict with the chunk (old-vs-new, one jar).
  static final boolean LEAN_REST = !"old".equals(System.getProperty("atelier.sat.rounds"));
  private static final int FIRST_CHUNK = 32;
  private static final int MAX_CHUNK = 4096;

  private final SatSolver solver;
  private final ImplicationGraph graph;
  private final GuidedCompletion completion;
  private int chunkSize = FIRST_CHUNK;
  private final List<Integer> refused = new ArrayList<>();

  /**
   * Rounds on {@code solver}; with {@code graph} (may be null), chunks are filled highest first;
   * with {@code completion} (may be null), a chunk chosen through unit propagation is first
   * completed from the base model, and the solver is called only when that gives up.
   */
  ChunkedRounds(SatSolver solver, ImplicationGraph graph, GuidedCompletion completion) {
    this.solver = solver;
    this.graph = graph;
    this.completion = completion;
  }

  /** A new computation starts: refusals learned under other decisions no longer hold. */
  void begin() {
    refused.clear();
  }

  /**
   * One round under the (consistent) decisions {@code lits}: settles at least one open literal
   * (every literal of the final chunk, when the call is satisfiable). UNDEF when the deadline
   * passed, TRUE otherwise.
   */
  Tristate round(int[] lits, OpenValues open, UnitPropagation up, Deadline deadline) {
    long t0 = SatTrace.now();
    List<Integer> all = open.literals();
    List<Integer> clashing = new ArrayList<>();
    int start = up == null ? 0 : up.trailSize();
    List<Integer> chunk =
        up == null ? choose(all) : chooseCompatible(highestFirst(all), up, open, clashing);
    SatTrace.chunkNanos += SatTrace.now() - t0;
    if (SatTrace.ON && up != null) {
      System.err.printf(
          "atelier.sat.round open %d chunk %d clashing %d trail %d us %d%n",
          all.size(),
          chunk.size(),
          clashing.size(),
          up.trailSize() - start,
          (SatTrace.now() - t0) / 1000);
    }
    boolean[] completed = up == null ? null : completeChunk(chunk, up, open);
    if (up != null) {
      up.undoTo(start);
    }
    if (completed != null) {
      long t1 = SatTrace.now();
      open.witness(completed);
      SatTrace.witnessNanos += SatTrace.now() - t1;
      chunkSize = Math.min(MAX_CHUNK, 2 * chunkSize);
      return Tristate.TRUE;
    }
    if (chunk.isEmpty()) {
      return Tristate.TRUE;
    }
    List<Integer> rest = new ArrayList<>(all);
    rest.removeAll(new HashSet<>(chunk));
    if (LEAN_REST) {
      // A literal whose propagation conflicts with part of the chunk conflicts with all of it
      // (propagation is monotone): deciding it first would only cost the solver a conflict.
      rest.removeAll(new HashSet<>(clashing));
    }
    boolean conflicted = false;
    while (!chunk.isEmpty()) {
      solver.decideFirst(rest);
      Tristate t = solver.solve(assumptions(lits, chunk), deadline);
      solver.decideFirst(List.of());
      if (t == Tristate.UNDEF) {
        return t;
      }
      if (t == Tristate.TRUE) {
        long t1 = SatTrace.now();
        open.witness();
        SatTrace.witnessNanos += SatTrace.now() - t1;
        if (!conflicted) {
          chunkSize = Math.min(MAX_CHUNK, 2 * chunkSize);
        }
        return Tristate.TRUE;
      }
      List<Integer> core = inChunk(solver.failedAssumptions(), chunk);
      if (chunk.size() == 1 || core.size() == 1) {
        int lit = chunk.size() == 1 ? chunk.get(0) : core.get(0);
        open.refuse(lit);
        refused.add(-lit);
        chunk.remove(Integer.valueOf(lit));
      } else if (core.isEmpty()) {
        // No chunk literal named (not expected once the decisions are consistent): halve.
        chunk = new ArrayList<>(chunk.subList(0, chunk.size() / 2));
      } else {
        conflicted = true;
        chunkSize = Math.max(1, chunkSize / 2);
        chunk.removeAll(new HashSet<>(core.subList(1, core.size())));
      }
    }
    return Tristate.TRUE;
  }

  /** Up to the chunk size of open literals, at most one per variable, in the given order. */
  private List<Integer> choose(List<Integer> open) {
    List<Integer> chunk = new ArrayList<>();
    Set<Integer> vars = new HashSet<>();
    for (int lit : open) {
      if (chunk.size() == chunkSize) {
        break;
      }
      if (lit != 0 && vars.add(Math.abs(lit))) {
        chunk.add(lit);
      }
    }
    return chunk;
  }

  /**
   * With a completion, the model completed from the base in which the chunk's propagation {@code
   * up} holds (it witnesses the whole chunk), or null.
   */
  private boolean[] completeChunk(List<Integer> chunk, UnitPropagation up, OpenValues open) {
    boolean[] base = completion == null || chunk.isEmpty() ? null : open.base();
    if (base == null) {
      return null;
    }
    long t0 = SatTrace.now();
    boolean[] model = completion.complete(up, base);
    SatTrace.completeNanos += SatTrace.now() - t0;
    SatTrace.completeTries++;
    if (model != null) {
      SatTrace.completed++;
    }
    return model;
  }

  /**
   * Like {@link #choose}, but each literal is propagated on top of the decisions' propagation
   * {@code up} and the chunk so far, and left out when that conflicts: the chunk holds no conflict
   * unit propagation sees. A literal that conflicts with the decisions alone (the chunk still
   * empty) is refused; the others left out go to {@code clashing}. The chunk's propagation stays on
   * {@code up}'s trail (the caller undoes it).
   */
  private List<Integer> chooseCompatible(
      List<Integer> open, UnitPropagation up, OpenValues answers, List<Integer> clashing) {
    List<Integer> chunk = new ArrayList<>();
    for (int lit : open) {
      if (chunk.size() == chunkSize) {
        break;
      }
      if (lit == 0) {
        continue;
      }
      if (up.isFalse(lit) && !chunk.isEmpty()) {
        clashing.add(lit);
        continue;
      }
      SatTrace.chunkProbes++;
      int before = up.trailSize();
      int mark = up.isTrue(lit) ? 0 : up.probe(lit, Integer.MAX_VALUE);
      if (mark == -1 && chunk.isEmpty()) {
        answers.refuse(lit);
        refused.add(-lit);
      } else if (mark != -1) {
        SatTrace.chunkLiterals += up.trailSize() - before;
        chunk.add(lit);
      } else {
        SatTrace.chunkClashes++;
        SatTrace.clashLiterals += up.failedCone();
        clashing.add(lit);
      }
    }
    return chunk;
  }

  /**
   * {@code open} by descending {@link ImplicationGraph#height} (or {@link ImplicationGraph#reach}
   * with {@link #WIDEST_FIRST}), ties in the given order.
   */
  private List<Integer> highestFirst(List<Integer> open) {
    if (graph == null) {
      return open;
    }
    long[] keys = new long[open.size()];
    for (int k = 0; k < keys.length; k++) {
      int lit = open.get(k);
      int key = lit == 0 ? 0 : WIDEST_FIRST ? graph.reach(lit) : graph.height(lit);
      keys[k] = (long) (Integer.MAX_VALUE - key) << 32 | k;
    }
    Arrays.sort(keys);
    List<Integer> out = new ArrayList<>(keys.length);
    for (long key : keys) {
      out.add(open.get((int) key));
    }
    return out;
  }

  private int[] assumptions(int[] lits, List<Integer> chunk) {
    int[] out = new int[lits.length + refused.size() + chunk.size()];
    System.arraycopy(lits, 0, out, 0, lits.length);
    int k = lits.length;
    for (int lit : refused) {
      out[k++] = lit;
    }
    for (int lit : chunk) {
      out[k++] = lit;
    }
    return out;
  }

  private static List<Integer> inChunk(int[] failed, List<Integer> chunk) {
    Set<Integer> members = new HashSet<>(chunk);
    Set<Integer> out = new LinkedHashSet<>();
    for (int lit : failed) {
      if (members.contains(lit)) {
        out.add(lit);
      }
    }
    return new ArrayList<>(out);
  }
}
