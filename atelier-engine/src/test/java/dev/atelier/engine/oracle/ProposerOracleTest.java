package dev.atelier.engine.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.Evaluator;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.NamedAttributes;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.Completion;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Preference;
import dev.atelier.engine.session.Proposal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code propose} against brute force on seeded random models: every proposal is valid, meets the
 * requirements and the budget, and the k-th is the lexicographic optimum (missed weight, price)
 * among the designs that differ from the earlier ones in an attribute that matters and, when there
 * are such designs, in two of the attributes the needs name (or priced ones when they name fewer).
 */
class ProposerOracleTest {

  private static final long SEED = 20261122L;
  private static final int MODELS = 200;

  @Test
  void proposalsAreTheRankedOptimaAmongDistinctDesigns() {
    Random random = new Random(SEED);
    int checked = 0;
    for (int m = 0; m < MODELS; m++) {
      ProductModel model = RandomModels.generate(random);
      Result<CompiledModel> compiled = CompiledModel.compile(model, Deadline.inMillis(10_000));
      if (!compiled.isOk()) {
        continue;
      }
      BruteForceOracle oracle = new BruteForceOracle(model);
      List<Preference> prefs = new ArrayList<>();
      for (int i = random.nextInt(3); i > 0; i--) {
        prefs.add(new Preference(RandomModels.condition(random, model), 1 + random.nextInt(5)));
      }
      List<Expr> required =
          random.nextInt(3) == 0 ? List.of(RandomModels.condition(random, model)) : List.of();
      long budget =
          random.nextBoolean()
              ? Long.MAX_VALUE
              : oracle.valid().stream().mapToLong(oracle::price).max().orElse(0)
                  - random.nextInt(50);
      Proposal proposal = new Proposal(prefs, required, budget, 1 + random.nextInt(3));
      Result<List<Completion>> r =
          ConfigurationSession.start(compiled.orThrow())
              .propose(proposal, Deadline.inMillis(10_000));
      check(
          model,
          oracle,
          proposal,
          r,
          "model "
              + m
              + ": "
              + ModelPrinter.describe(model)
              + "\n prefs "
              + prefs.stream()
                  .map(p -> ModelPrinter.expr(p.condition()) + " w" + p.weight())
                  .toList()
              + " required "
              + required.stream().map(ModelPrinter::expr).toList()
              + " budget "
              + budget
              + " count "
              + proposal.count());
      checked++;
    }
    assertThat(checked).isGreaterThan(MODELS / 2);
  }

  private static void check(
      ProductModel model,
      BruteForceOracle oracle,
      Proposal proposal,
      Result<List<Completion>> r,
      String where) {
    Evaluator evaluator = new Evaluator(model);
    List<Configuration> feasible =
        oracle.valid().stream()
            .filter(c -> proposal.requirements().stream().allMatch(e -> evaluator.holds(e, c)))
            .filter(c -> oracle.price(c) <= proposal.maxTotal())
            .toList();
    Comparator<Configuration> rank =
        Comparator.<Configuration>comparingLong(c -> oracle.penalty(c, proposal.preferences()))
            .thenComparingLong(oracle::price);
    if (feasible.isEmpty()) {
      assertThat(r.isOk()).as(where).isFalse();
      return;
    }
    assertThat(r.isOk()).as(where + " " + r).isTrue();
    Set<String> relevant = relevant(model, proposal);
    Set<String> distance = distanceAttributes(model, proposal);
    Set<Map<String, String>> taken = new HashSet<>();
    List<Configuration> far = new ArrayList<>();
    for (Completion c : r.orThrow()) {
      Configuration got = c.configuration();
      assertThat(feasible).as(where).contains(got);
      List<Configuration> remaining =
          feasible.stream().filter(x -> !taken.contains(project(x, relevant, model))).toList();
      // Later designs differ from the earlier ones in two attributes that matter, when one does.
      List<Configuration> distant =
          remaining.stream()
              .filter(x -> far.stream().allMatch(e -> differing(x, e, distance) >= 2))
              .toList();
      if (distant.isEmpty()) {
        far.clear();
        distant = remaining;
      }
      Configuration best = distant.stream().min(rank).orElseThrow();
      assertThat(distant).as(where + " got " + got + " not distant").contains(got);
      assertThat(rank.compare(got, best)).as(where + " got " + got + " best " + best).isZero();
      if (!distance.isEmpty()) {
        far.add(got);
      }
      assertThat(c.penalty()).isEqualTo(oracle.penalty(got, proposal.preferences()));
      assertThat(c.price().total()).isEqualTo(oracle.price(got));
      assertThat(taken.add(project(got, relevant, model))).as(where).isTrue();
    }
    if (r.orThrow().size() < proposal.count()) {
      assertThat(feasible.stream().map(x -> project(x, relevant, model)).distinct().count())
          .as(where)
          .isEqualTo(r.orThrow().size());
    }
  }

  /**
   * The attributes two designs must differ in (at least two of them): those the needs name when
   * there are two or more, else those and the priced ones; none when still fewer than two.
   */
  private static Set<String> distanceAttributes(ProductModel model, Proposal proposal) {
    Set<String> named = named(proposal);
    Set<String> set = new HashSet<>();
    model.attributes().stream().filter(a -> named.contains(a.id())).forEach(a -> set.add(a.id()));
    if (set.size() < 2) {
      set.addAll(relevant(model, proposal));
    }
    return set.size() < 2 ? Set.of() : set;
  }

  private static long differing(Configuration x, Configuration y, Set<String> attributes) {
    return attributes.stream()
        .filter(a -> !x.values().getOrDefault(a, "~").equals(y.values().getOrDefault(a, "~")))
        .count();
  }

  private static Set<String> relevant(ProductModel model, Proposal proposal) {
    Set<String> named = named(proposal);
    Set<String> relevant = new HashSet<>();
    for (Attribute a : model.attributes()) {
      boolean priced = a.valueIds().stream().anyMatch(v -> a.priceOf(v) != 0);
      if (priced || named.contains(a.id())) {
        relevant.add(a.id());
      }
    }
    return relevant;
  }

  private static Map<String, String> project(
      Configuration c, Set<String> relevant, ProductModel model) {
    Map<String, String> p = new LinkedHashMap<>();
    for (Attribute a : model.attributes()) {
      if (relevant.isEmpty() || relevant.contains(a.id())) {
        p.put(a.id(), c.values().getOrDefault(a.id(), "~"));
      }
    }
    return p;
  }

  /** The attributes the proposal's preferences and requirements name. */
  private static Set<String> named(Proposal proposal) {
    List<Expr> conditions = new ArrayList<>(proposal.requirements());
    proposal.preferences().forEach(p -> conditions.add(p.condition()));
    return NamedAttributes.of(conditions);
  }
}
