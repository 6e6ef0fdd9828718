package dev.atelier.server.design;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.session.Decision;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds, removes, duplicates and reorders the instances of a module slot in a design: a decision on
 * the slot's count plus a re-mapping of the instance decisions ({@code bays[3].doors} becomes
 * {@code bays[2].doors} when bay 2 is removed). Pure; the engine checks the result. Thread-safe.
 */
final class InstanceMoves {

  /** What to do with the instances of a slot. */
  enum Action {
    ADD,
    REMOVE,
    DUPLICATE,
    MOVE
  }

  private InstanceMoves() {}

  /**
   * The count attribute of slot {@code slot} in {@code model}: an integer attribute named like the
   * slot whose instances are addressed {@code slot[i].x}; empty when {@code slot} is none.
   */
  static Optional<IntegerAttribute> countOf(ProductModel model, String slot) {
    Optional<Attribute> a = model.attribute(slot);
    if (a.isEmpty() || !(a.get() instanceof IntegerAttribute count)) {
      return Optional.empty();
    }
    String prefix = slot + "[1].";
    return model.attributes().stream().anyMatch(x -> x.id().startsWith(prefix))
        ? Optional.of(count)
        : Optional.empty();
  }

  /**
   * The number of instances the design has now: the decided count, else the highest instance with a
   * decision (at least the slot's minimum).
   */
  static int current(ResolvedDesign d, IntegerAttribute count) {
    Optional<String> decided = d.decided(count.id()).filter(v -> !v.equals(Decision.UNSET));
    if (decided.isPresent()) {
      return Integer.parseInt(decided.get());
    }
    int highest = (int) count.min();
    for (Decision x : d.decisions()) {
      int i = instance(count.id(), x.attribute());
      highest = Math.max(highest, i);
    }
    return highest;
  }

  /**
   * The decisions after {@code action} on instance {@code i} (1-based; for MOVE, to position {@code
   * to}); the count is decided. The caller checks i, to and the count's range.
   */
  static List<Decision> apply(ResolvedDesign d, String slot, int n, Action action, int i, int to) {
    int[] from; // new position (1-based) -> old position, 0 for a new, undecided instance
    int size =
        switch (action) {
          case ADD, DUPLICATE -> n + 1;
          case REMOVE -> n - 1;
          case MOVE -> n;
        };
    from = new int[size + 1];
    List<Integer> order = new ArrayList<>();
    for (int k = 1; k <= n; k++) {
      order.add(k);
    }
    switch (action) {
      case ADD -> order.add(0);
      case REMOVE -> order.remove(Integer.valueOf(i));
      case DUPLICATE -> order.add(i, i);
      case MOVE -> order.add(to - 1, order.remove(i - 1));
      default -> throw new IllegalStateException("unknown action " + action);
    }
    for (int k = 0; k < size; k++) {
      from[k + 1] = order.get(k);
    }
    List<Decision> out = new ArrayList<>();
    for (Decision x : d.decisions()) {
      if (instance(slot, x.attribute()) == 0 && !x.attribute().equals(slot)) {
        out.add(x);
      }
    }
    for (int k = 1; k <= size; k++) {
      String prefix = slot + "[" + from[k] + "].";
      for (Decision x : d.decisions()) {
        if (from[k] > 0 && x.attribute().startsWith(prefix)) {
          out.add(
              new Decision(
                  slot + "[" + k + "]." + x.attribute().substring(prefix.length()), x.value()));
        }
      }
    }
    out.add(new Decision(slot, Integer.toString(size)));
    return out;
  }

  private static final Pattern INSTANCE = Pattern.compile("^(.+?)\\[(\\d+)\\]\\.");

  /** The instance number of {@code attribute} in {@code slot}, 0 when it is none of its. */
  static int instance(String slot, String attribute) {
    Matcher m = INSTANCE.matcher(attribute);
    if (!m.find() || !m.group(1).equals(slot) || m.group(2).length() > 3) {
      return 0;
    }
    return Integer.parseInt(m.group(2));
  }
}
