package dev.atelier.engine.oracle;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Component;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.Evaluator;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ModelBuilder;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.TextAttribute;
import dev.atelier.engine.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded generator of small but feature-complete product models: every attribute kind (priced, some
 * optional), every constraint kind (with nested expressions, Compare and Count inside rules, tables
 * with ANY and UNSET cells) and components with conditions and possibly negative prices. The
 * configuration space stays at most {@link #MAX_SPACE} complete assignments so that {@link
 * BruteForceOracle} can enumerate it. Unsatisfiable models occur naturally now and then.
 */
public final class RandomModels {

  /** Largest number of complete assignments (valid or not) of a generated model. */
  public static final long MAX_SPACE = 3000;

  private static final String[] ENUM_VALUES = {"x", "y", "z", "w"};
  private static final long[][] INT_RANGES = {
    {0, 5, 1},
    {2, 10, 4},
    {1, 3, 1},
    {-2, 2, 1},
    {0, 6, 2},
    {0, 1, 1},
    {3, 3, 1},
    {0, 5, 1},
    {2, 10, 4},
    {1, 3, 1},
    {0, 20, 1},
    {-10, 10, 5},
    {100, 400, 100}
  };

  private static final int TRIES = 8;
  private static final int UNSAT_ODDS = 10;

  private final Random random;
  private final List<Attribute> attributes = new ArrayList<>();

  private RandomModels(Random random) {
    this.random = random;
  }

  /** A random model drawn from {@code random}. */
  public static ProductModel generate(Random random) {
    return new RandomModels(random).model();
  }

  /** A random boolean condition over the attributes of {@code model}, for preferences. */
  public static Expr condition(Random random, ProductModel model) {
    if (model.attributes().isEmpty()) {
      return new Expr.Const(random.nextBoolean());
    }
    RandomModels g = new RandomModels(random);
    g.attributes.addAll(model.attributes());
    return g.expr(2);
  }

  private ProductModel model() {
    ModelBuilder b = ProductModel.builder("m");
    b.basePrice("EUR", pick(0, 0, 1000, 2500, 99));
    int wanted = 2 + random.nextInt(6);
    long space = 1;
    for (int i = 0; i < wanted; i++) {
      Attribute a = attribute(i);
      long size = a.valueIds().size() + (a.optional() ? 1 : 0);
      if (space * size > MAX_SPACE) {
        continue;
      }
      space *= size;
      attributes.add(a);
      b.attribute(a);
    }
    addConstraints(b);
    int components = random.nextInt(4);
    for (int i = 0; i < components; i++) {
      long unit = random.nextInt(5) == 0 ? -pick(50, 100, 300) : pick(0, 10, 120, 500);
      Expr cond = random.nextInt(4) == 0 ? Expr.TRUE : expr(1);
      b.component(
          new Component("p" + i, LocalizedText.of("part " + i), unit, 1 + random.nextInt(3), cond));
    }
    return b.build();
  }

  /**
   * Adds 0-5 constraints. Most models stay satisfiable: a constraint that would leave no valid
   * configuration is drawn again (up to {@link #TRIES} times, then dropped), except in about one
   * model of {@link #UNSAT_ODDS}, which keeps whatever it draws.
   */
  private void addConstraints(ModelBuilder b) {
    ProductModel bare = b.build();
    Evaluator evaluator = new Evaluator(bare);
    List<Configuration> alive = new BruteForceOracle(bare).all();
    boolean keepAll = random.nextInt(UNSAT_ODDS) == 0;
    int constraints = random.nextInt(6);
    for (int i = 0; i < constraints; i++) {
      for (int t = 0; t < TRIES; t++) {
        Constraint c = constraint("c" + i);
        List<Configuration> left =
            alive.stream().filter(conf -> evaluator.holds(c.formula(), conf)).toList();
        if (keepAll || !left.isEmpty()) {
          b.constraint(c);
          alive = left;
          break;
        }
      }
    }
  }

  private Attribute attribute(int index) {
    LocalizedText label = LocalizedText.of("attribute " + index);
    switch (random.nextInt(10)) {
      case 0, 1, 2, 3 -> {
        boolean optional = random.nextInt(10) < 3;
        int n = optional && random.nextInt(15) == 0 ? 0 : 1 + random.nextInt(4);
        List<Value> values = new ArrayList<>();
        for (int v = 0; v < n; v++) {
          values.add(Value.of(ENUM_VALUES[v], price()));
        }
        return new EnumAttribute("e" + index, label, values, optional);
      }
      case 4, 5 -> {
        return new BooleanAttribute("b" + index, label, random.nextInt(5) == 0, price());
      }
      case 6, 7, 8 -> {
        long[] r = INT_RANGES[random.nextInt(INT_RANGES.length)];
        long perUnit = pick(0, 0, 10, 25, -5);
        return new IntegerAttribute(
            "i" + index, label, r[0], r[1], r[2], "mm", random.nextInt(4) == 0, perUnit);
      }
      default -> {
        return new TextAttribute("t" + index, label, 8, "", random.nextInt(5) < 3, price());
      }
    }
  }

  private long price() {
    return random.nextInt(6) == 0 ? -pick(20, 150) : pick(0, 0, 50, 100, 400);
  }

