package dev.atelier.bench.gen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Table models (XCSP 2.1, extensional "supports" tables) of controlled treewidth, like the Renault
 * car catalogues: a random partial k-tree whose bags carry random tables. Each new variable joins a
 * random k-clique, and its table's scope is the variable and a random part of that clique, so the
 * primal graph's treewidth is at most {@code width}. A random planted configuration is allowed by
 * every table, so the model is satisfiable; the other tuples are drawn at random until the table
 * allows {@code tightness} of its cross product (at most {@code maxTuples}). Deterministic for a
 * seed. Parameters: {@code vars} (100), {@code width} (8), {@code arity} (largest table arity,
 * min(width + 1, 6)), {@code domain} (largest domain, 20), {@code binary} (share of two-valued
 * variables, 0.5), {@code tightness} (0.3), {@code maxTuples} (1500), {@code extra} (tables beyond
 * one per variable, as a share of the variables, 0.3), {@code seed} (1).
 *
 * <p>With {@code products=M} (M &gt; 0) the tables are a catalogue's projections instead, as in a
 * car maker's documentation: M random products (each variable's value drawn from a skewed
 * distribution, so a few values are common) and every table allows exactly the projections of the
 * products on its scope, plus {@code noise} (0) times as many random tuples. Every value a product
 * uses survives arc consistency, and tables that share few variables combine products freely, so
 * the count is far above M: the regime where random tight tables (almost functional at large
 * domains) are too easy.
 */
public final class TableModels {

  private TableModels() {}

  /** The XCSP 2.1 text of the model {@code spec} describes. */
  public static String generate(GeneratorSpec spec) {
    Drawn d = draw(spec);
    int products = spec.integer("products", 0);
    if (products > 0) {
      int[][] catalogue = catalogue(d.domain(), d.planted(), products, d.random());
      double noise = spec.decimal("noise", 0);
      return Xcsp.write(
          d.domain(), d.scopes(), s -> projections(s, d.domain(), catalogue, noise, d.random()));
    }
    double tightness = spec.decimal("tightness", 0.3);
    int maxTuples = Math.max(1, spec.integer("maxTuples", 1500));
    return Xcsp.write(
        d.domain(),
        d.scopes(),
        s -> tuples(s, d.domain(), d.planted(), tightness, maxTuples, d.random()));
  }

  /**
   * The products of the catalogue model {@code spec} describes ({@code products=M}, M &gt; 0), each
   * a value index per variable: every one satisfies every table of {@link #generate}'s model.
   */
  public static int[][] products(GeneratorSpec spec) {
    int products = spec.integer("products", 0);
    if (products <= 0) {
      throw new IllegalArgumentException("only catalogue models (products=M) have products");
    }
    Drawn d = draw(spec);
    return catalogue(d.domain(), d.planted(), products, d.random());
  }

  /** Domains, planted configuration and table scopes, with the random stream that drew them. */
  private record Drawn(int[] domain, int[] planted, List<int[]> scopes, Random random) {}

  private static Drawn draw(GeneratorSpec spec) {
    int n = Math.max(2, spec.integer("vars", 100));
    int k = Math.max(1, Math.min(n - 1, spec.integer("width", 8)));
    int arity = Math.max(2, Math.min(k + 1, spec.integer("arity", Math.min(k + 1, 6))));
    int maxDomain = Math.max(2, spec.integer("domain", 20));
    double binary = spec.decimal("binary", 0.5);
    double extra = spec.decimal("extra", 0.3);
    Random random = new Random(spec.integer("seed", 1));

    int[] domain = new int[n];
    int[] planted = new int[n];
    for (int v = 0; v < n; v++) {
      domain[v] = random.nextDouble() < binary ? 2 : 2 + random.nextInt(maxDomain - 1);
      planted[v] = random.nextInt(domain[v]);
    }
    List<int[]> bags = new ArrayList<>();
    List<int[]> cliques = new ArrayList<>();
    int[] first = new int[k + 1];
    for (int i = 0; i <= k; i++) {
      first[i] = i;
    }
    bags.add(first);
    for (int skip = 0; skip <= k; skip++) {
      cliques.add(without(first, skip));
    }
    List<int[]> scopes = new ArrayList<>();
    scopes.add(scope(first, random, arity));
    for (int v = k + 1; v < n; v++) {
      int[] clique = cliques.get(random.nextInt(cliques.size()));
      int[] bag = with(clique, v);
      bags.add(bag);
      for (int skip = 0; skip < k; skip++) {
        cliques.add(with(without(clique, skip), v));
      }
      scopes.add(scopeWith(v, clique, random, arity));
    }
    int extras = (int) Math.round(extra * n);
    for (int i = 0; i < extras; i++) {
      scopes.add(scope(bags.get(random.nextInt(bags.size())), random, arity));
    }
    return new Drawn(domain, planted, scopes, random);
  }

