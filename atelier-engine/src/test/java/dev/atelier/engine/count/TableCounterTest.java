package dev.atelier.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.cnf.Cnf;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.oracle.RandomModels;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The table counter (variable elimination over the tables) counts seeded random table models
 * exactly as the component-caching CNF compiler counts their clauses, with and without unit
 * literals, with wildcard and unset cells, optional attributes and counts beyond a long.
 */
class TableCounterTest {
  private static final LocalizedText LABEL = LocalizedText.of("x");

  @Test
  void randomTableModelsCountAsTheCnfCompiler() {
    Random random = new Random(14);
    int checked = 0;
    for (int m = 0; m < 300; m++) {
      ProductModel model =
          RandomTableModels.generate(random, 3 + random.nextInt(8), 1 + random.nextInt(8));
      CompiledModel compiled = CompiledModel.compile(model, Deadline.inMillis(10_000)).orThrow();
      TableCsp csp = compiled.tableCsp().orElseThrow();
      Cnf cnf = compiled.cnf();
      for (int q = 0; q < 4; q++) {
        int[] units = q == 0 ? new int[0] : randomUnits(random, compiled);
        BigInteger expected =
            DnnfCompiler.compile(
                    cnf.numVars(), cnf.clauses(), units, Deadline.inMillis(10_000), 1_000_000)
                .orElseThrow()
                .count(new int[0]);
        Result<BigInteger> counted = TableCounter.count(csp, units, Deadline.inMillis(10_000));
        assertThat(counted.orThrow()).as("model %d, units %s", m, units).isEqualTo(expected);
        checked++;
      }
      assertThat(TableCounter.count(TableCsp.of(model).orElseThrow(), new int[0], Deadline.none()))
          .isEqualTo(TableCounter.count(csp, new int[0], Deadline.none()));
    }
    assertThat(checked).isEqualTo(1200);
  }

  @Test
  void oracleModelsKeepingTheirAllowedTablesCountAsTheCnfCompiler() {
    // The oracle's random models use every attribute kind (integers, texts, optional ones) and
    // tables with wildcard and unset cells; keeping only their allowed tables makes table models.
    Random random = new Random(41);
    int tableModels = 0;
    for (int m = 0; m < 400; m++) {
      ProductModel full = RandomModels.generate(random);
      List<Constraint> tables =
          full.constraints().stream()
              .filter(c -> c instanceof Constraint.Table t && t.allowed())
              .toList();
      ProductModel model =
          new ProductModel("m", "1", LABEL, "EUR", 0, full.attributes(), tables, List.of());
      CompiledModel compiled = CompiledModel.compile(model, Deadline.inMillis(10_000)).orThrow();
      Cnf cnf = compiled.cnf();
      BigInteger expected =
          DnnfCompiler.compile(
                  cnf.numVars(), cnf.clauses(), new int[0], Deadline.inMillis(10_000), 1_000_000)
              .orElseThrow()
              .count(new int[0]);
      TableCsp csp = compiled.tableCsp().orElseThrow();
      assertThat(TableCounter.count(csp, new int[0], Deadline.none()).orThrow())
          .as("model %d", m)
          .isEqualTo(expected);
      int[] units = randomUnits(random, compiled);
      BigInteger conditioned =
          DnnfCompiler.compile(
                  cnf.numVars(), cnf.clauses(), units, Deadline.inMillis(10_000), 1_000_000)
              .orElseThrow()
              .count(new int[0]);
      assertThat(TableCounter.count(csp, units, Deadline.none()).orThrow())
          .as("model %d under %s", m, units)
          .isEqualTo(conditioned);
      tableModels += tables.isEmpty() ? 0 : 1;
    }
    assertThat(tableModels).isGreaterThan(80);
  }

  @Test
  void countsBeyondALongAreExact() {
    List<Attribute> attributes = new ArrayList<>();
    for (int i = 0; i < 90; i++) {
      attributes.add(new BooleanAttribute("b" + i, LABEL, false, 0));
    }
    // Three of the four pairs (b0, b1); the other 88 variables are free: 3 * 2^88.
    Constraint table =
        new Constraint.Table(
            "t",
            LABEL,
            List.of("b0", "b1"),
            List.of(List.of("true", "true"), List.of("true", "false"), List.of("false", "true")),
            true);
    List<Constraint> tables = new ArrayList<>(List.of(table));
    for (int i = 2; i + 1 < 90; i += 2) {
      // (b_i, b_i+1) may be anything: a full table over a pair keeps every count a product.
      tables.add(
          new Constraint.Table(
              "t" + i,
              LABEL,
              List.of("b" + i, "b" + (i + 1)),
              List.of(List.of(Constraint.Table.ANY, Constraint.Table.ANY)),
              true));
    }
    ProductModel model =
        new ProductModel("big", "1", LABEL, "EUR", 0, attributes, tables, List.of());
    Result<BigInteger> counted =
        TableCounter.count(TableCsp.of(model).orElseThrow(), new int[0], Deadline.none());
    assertThat(counted.orThrow()).isEqualTo(BigInteger.valueOf(3).shiftLeft(88));
  }

  @Test
  void aModelWithOtherRulesIsNoTableCsp() {
    ProductModel model = RandomTableModels.generate(new Random(3), 4, 2);
    List<Constraint> rules = new ArrayList<>(model.constraints());
    rules.add(
        new Constraint.Table(
            "forbidden", LABEL, List.of("a0"), List.of(List.of(Constraint.Table.UNSET)), false));
    ProductModel withForbidden =
        new ProductModel("m", "1", LABEL, "EUR", 0, model.attributes(), rules, List.of());
    assertThat(TableCsp.of(withForbidden)).isEmpty();
  }

  @Test
  void aPassedDeadlineIsATimedOutResult() {
    ProductModel model = RandomTableModels.generate(new Random(5), 8, 6);
    Result<BigInteger> counted =
        TableCounter.count(TableCsp.of(model).orElseThrow(), new int[0], Deadline.inMillis(-1));
    Failure failure = counted.failureOrNull();
    if (failure != null) {
      assertThat(failure.kind()).isEqualTo(Failure.Kind.TIMED_OUT);
    } else {
      // Small models may finish before the first deadline check; then the count is exact.
      assertThat(counted.orThrow())
          .isEqualTo(
              TableCounter.count(TableCsp.of(model).orElseThrow(), new int[0], Deadline.none())
                  .orThrow());
    }
  }

  private static int[] randomUnits(Random random, CompiledModel compiled) {
    int n = compiled.variables().attributes().size();
    int[] units = new int[1 + random.nextInt(3)];
    int u = 0;
    for (int tries = 0; tries < 3 * units.length && u < units.length; tries++) {
      int i = random.nextInt(n);
      int[] lits = compiled.variables().valueLiterals(i);
      boolean optional = compiled.variables().attributes().get(i).optional();
      if (lits.length == 0 && !optional) {
        continue;
      }
      int lit =
          optional && (lits.length == 0 || random.nextInt(4) == 0)
              ? compiled.variables().setLiteral(i)
              : lits[random.nextInt(lits.length)];
      units[u++] = random.nextBoolean() ? lit : -lit;
    }
    return java.util.Arrays.copyOf(units, u);
  }
}