  private Constraint constraint(String id) {
    LocalizedText label = LocalizedText.of("rule " + id);
    switch (random.nextInt(6)) {
      case 0 -> {
        return new Constraint.Requires(id, label, expr(1), expr(1));
      }
      case 1 -> {
        return new Constraint.Excludes(id, label, expr(1), expr(1));
      }
      case 2 -> {
        return new Constraint.Rule(id, label, expr(3));
      }
      case 3 -> {
        return table(id, label);
      }
      case 4 -> {
        return new Constraint.Cardinality(id, label, operands(4), op(), random.nextInt(4));
      }
      default -> {
        List<Expr.Term> terms = terms();
        if (terms.isEmpty()) {
          return new Constraint.Rule(id, label, expr(2));
        }
        return new Constraint.Linear(id, label, terms, op(), bound(terms));
      }
    }
  }

  private Constraint table(String id, LocalizedText label) {
    List<Attribute> pool = new ArrayList<>(attributes);
    java.util.Collections.shuffle(pool, random);
    List<Attribute> cols = pool.subList(0, 1 + random.nextInt(Math.min(3, pool.size())));
    List<List<String>> rows = new ArrayList<>();
    int n = random.nextInt(25) == 0 ? 0 : 1 + random.nextInt(4);
    for (int r = 0; r < n; r++) {
      List<String> row = new ArrayList<>();
      for (Attribute a : cols) {
        int k = random.nextInt(10);
        if (k < 2) {
          row.add(Constraint.Table.ANY);
        } else if (k < 3 || (k < 4 && a.optional())) {
          row.add(Constraint.Table.UNSET);
        } else {
          row.add(a.valueIds().isEmpty() ? Constraint.Table.UNSET : valueOf(a));
        }
      }
      rows.add(row);
    }
    List<String> ids = cols.stream().map(Attribute::id).toList();
    return new Constraint.Table(id, label, ids, rows, random.nextInt(3) > 0);
  }

  /** A boolean expression of at most {@code depth} levels of connectives. */
  private Expr expr(int depth) {
    if (depth <= 0 || random.nextInt(3) == 0) {
      return atom();
    }
    switch (random.nextInt(6)) {
      case 0 -> {
        return new Expr.Not(expr(depth - 1));
      }
      case 1 -> {
        return new Expr.And(subExprs(depth - 1));
      }
      case 2 -> {
        return new Expr.Or(subExprs(depth - 1));
      }
      case 3 -> {
        return new Expr.Implies(expr(depth - 1), expr(depth - 1));
      }
      case 4 -> {
        return new Expr.Iff(expr(depth - 1), expr(depth - 1));
      }
      default -> {
        return new Expr.Count(subExprs(depth - 1), op(), random.nextInt(3));
      }
    }
  }

  private List<Expr> subExprs(int depth) {
    int n = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(3);
    List<Expr> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(expr(depth));
    }
    return list;
  }

  private List<Expr> operands(int max) {
    int n = random.nextInt(25) == 0 ? 0 : 1 + random.nextInt(max);
    List<Expr> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(random.nextInt(4) == 0 ? expr(1) : is());
    }
    return list;
  }

  private Expr atom() {
    int k = random.nextInt(20);
    if (k == 0) {
      return new Expr.Const(random.nextBoolean());
    } else if (k < 3) {
      return new Expr.IsSet(attributes.get(random.nextInt(attributes.size())).id());
    } else if (k < 5) {
      List<Expr.Term> terms = terms();
      if (!terms.isEmpty()) {
        return new Expr.Compare(terms, op(), bound(terms));
      }
    }
    return is();
  }

  /** {@code attribute = value}; for an attribute without values (an empty optional enum) IsSet. */
  private Expr is() {
    Attribute a = attributes.get(random.nextInt(attributes.size()));
    return a.valueIds().isEmpty() ? new Expr.IsSet(a.id()) : new Expr.Is(a.id(), valueOf(a));
  }

  private String valueOf(Attribute a) {
    List<String> ids = a.valueIds();
    return ids.get(random.nextInt(ids.size()));
  }

  private List<Expr.Term> terms() {
    List<Attribute> numeric =
        attributes.stream()
            .filter(a -> a instanceof IntegerAttribute || a instanceof BooleanAttribute)
            .toList();
    List<Expr.Term> terms = new ArrayList<>();
    if (numeric.isEmpty()) {
      return terms;
    }
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      Attribute a = numeric.get(random.nextInt(numeric.size()));
      terms.add(new Expr.Term(random.nextInt(7) - 3, a.id()));
    }
    return terms;
  }

  /** A bound within (or just outside) the range the sum of {@code terms} can take. */
  private long bound(List<Expr.Term> terms) {
    long lo = 0;
    long hi = 0;
    for (Expr.Term t : terms) {
      Attribute a = attributes.stream().filter(x -> x.id().equals(t.attribute())).findFirst().get();
      long min = 0;
      long max = 1;
      if (a instanceof IntegerAttribute i) {
        min = a.optional() ? Math.min(0, i.min()) : i.min();
        max = a.optional() ? Math.max(0, i.max()) : i.max();
      }
      lo += Math.min(t.coefficient() * min, t.coefficient() * max);
      hi += Math.max(t.coefficient() * min, t.coefficient() * max);
    }
    return lo - 1 + (long) random.nextInt((int) (hi - lo + 3));
  }

  private Expr.Op op() {
    Expr.Op[] ops = Expr.Op.values();
    return ops[random.nextInt(ops.length)];
  }

  private long pick(long... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