  // Product 0 is the planted configuration; value j of a variable is drawn with weight 1/(j+1).
  private static int[][] catalogue(int[] domain, int[] planted, int products, Random random) {
    int[][] catalogue = new int[products][];
    catalogue[0] = planted.clone();
    double[] harmonic = new double[domain.length];
    for (int v = 0; v < domain.length; v++) {
      for (int j = 0; j < domain[v]; j++) {
        harmonic[v] += 1.0 / (j + 1);
      }
    }
    for (int p = 1; p < products; p++) {
      int[] product = new int[domain.length];
      for (int v = 0; v < domain.length; v++) {
        double r = random.nextDouble() * harmonic[v];
        int j = 0;
        while (j < domain[v] - 1 && (r -= 1.0 / (j + 1)) > 0) {
          j++;
        }
        product[v] = j;
      }
      catalogue[p] = product;
    }
    return catalogue;
  }

  private static List<int[]> projections(
      int[] scope, int[] domain, int[][] catalogue, double noise, Random random) {
    Set<List<Integer>> chosen = new HashSet<>();
    List<int[]> tuples = new ArrayList<>();
    for (int[] product : catalogue) {
      int[] t = new int[scope.length];
      for (int i = 0; i < scope.length; i++) {
        t[i] = product[scope[i]];
      }
      add(t, chosen, tuples);
    }
    long extra = Math.round(noise * tuples.size());
    for (long i = 0; i < extra; i++) {
      int[] t = new int[scope.length];
      for (int c = 0; c < scope.length; c++) {
        t[c] = random.nextInt(domain[scope[c]]);
      }
      add(t, chosen, tuples);
    }
    return tuples;
  }

  private static int[] scopeWith(int v, int[] clique, Random random, int arity) {
    int size = 1 + random.nextInt(Math.min(arity - 1, clique.length)) + 1;
    int[] others = pick(clique, size - 1, random);
    return with(others, v);
  }

  private static int[] scope(int[] bag, Random random, int arity) {
    int size = 2 + random.nextInt(Math.min(arity, bag.length) - 1);
    return pick(bag, size, random);
  }

  private static int[] pick(int[] from, int size, Random random) {
    int[] copy = from.clone();
    for (int i = 0; i < size; i++) {
      int j = i + random.nextInt(copy.length - i);
      int t = copy[i];
      copy[i] = copy[j];
      copy[j] = t;
    }
    int[] chosen = java.util.Arrays.copyOf(copy, size);
    java.util.Arrays.sort(chosen);
    return chosen;
  }

  private static List<int[]> tuples(
      int[] scope, int[] domain, int[] planted, double tightness, int maxTuples, Random random) {
    double total = 1;
    for (int v : scope) {
      total *= domain[v];
    }
    int wanted = (int) Math.max(1, Math.min(maxTuples, Math.round(tightness * total)));
    Set<List<Integer>> chosen = new HashSet<>();
    List<int[]> tuples = new ArrayList<>();
    int[] plantedTuple = new int[scope.length];
    for (int i = 0; i < scope.length; i++) {
      plantedTuple[i] = planted[scope[i]];
    }
    add(plantedTuple, chosen, tuples);
    int attempts = 0;
    while (tuples.size() < wanted && attempts++ < wanted * 20) {
      int[] t = new int[scope.length];
      for (int i = 0; i < scope.length; i++) {
        t[i] = random.nextInt(domain[scope[i]]);
      }
      add(t, chosen, tuples);
    }
    return tuples;
  }

  private static void add(int[] tuple, Set<List<Integer>> chosen, List<int[]> tuples) {
    List<Integer> key = java.util.Arrays.stream(tuple).boxed().toList();
    if (chosen.add(key)) {
      tuples.add(tuple);
    }
  }

  private static int[] without(int[] a, int skip) {
    int[] r = new int[a.length - 1];
    for (int i = 0, j = 0; i < a.length; i++) {
      if (i != skip) {
        r[j++] = a[i];
      }
    }
    return r;
  }

  private static int[] with(int[] a, int v) {
    int[] r = java.util.Arrays.copyOf(a, a.length + 1);
    r[a.length] = v;
    return r;
  }
}
