package dev.atelier.engine.cnf;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.IntegerAttribute;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which literal stands for which attribute value. Each value of an attribute has a literal (a
 * required boolean uses one variable for both values); exactly one holds, or none for an unset
 * optional attribute. Immutable after compilation and thread-safe.
 */
public final class VariableMap {
  private final List<Attribute> attributes;
  private final Map<String, Integer> indexById = new HashMap<>();
  private final List<Map<String, Integer>> valueIndex = new ArrayList<>();
  private final int[][] valueLits;
  private final int[] setLits;

  /**
   * A map over {@code attributes} (model order): {@code valueLits[i][j]} stands for value {@code j}
   * of attribute {@code i}, {@code setLits[i]} for "attribute {@code i} has a value". The arrays
   * are kept, not copied.
   */
  public VariableMap(List<Attribute> attributes, int[][] valueLits, int[] setLits) {
    this.attributes = List.copyOf(attributes);
    this.valueLits = valueLits;
    this.setLits = setLits;
    for (int i = 0; i < attributes.size(); i++) {
      Attribute a = attributes.get(i);
      indexById.put(a.id(), i);
      Map<String, Integer> values = new HashMap<>();
      List<String> ids = a.valueIds();
      for (int j = 0; j < ids.size(); j++) {
        values.put(ids.get(j), j);
      }
      valueIndex.add(values);
    }
  }

  /** The attributes in model order. */
  public List<Attribute> attributes() {
    return attributes;
  }

  /** The index of an attribute, or -1. */
  public int indexOf(String attribute) {
    return indexById.getOrDefault(attribute, -1);
  }

  /**
   * The index of a value within its attribute, or -1 (integers accept any spelling of a number).
   */
  public int valueIndexOf(int attribute, String value) {
    Integer j = valueIndex.get(attribute).get(value);
    if (j == null && attributes.get(attribute) instanceof IntegerAttribute ia) {
      java.util.OptionalLong n = IntegerAttribute.parse(value);
      return n.isPresent() && ia.contains(n.getAsLong())
          ? (int) ((n.getAsLong() - ia.min()) / ia.step())
          : -1;
    }
    return j == null ? -1 : j;
  }

  /** The literal of value {@code j} of attribute {@code i}. */
  public int valueLiteral(int i, int j) {
    return valueLits[i][j];
  }

  /** The literals of all values of attribute {@code i}, in model order. */
  public int[] valueLiterals(int i) {
    return valueLits[i].clone();
  }

  /** The literal meaning "attribute {@code i} has a value". */
  public int setLiteral(int i) {
    return setLits[i];
  }

  /** The literal of {@code value} of {@code attribute}. */
  public int valueLiteral(String attribute, String value) {
    int i = indexOf(attribute);
    return valueLits[i][valueIndexOf(i, value)];
  }

  /** The literal meaning {@code attribute} has a value. */
  public int setLiteral(String attribute) {
    return setLits[indexOf(attribute)];
  }
}
