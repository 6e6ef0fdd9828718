package dev.atelier.formats.uvl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Brute force for UVL feature cardinalities: random feature trees, their UVL text, and the number
 * of structured configurations (a selection per scope; per cloned feature a list of instances, each
 * a configuration of the clone's subtree) under the documented semantics.
 */
final class CloneWorld {

  /** A feature: {@code min..max} instances when cloned ({@code max == 0}: not cloned). */
  record Node(String name, int min, int max, List<Group> groups) {
    boolean cloned() {
      return max > 0;
    }
  }

  /** A group: mandatory, optional, alternative, or, or {@code [lo..hi]} (kind "range"). */
  record Group(String kind, int lo, int hi, List<Node> children) {}

  /** A constraint over features: a name, or an operator on operands. */
  record Formula(String op, String name, List<Formula> operands) {}

  private CloneWorld() {}

  // ----- generation -----

  static Node randomTree(Random random) {
    int[] next = {1};
    return node(random, "R", 0, 0, 0, next);
  }

  private static Node node(Random random, String name, int min, int max, int depth, int[] next) {
    List<Group> groups = new ArrayList<>();
    int groupCount = depth == 0 ? 1 + random.nextInt(2) : (depth < 3 ? random.nextInt(2) : 0);
    for (int g = 0; g < groupCount && next[0] <= 7; g++) {
      String kind =
          List.of("mandatory", "optional", "alternative", "or", "range").get(random.nextInt(5));
      int size = 1 + random.nextInt(kind.equals("alternative") || kind.equals("range") ? 3 : 2);
      List<Node> children = new ArrayList<>();
      for (int c = 0; c < size && next[0] <= 7; c++) {
        String child = "F" + next[0]++;
        boolean clone = random.nextInt(3) == 0;
        int cmax = clone ? 1 + random.nextInt(depth == 0 ? 3 : 2) : 0;
        int cmin = clone ? random.nextInt(cmax + 1) : 0;
        children.add(node(random, child, cmin, cmax, depth + 1, next));
      }
      int lo = random.nextInt(children.size() + 1);
      int hi = lo + random.nextInt(children.size() - lo + 1);
      groups.add(new Group(kind, lo, Math.max(hi, 1), children));
    }
    return new Node(name, min, max, groups);
  }

  static List<Formula> randomConstraints(Random random, Node root) {
    List<String> names = new ArrayList<>();
    collect(root, names);
    names.remove("R");
    List<Formula> constraints = new ArrayList<>();
    int n = names.size() < 2 ? 0 : random.nextInt(3);
    for (int i = 0; i < n; i++) {
      Formula a = literal(random, names);
      Formula b = literal(random, names);
      String op = List.of("=>", "|", "&").get(random.nextInt(3));
      Formula f = new Formula(op, null, List.of(a, b));
      constraints.add(op.equals("&") ? new Formula("!", null, List.of(f)) : f);
    }
    return constraints;
  }

  private static Formula literal(Random random, List<String> names) {
    Formula v = new Formula("var", names.get(random.nextInt(names.size())), List.of());
    return random.nextBoolean() ? v : new Formula("!", null, List.of(v));
  }

  private static void collect(Node n, List<String> names) {
    names.add(n.name());
    n.groups().forEach(g -> g.children().forEach(c -> collect(c, names)));
  }

  static String uvl(Node root, List<Formula> constraints) {
    StringBuilder out = new StringBuilder("features\n");
    write(root, 1, out);
    if (!constraints.isEmpty()) {
      out.append("constraints\n");
      constraints.forEach(c -> out.append("    ").append(text(c)).append('\n'));
    }
    return out.toString();
  }

  private static void write(Node n, int depth, StringBuilder out) {
    String pad = "    ".repeat(depth);
    out.append(pad).append(n.name());
    if (n.cloned()) {
      out.append(" cardinality [").append(n.min()).append("..").append(n.max()).append(']');
    }
    out.append('\n');
    for (Group g : n.groups()) {
      out.append(pad).append("    ");
      out.append(g.kind().equals("range") ? "[" + g.lo() + ".." + g.hi() + "]" : g.kind());
      out.append('\n');
      g.children().forEach(c -> write(c, depth + 2, out));
    }
  }

  private static String text(Formula f) {
    return switch (f.op()) {
      case "var" -> f.name();
      case "!" -> "!(" + text(f.operands().get(0)) + ")";
      default ->
          "(" + text(f.operands().get(0)) + " " + f.op() + " " + text(f.operands().get(1)) + ")";
    };
  }

  // ----- brute force -----

  /**
   * The number of valid configurations, or -1 when there are more than {@code limit} candidates.
   */
  static long count(Node root, List<Formula> constraints, int limit) {
    Map<String, List<Node>> chains = new HashMap<>();
    Map<String, Node> nodes = new HashMap<>();
    chains(root, new ArrayList<>(), chains, nodes);
    List<Map<String, Object>> all = sub(root, true, limit);
    if (all == null) {
      return -1;
    }
    long valid = 0;
    for (Map<String, Object> config : all) {
      boolean ok = true;
      for (Formula c : constraints) {
        List<Node> place = place(c, chains);
        for (Map<String, Object> at : instances(config, place, 0)) {
          ok &= eval(c, at, place.size(), chains);
        }
      }
      valid += ok ? 1 : 0;
    }
    return valid;
  }

  private static void chains(
      Node n, List<Node> chain, Map<String, List<Node>> chains, Map<String, Node> nodes) {
    chains.put(n.name(), chain);
    nodes.put(n.name(), n);
    List<Node> inner = chain;
    if (n.cloned()) {
      inner = new ArrayList<>(chain);
      inner.add(n);
    }
    for (Group g : n.groups()) {
      for (Node c : g.children()) {
        chains(c, inner, chains, nodes);
      }
    }
  }

  /** The deepest clone chain shared by every feature the constraint names. */
  private static List<Node> place(Formula f, Map<String, List<Node>> chains) {
    if (f.op().equals("var")) {
      return chains.get(f.name());
    }
    List<Node> common = null;
    for (Formula o : f.operands()) {
      List<Node> p = place(o, chains);
      if (common == null) {
        common = p;
      } else {
        int k = 0;
        while (k < common.size() && k < p.size() && common.get(k) == p.get(k)) {
          k++;
        }
        common = common.subList(0, k);
      }
    }
    return common;
  }

  /** Every instance configuration reached along {@code chain} from {@code config}. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> instances(
      Map<String, Object> config, List<Node> chain, int from) {
    if (from == chain.size()) {
      return List.of(config);
    }
    List<Map<String, Object>> found = new ArrayList<>();
    for (Map<String, Object> inst :
        (List<Map<String, Object>>) config.get(chain.get(from).name())) {
      found.addAll(instances(inst, chain, from + 1));
    }
    return found;
  }

  private static boolean eval(
      Formula f, Map<String, Object> at, int depth, Map<String, List<Node>> chains) {
    return switch (f.op()) {
      case "var" -> some(at, chains.get(f.name()), depth, f.name());
      case "!" -> !eval(f.operands().get(0), at, depth, chains);
      case "&" ->
          eval(f.operands().get(0), at, depth, chains)
              && eval(f.operands().get(1), at, depth, chains);
      case "|" ->
          eval(f.operands().get(0), at, depth, chains)
              || eval(f.operands().get(1), at, depth, chains);
      default ->
          !eval(f.operands().get(0), at, depth, chains)
              || eval(f.operands().get(1), at, depth, chains);
    };
  }

  /** "Some instance has it": {@code name} in any instance below {@code at} along its chain. */
  private static boolean some(Map<String, Object> at, List<Node> chain, int depth, String name) {
    for (Map<String, Object> inst : instances(at, chain, depth)) {
      Object v = inst.get(name);
      if (v instanceof Boolean b ? b : !((List<?>) v).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Configurations of the features below {@code p} in its scope; null beyond {@code limit}. */
  private static List<Map<String, Object>> sub(Node p, boolean on, int limit) {
    List<Map<String, Object>> result = new ArrayList<>(List.of(new HashMap<>()));
    for (Group g : p.groups()) {
      List<Map<String, Object>> groupOptions = new ArrayList<>();
      int size = g.children().size();
      for (int mask = 0; mask < (1 << size); mask++) {
        int k = Integer.bitCount(mask);
        boolean allowed =
            !on
                ? mask == 0
                : switch (g.kind()) {
                  case "mandatory" -> mask == (1 << size) - 1;
                  case "alternative" -> k == 1;
                  case "or" -> k >= 1;
                  case "range" -> k >= g.lo() && k <= g.hi();
                  default -> true;
                };
        if (!allowed) {
          continue;
        }
        List<Map<String, Object>> options = new ArrayList<>(List.of(new HashMap<>()));
        for (int c = 0; c < size; c++) {
          Node child = g.children().get(c);
          boolean sel = (mask & (1 << c)) != 0;
          boolean mandatory = on && g.kind().equals("mandatory");
          options = product(options, child(child, sel, mandatory, limit), limit);
          if (options == null) {
            return null;
          }
        }
        groupOptions.addAll(options);
      }
      result = product(result, groupOptions, limit);
      if (result == null) {
        return null;
      }
    }
    return result;
  }

  private static List<Map<String, Object>> child(
      Node c, boolean sel, boolean mandatory, int limit) {
    List<Map<String, Object>> options = new ArrayList<>();
    if (!c.cloned()) {
      List<Map<String, Object>> below = sub(c, sel, limit);
      if (below == null) {
        return null;
      }
      for (Map<String, Object> b : below) {
        Map<String, Object> m = new HashMap<>(b);
        m.put(c.name(), sel);
        options.add(m);
      }
      return options;
    }
    int lo = mandatory ? c.min() : (sel ? Math.max(1, c.min()) : 0);
    int hi = mandatory || sel ? c.max() : 0;
    List<Map<String, Object>> one = sub(c, true, limit);
    if (one == null) {
      return null;
    }
    for (int n = lo; n <= hi; n++) {
      List<List<Map<String, Object>>> sequences = new ArrayList<>(List.of(List.of()));
      for (int i = 0; i < n; i++) {
        List<List<Map<String, Object>>> longer = new ArrayList<>();
        for (List<Map<String, Object>> s : sequences) {
          for (Map<String, Object> inst : one) {
            List<Map<String, Object>> l = new ArrayList<>(s);
            l.add(inst);
            longer.add(l);
          }
        }
        sequences = longer;
        if (sequences.size() > limit) {
          return null;
        }
      }
      for (List<Map<String, Object>> s : sequences) {
        options.add(Map.of(c.name(), s));
      }
    }
    return options;
  }

  private static List<Map<String, Object>> product(
      List<Map<String, Object>> left, List<Map<String, Object>> right, int limit) {
    if (right == null || (long) left.size() * right.size() > limit) {
      return null;
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> l : left) {
      for (Map<String, Object> r : right) {
        Map<String, Object> m = new HashMap<>(l);
        m.putAll(r);
        out.add(m);
      }
    }
    return out;
  }
}
