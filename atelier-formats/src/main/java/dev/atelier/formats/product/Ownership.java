package dev.atelier.formats.product;

import java.util.List;
import java.util.Optional;

/**
 * Which department owns which attributes and rules. An attribute or rule has at most one owner (the
 * reader checks). Immutable and thread-safe.
 *
 * @param departments the departments, in file order
 */
public record Ownership(List<Department> departments) {

  /** No departments. */
  public static final Ownership NONE = new Ownership(List.of());

  public Ownership {
    departments = List.copyOf(departments);
  }

  /** The department owning attribute {@code attributeId}, if any. */
  public Optional<Department> ownerOfAttribute(String attributeId) {
    return departments.stream().filter(d -> d.attributes().contains(attributeId)).findFirst();
  }

  /** The department owning rule {@code ruleId}, if any. */
  public Optional<Department> ownerOfRule(String ruleId) {
    return departments.stream().filter(d -> d.rules().contains(ruleId)).findFirst();
  }
}
