package dev.atelier.engine.session;

import dev.atelier.engine.cnf.VariableMap;
import java.util.List;

/**
 * A flat numbering of everything a valid domain settles: slot {@code first(i) + j} is value {@code
 * j} of attribute {@code i}, and the slot after an attribute's values is its "unset". Each slot has
 * the literal that witnesses it (0 for the "unset" of a required attribute, which is never
 * possible). Immutable and thread-safe.
 */
final class Slots {
  private final int[] first;
  private final int[] literal;
  private final int[] attribute;

  Slots(VariableMap vars) {
    List<?> attributes = vars.attributes();
    int n = attributes.size();
    first = new int[n + 1];
    int size = 0;
    for (int i = 0; i < n; i++) {
      first[i] = size;
      size += vars.attributes().get(i).valueIds().size() + 1;
    }
    first[n] = size;
    literal = new int[size];
    attribute = new int[size];
    for (int i = 0; i < n; i++) {
      int k = first[i + 1] - first[i] - 1;
      for (int j = 0; j < k; j++) {
        literal[first[i] + j] = vars.valueLiteral(i, j);
        attribute[first[i] + j] = i;
      }
      literal[first[i] + k] = vars.attributes().get(i).optional() ? -vars.setLiteral(i) : 0;
      attribute[first[i] + k] = i;
    }
  }

  int size() {
    return literal.length;
  }

  int attributes() {
    return first.length - 1;
  }

  /** The slot of value {@code j} of attribute {@code i}. */
  int value(int i, int j) {
    return first[i] + j;
  }

  /** How many values attribute {@code i} has. */
  int values(int i) {
    return first[i + 1] - first[i] - 1;
  }

  /** The "unset" slot of attribute {@code i}. */
  int unset(int i) {
    return first[i + 1] - 1;
  }

  boolean isUnset(int slot) {
    return slot == first[attribute[slot] + 1] - 1;
  }

  int attributeOf(int slot) {
    return attribute[slot];
  }

  int literal(int slot) {
    return literal[slot];
  }
}
