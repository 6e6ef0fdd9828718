package dev.atelier.engine.modules;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.ModuleType;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.Slot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Enumerates structured configurations of a modular model: the product's own attributes, then per
 * slot a count and the present instances' values (nested slots recursively), absent instances
 * neutral (nothing set, yes/no choices "no"). Interchangeable instances come as sorted sequences
 * (unset before values, values in model order, attributes in module order). Test-only.
 */
final class BruteForce {
  private BruteForce() {}

  /** The structured configurations of {@code flat} (unrolled from {@code slots}) that hold. */
  static List<Map<String, String>> enumerate(
      ProductModel flat, List<Slot> slots, Predicate<Map<String, String>> holds) {
    List<Map<String, String>> states = List.of(new HashMap<>());
    for (Attribute a : flat.attributes()) {
      if (slots.stream().noneMatch(s -> a.id().equals(s.id()) || a.id().startsWith(s.id() + "["))) {
        states = times(states, values(a, ""));
      }
    }
    for (Slot s : slots) {
      states = times(states, slot(s));
    }
    return states.stream().filter(holds).toList();
  }

  /** One instance's values of {@code c} in {@code slot}, sorted: the instances as a multiset. */
  static List<String> multiset(Map<String, String> c, String slot, List<String> attributes) {
    int n = Integer.parseInt(c.get(slot));
    List<String> instances = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      StringBuilder sb = new StringBuilder();
      for (String a : attributes) {
        sb.append(c.get(slot + "[" + i + "]." + a)).append('|');
      }
      instances.add(sb.toString());
    }
    instances.sort(null);
    return instances;
  }

  private static List<Map<String, String>> values(Attribute a, String prefix) {
    List<Map<String, String>> out = new ArrayList<>();
    for (String v : a.valueIds()) {
      out.add(Map.of(prefix + a.id(), v));
    }
    if (a.optional()) {
      out.add(Map.of());
    }
    return out;
  }

  private static List<Map<String, String>> times(
      List<Map<String, String>> left, List<Map<String, String>> right) {
    List<Map<String, String>> out = new ArrayList<>();
    for (Map<String, String> l : left) {
      for (Map<String, String> r : right) {
        Map<String, String> m = new HashMap<>(l);
        m.putAll(r);
        out.add(m);
      }
    }
    return out;
  }

  /** Every state of one present instance of {@code m}, with local names. */
  private static List<Map<String, String>> instance(ModuleType m) {
    List<Map<String, String>> states = List.of(new HashMap<>());
    for (Attribute a : m.attributes()) {
      states = times(states, values(a, ""));
    }
    for (Slot s : m.slots()) {
      states = times(states, slot(s));
    }
    return states;
  }

  /** Every state of {@code s}: its count and instances, named relative to its owner. */
  private static List<Map<String, String>> slot(Slot s) {
    List<Map<String, String>> one = instance(s.module());
    List<Attribute> order = s.module().flat().attributes();
    List<Map<String, String>> out = new ArrayList<>();
    for (int n = s.min(); n <= s.max(); n++) {
      List<List<Map<String, String>>> sequences = new ArrayList<>();
      sequences(one, n, new ArrayList<>(), s.interchangeable(), order, sequences);
      for (List<Map<String, String>> seq : sequences) {
        Map<String, String> m = new HashMap<>();
        m.put(s.id(), String.valueOf(n));
        for (int i = 1; i <= s.max(); i++) {
          String prefix = s.prefix(i);
          if (i <= n) {
            seq.get(i - 1).forEach((k, v) -> m.put(prefix + k, v));
          } else {
            for (Attribute a : order) {
              if (a instanceof BooleanAttribute && !a.optional()) {
                m.put(prefix + a.id(), BooleanAttribute.FALSE);
              }
            }
          }
        }
        out.add(m);
      }
    }
    return out;
  }

  private static void sequences(
      List<Map<String, String>> one,
      int n,
      List<Map<String, String>> prefix,
      boolean sorted,
      List<Attribute> order,
      List<List<Map<String, String>>> out) {
    if (prefix.size() == n) {
      out.add(List.copyOf(prefix));
      return;
    }
    for (Map<String, String> state : one) {
      if (sorted && !prefix.isEmpty() && compare(prefix.get(prefix.size() - 1), state, order) > 0) {
        continue;
      }
      prefix.add(state);
      sequences(one, n, prefix, sorted, order, out);
      prefix.remove(prefix.size() - 1);
    }
  }

  private static int compare(Map<String, String> x, Map<String, String> y, List<Attribute> order) {
    for (Attribute a : order) {
      int c =
          Integer.compare(a.valueIds().indexOf(x.get(a.id())), a.valueIds().indexOf(y.get(a.id())));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
