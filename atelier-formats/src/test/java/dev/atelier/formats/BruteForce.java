package dev.atelier.formats;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.Evaluator;
import dev.atelier.engine.model.ProductModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Enumerates every configuration of a small model, for expected counts in tests. */
public final class BruteForce {

  private BruteForce() {}

  /** Every complete assignment of {@code attributes} (null entries = unset). */
  public static List<Configuration> assignments(List<Attribute> attributes) {
    List<Configuration> out = new ArrayList<>();
    enumerate(attributes, 0, new LinkedHashMap<>(), out);
    return out;
  }

  /** Whether {@code c} is a valid configuration of {@code model} (domains and rules). */
  public static boolean valid(ProductModel model, Configuration c) {
    Evaluator evaluator = new Evaluator(model);
    for (Attribute a : model.attributes()) {
      String v = c.values().get(a.id());
      if (v == null ? !a.optional() : !a.valueIds().contains(v)) {
        return false;
      }
    }
    for (Constraint k : model.constraints()) {
      if (!evaluator.holds(k.formula(), c)) {
        return false;
      }
    }
    return true;
  }

  /** The number of valid configurations of {@code model}. */
  public static long count(ProductModel model) {
    return count(model.attributes(), c -> valid(model, c));
  }

  /** The number of assignments of {@code attributes} satisfying {@code test}. */
  public static long count(List<Attribute> attributes, Predicate<Configuration> test) {
    return assignments(attributes).stream().filter(test).count();
  }

  private static void enumerate(
      List<Attribute> attributes, int i, Map<String, String> current, List<Configuration> out) {
    if (i == attributes.size()) {
      out.add(new Configuration(current));
      return;
    }
    Attribute a = attributes.get(i);
    List<String> choices = new ArrayList<>(a.valueIds());
    if (a.optional()) {
      choices.add(null);
    }
    for (String v : choices) {
      if (v == null) {
        current.remove(a.id());
      } else {
        current.put(a.id(), v);
      }
      enumerate(attributes, i + 1, current, out);
    }
    current.remove(a.id());
  }

  /** Every multiset of {@code n} items out of {@code kinds} kinds, as sorted arrays of kinds. */
  public static List<int[]> multisets(int kinds, int n) {
    List<int[]> all = new ArrayList<>();
    collect(kinds, n, 0, new int[n], 0, all);
    return all;
  }

  private static void collect(int kinds, int n, int from, int[] current, int at, List<int[]> all) {
    if (at == n) {
      all.add(current.clone());
      return;
    }
    for (int k = from; k < kinds; k++) {
      current[at] = k;
      collect(kinds, n, k, current, at + 1, all);
    }
  }
}
