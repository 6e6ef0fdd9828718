package dev.atelier.engine.oracle;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Component;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.Evaluator;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.Preference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The reference answers for a small model, computed without the solver: enumerates every complete
 * assignment (each required attribute one of its value ids, each optional one a value id or unset),
 * keeps those in which every constraint's formula holds per {@link Evaluator}, and answers the
 * session's questions by filtering that list. Immutable after construction.
 */
public final class BruteForceOracle {

  /** The valid domain of one attribute: offered values (model order) and whether unset extends. */
  public record Domain(List<String> offered, boolean unsetPossible) {}

  private final ProductModel model;
  private final Evaluator evaluator;
  private final List<Configuration> all = new ArrayList<>();
  private final List<Configuration> valid = new ArrayList<>();

  /** Enumerates {@code model}; its space must be small (a few thousand assignments). */
  public BruteForceOracle(ProductModel model) {
    this.model = model;
    this.evaluator = new Evaluator(model);
    enumerate(0, new LinkedHashMap<>());
    for (Configuration c : all) {
      if (violated(c).isEmpty()) {
        valid.add(c);
      }
    }
  }

  private void enumerate(int index, Map<String, String> partial) {
    if (index == model.attributes().size()) {
      all.add(new Configuration(partial));
      return;
    }
    Attribute a = model.attributes().get(index);
    for (String v : a.valueIds()) {
      partial.put(a.id(), v);
      enumerate(index + 1, partial);
      partial.remove(a.id());
    }
    if (a.optional()) {
      enumerate(index + 1, partial);
    }
  }

  /** The model. */
  public ProductModel model() {
    return model;
  }

  /** Every complete assignment, valid or not. */
  public List<Configuration> all() {
    return List.copyOf(all);
  }

  /** The valid complete configurations. */
  public List<Configuration> valid() {
    return List.copyOf(valid);
  }

  /** Ids of the constraints whose formula is false in {@code c}, in model order. */
  public Set<String> violated(Configuration c) {
    Set<String> ids = new LinkedHashSet<>();
    for (Constraint k : model.constraints()) {
      if (!evaluator.holds(k.formula(), c)) {
        ids.add(k.id());
      }
    }
    return ids;
  }

  /** Whether {@code c} is complete, uses only legal values, and satisfies every constraint. */
  public boolean isValid(Configuration c) {
    for (Attribute a : model.attributes()) {
      String v = c.values().get(a.id());
      if (v == null ? !a.optional() : !a.valueIds().contains(v)) {
        return false;
      }
    }
    return c.values().keySet().stream().allMatch(k -> model.attribute(k).isPresent())
        && violated(c).isEmpty();
  }

  /** Base + selected values + included components, computed directly. */
  public long price(Configuration c) {
    long total = model.basePrice();
    for (Attribute a : model.attributes()) {
      String v = c.values().get(a.id());
      if (v != null) {
        total += a.priceOf(v);
      }
    }
    for (Component comp : model.components()) {
      if (evaluator.holds(comp.condition(), c)) {
        total += comp.linePrice();
      }
    }
    return total;
  }

  /** Total weight of the preferences that do not hold in {@code c}. */
  public long penalty(Configuration c, List<Preference> preferences) {
    long sum = 0;
    for (Preference p : preferences) {
      if (!evaluator.holds(p.condition(), c)) {
        sum += p.weight();
      }
    }
    return sum;
  }

  /** Whether {@code c} has every decision ({@link Decision#UNSET}: attribute absent). */
  public static boolean matches(Configuration c, Collection<Decision> decisions) {
    for (Decision d : decisions) {
      String v = c.values().get(d.attribute());
      if (d.isUnset() ? v != null : !d.value().equals(v)) {
        return false;
      }
    }
    return true;
  }

  /** The valid configurations that extend {@code decisions}. */
  public List<Configuration> extending(Collection<Decision> decisions) {
    return valid.stream().filter(c -> matches(c, decisions)).toList();
  }

  /** Number of valid configurations extending {@code decisions}. */
  public long count(Collection<Decision> decisions) {
    return valid.stream().filter(c -> matches(c, decisions)).count();
  }

  /** Whether some valid configuration extends {@code decisions}. */
  public boolean consistent(Collection<Decision> decisions) {
    return valid.stream().anyMatch(c -> matches(c, decisions));
  }

  /** Whether some valid configuration extends {@code decisions} and {@code extra}. */
  public boolean consistent(Collection<Decision> decisions, Decision extra) {
    List<Decision> all2 = new ArrayList<>(decisions);
    all2.add(extra);
    return consistent(all2);
  }

  /** Valid domains of every attribute under {@code decisions}, in model order. */
  public Map<String, Domain> domains(Collection<Decision> decisions) {
    Map<String, Set<String>> seen = new LinkedHashMap<>();
    Map<String, Boolean> unset = new LinkedHashMap<>();
    for (Attribute a : model.attributes()) {
      seen.put(a.id(), new LinkedHashSet<>());
      unset.put(a.id(), false);
    }
    for (Configuration c : extending(decisions)) {
      for (Attribute a : model.attributes()) {
        String v = c.values().get(a.id());
        if (v == null) {
          unset.put(a.id(), true);
        } else {
          seen.get(a.id()).add(v);
        }
      }
    }
    Map<String, Domain> domains = new LinkedHashMap<>();
    for (Attribute a : model.attributes()) {
      List<String> offered = a.valueIds().stream().filter(seen.get(a.id())::contains).toList();
      domains.put(a.id(), new Domain(offered, unset.get(a.id())));
    }
    return domains;
  }

  /** The cheapest price of a valid configuration extending {@code decisions}, if any. */
  public OptionalLong minPrice(Collection<Decision> decisions) {
    return valid.stream().filter(c -> matches(c, decisions)).mapToLong(this::price).min();
  }

  /** The least unmet preference weight among valid configurations extending {@code decisions}. */
  public OptionalLong minPenalty(Collection<Decision> decisions, List<Preference> preferences) {
    return valid.stream()
        .filter(c -> matches(c, decisions))
        .mapToLong(c -> penalty(c, preferences))
        .min();
  }

  /**
   * For each value id of {@code attribute} (and {@link Decision#UNSET} when it is optional), the
   * number of valid configurations extending {@code decisions} with it; zero counts included.
   */
  public Map<String, Long> countPerValue(Collection<Decision> decisions, String attribute) {
    Attribute a = model.attribute(attribute).orElseThrow();
    Map<String, Long> counts = new LinkedHashMap<>();
    a.valueIds().forEach(v -> counts.put(v, 0L));
    if (a.optional()) {
      counts.put(Decision.UNSET, 0L);
    }
    for (Configuration c : extending(decisions)) {
      String v = c.values().get(attribute);
      counts.merge(v == null ? Decision.UNSET : v, 1L, Long::sum);
    }
    return counts;
  }

  /** Whether some valid configuration at all satisfies {@code test}. */
  public boolean anyValid(Predicate<Configuration> test) {
    return valid.stream().anyMatch(test);
  }
}
