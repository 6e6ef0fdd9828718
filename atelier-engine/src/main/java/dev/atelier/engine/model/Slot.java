package dev.atelier.engine.model;

import java.util.Objects;

/**
 * A place for {@code min..max} instances of a module in a product or module ({@code bays: {module:
 * bay, count: 1..5}}). The number of instances is itself an integer attribute named like the slot;
 * instance {@code i} (1-based) has the attributes {@code bays[i].width}, ... . Positional instances
 * are ordered (bay 1 is the leftmost; {@code next(bays)} and {@code prev(bays)} are the
 * neighbours); interchangeable ones are a multiset, each one counted and offered once. Immutable
 * and thread-safe.
 *
 * @param id slot id, also the id of its count attribute
 * @param label the count attribute's label ("Number of bays")
 * @param module the module type of every instance
 * @param min fewest instances, at least 0
 * @param max most instances, from 1 to {@link #MAX_INSTANCES}
 * @param interchangeable whether the order of instances carries no meaning
 */
public record Slot(
    String id, LocalizedText label, ModuleType module, int min, int max, boolean interchangeable) {

  /** The most instances one slot may have. */
  public static final int MAX_INSTANCES = 50;

  public Slot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(module, "module");
    if (min < 0 || max < 1 || min > max || max > MAX_INSTANCES) {
      throw new IllegalArgumentException(
          "slot " + id + " needs 0 <= min <= max, 1 <= max <= " + MAX_INSTANCES);
    }
  }

  /** The address prefix of instance {@code i} (1-based): {@code bays[2].}. */
  public String prefix(int i) {
    return id + "[" + i + "].";
  }

  /** The flat address of {@code attribute} in instance {@code i}: {@code bays[2].doors}. */
  public String address(int i, String attribute) {
    return prefix(i) + attribute;
  }

  /**
   * The name of {@code attribute} of "each instance" in a rule template ({@code bays.doors});
   * {@link Slots#perInstance} replaces it by every instance's address.
   */
  public String each(String attribute) {
    return id + "." + attribute;
  }

  /** The name of {@code attribute} of the next instance in a rule template. */
  public String next(String attribute) {
    return "next(" + id + ")." + attribute;
  }

  /** The name of {@code attribute} of the previous instance in a rule template. */
  public String prev(String attribute) {
    return "prev(" + id + ")." + attribute;
  }
}
