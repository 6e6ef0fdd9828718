package dev.atelier.engine.oracle;

import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.RepairStep;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link ModelRun}'s session should have: its decisions in the order they were made, with
 * the run's own undo and redo stacks (one entry per step that changes the decisions), and the trace
 * of what the run did, for its failure messages. Not thread-safe.
 */
final class ExpectedDecisions {
  private final List<String> trace = new ArrayList<>();
  private Map<String, String> state = new LinkedHashMap<>();
  private final Deque<Map<String, String>> undoStack = new ArrayDeque<>();
  private final Deque<Map<String, String>> redoStack = new ArrayDeque<>();

  /** Adds {@code what} to the trace. */
  void note(String what) {
    trace.add(what);
  }

  /** What the run did so far. */
  List<String> trace() {
    return trace;
  }

  /** The decided attributes, in the order of their decisions. */
  List<String> attributes() {
    return new ArrayList<>(state.keySet());
  }

  boolean isDecided(String attribute) {
    return state.containsKey(attribute);
  }

  /** The decided value of {@code attribute}, or null. */
  String decided(String attribute) {
    return state.get(attribute);
  }

  int size() {
    return state.size();
  }

  /** The decisions, in the order they were made. */
  List<Decision> decisions() {
    List<Decision> list = new ArrayList<>();
    state.forEach((a, v) -> list.add(new Decision(a, v)));
    return list;
  }

  /** One step: {@code attribute} decided (or re-decided, then it moves last) as {@code value}. */
  void decide(String attribute, String value) {
    push();
    put(attribute, value);
  }

  /** One step: {@code attribute}'s decision retracted. */
  void retract(String attribute) {
    push();
    state.remove(attribute);
  }

  /** One step: every decision of {@code repair} applied. */
  void repaired(List<RepairStep> repair) {
    push();
    for (RepairStep s : repair) {
      put(s.attribute(), s.newValue());
    }
  }

  boolean canUndo() {
    return !undoStack.isEmpty();
  }

  /** Goes back one step; only when {@link #canUndo}. */
  void undone() {
    redoStack.push(state);
    state = undoStack.pop();
  }

  boolean canRedo() {
    return !redoStack.isEmpty();
  }

  /** Goes forward one undone step; only when {@link #canRedo}. */
  void redone() {
    undoStack.push(state);
    state = redoStack.pop();
  }

  private void put(String attribute, String value) {
    state.remove(attribute);
    state.put(attribute, value);
  }

  private void push() {
    undoStack.push(new LinkedHashMap<>(state));
    redoStack.clear();
    state = new LinkedHashMap<>(state);
  }
}
