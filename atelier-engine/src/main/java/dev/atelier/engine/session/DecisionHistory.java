package dev.atelier.engine.session;

import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A session's decisions in the order made, with the undo and redo stacks of earlier and undone
 * decision lists. Not thread-safe; one per session.
 */
final class DecisionHistory {
  private List<Decision> decisions = List.of();
  private final Deque<List<Decision>> undo = new ArrayDeque<>();
  private final Deque<List<Decision>> redo = new ArrayDeque<>();

  /** The decisions now, in the order made. */
  List<Decision> current() {
    return decisions;
  }

  /** Makes {@code next} the decisions, as one undoable step (clearing what could be redone). */
  void push(List<Decision> next) {
    undo.push(decisions);
    redo.clear();
    decisions = List.copyOf(next);
  }

  /** Goes back to the decisions before the last step; NOT_APPLICABLE when there is none. */
  Result<List<Decision>> undo() {
    if (undo.isEmpty()) {
      return Result.failed(Failure.Kind.NOT_APPLICABLE, "nothing to undo");
    }
    redo.push(decisions);
    decisions = undo.pop();
    return Result.ok(decisions);
  }

  /** Goes forward to the decisions of the last undone step; NOT_APPLICABLE when there is none. */
  Result<List<Decision>> redo() {
    if (redo.isEmpty()) {
      return Result.failed(Failure.Kind.NOT_APPLICABLE, "nothing to redo");
    }
    undo.push(decisions);
    decisions = redo.pop();
    return Result.ok(decisions);
  }

  /** {@code list} without its decision on {@code attribute}. */
  static List<Decision> without(List<Decision> list, String attribute) {
    return list.stream().filter(d -> !d.attribute().equals(attribute)).toList();
  }

  /** {@code list} with {@code d} last, in place of any decision on its attribute (a new list). */
  static List<Decision> replacing(List<Decision> list, Decision d) {
    List<Decision> next = new ArrayList<>(without(list, d.attribute()));
    next.add(d);
    return next;
  }
}
