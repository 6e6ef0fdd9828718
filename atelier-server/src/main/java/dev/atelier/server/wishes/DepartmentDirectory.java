package dev.atelier.server.wishes;

import dev.atelier.formats.product.Department;
import dev.atelier.formats.product.Ownership;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.catalogue.ProductFamily;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.http.Echo;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The departments of a catalogue's models, by id: a department id names one inbox across every
 * product whose model has a department of that id. Immutable and thread-safe.
 */
public final class DepartmentDirectory {

  /** Where wishes go when a model names no department. */
  public static final String UNASSIGNED = "unassigned";

  /** A department as one product version defines it. */
  public record Owner(ProductVersion product, Department department) {}

  private final Map<String, List<Owner>> byId;

  /** The departments of every version available now in {@code catalogue}. */
  public DepartmentDirectory(Catalogue catalogue) {
    Map<String, List<Owner>> map = new LinkedHashMap<>();
    for (ProductFamily family : catalogue.families()) {
      for (String version : family.versions()) {
        for (ProductVersion pv : catalogue.find(family.id(), version).stream().toList()) {
          for (Department d : pv.definition().departments().departments()) {
            map.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(new Owner(pv, d));
          }
        }
      }
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    this.byId = java.util.Collections.unmodifiableMap(map);
  }

  /** Department ids in catalogue order. */
  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  /** The definitions of department {@code id}; empty when no model has it. */
  public List<Owner> owners(String id) {
    return byId.getOrDefault(id, List.of());
  }

  /**
   * The 404 answer when {@code id} names no department: {@code owners} (its {@link #owners}) are
   * empty and it is not {@link #UNASSIGNED}.
   */
  public static Optional<Problem> unknown(String id, List<Owner> owners) {
    if (owners.isEmpty() && !id.equals(UNASSIGNED)) {
      return Optional.of(
          Problem.of(
              404,
              "unknown-department",
              "Unknown department",
              "no department " + Echo.of(id),
              "department"));
    }
    return Optional.empty();
  }

  /**
   * The department a wish about {@code attribute} (may be null) on {@code product} goes to: the
   * attribute's owner, else the model's first department, else {@link #UNASSIGNED}.
   */
  public static String routeWish(ProductVersion product, @Nullable String attribute) {
    Ownership o = product.definition().departments();
    Optional<Department> owner =
        attribute == null ? Optional.empty() : o.ownerOfAttribute(attribute);
    return owner
        .or(() -> o.departments().stream().findFirst())
        .map(Department::id)
        .orElse(UNASSIGNED);
  }

  /**
   * Whether a refusal of {@code attribute} by {@code rule} (either may be null) on {@code product}
   * belongs in {@code department}'s inbox: it owns the rule, or no department owns the rule and it
   * owns the attribute.
   */
  public static boolean owns(
      ProductVersion product, String department, String attribute, String rule) {
    Ownership o = product.definition().departments();
    Optional<Department> ruleOwner = rule == null ? Optional.empty() : o.ownerOfRule(rule);
    if (ruleOwner.isPresent()) {
      return ruleOwner.get().id().equals(department);
    }
    return attribute != null
        && o.ownerOfAttribute(attribute).map(d -> d.id().equals(department)).orElse(false);
  }
}
