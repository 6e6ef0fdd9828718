package dev.atelier.server.artefact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.count.Artefacts;
import dev.atelier.engine.count.CliqueCounts;
import dev.atelier.engine.count.CliqueTree;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.formats.ReadResult;
import dev.atelier.formats.xcsp.XcspReader;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A table model's clique tree is compiled once per published version and stored with the model's
 * hash: the next node loads it (builds nothing) and it answers the same counts and per-value
 * counts; a tree stored as over budget is not built again on the next node.
 */
class PrecompiledTreesTest {

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void theNextNodeLoadsTheCliqueTreeInsteadOfBuildingIt(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind)) {
      Clock clock = Clock.systemUTC();
      ProductModel model = tableModel(3);
      CompiledModel built = compile(model);
      PrecompiledModels first = new PrecompiledModels(new ArtefactStore(db), clock);
      first.attach("car", "2026.1", built);
      assertThat(first.settle(Deadline.inMillis(120_000))).isTrue();
      assertThat(first.counters()).isEqualTo(new PrecompiledModels.Counters(0, 2, 2, 0));
      StoredArtefact row =
          new ArtefactStore(db)
              .find("car", "2026.1", Artefacts.hashOf(built.cnf()), Artefacts.Kind.TREE)
              .orElseThrow();
      assertThat(row.outcome()).isEqualTo(StoredArtefact.Outcome.READY);
      assertThat(row.size()).isPositive();

      CompiledModel loaded = compile(model);
      PrecompiledModels second = new PrecompiledModels(new ArtefactStore(db), clock);
      second.attach("car", "2026.1", loaded);
      assertThat(second.counters()).isEqualTo(new PrecompiledModels.Counters(2, 0, 0, 0));
      assertThat(loaded.tables().ready()).isPresent();
      assertThat(loaded.tables().compileNanos()).isZero(); // supplied, not built

      CliqueCounts.Counts expected = counts(built, built.tables().ready().orElseThrow());
      CliqueCounts.Counts actual = counts(loaded, loaded.tables().ready().orElseThrow());
      assertThat(actual.total()).isEqualTo(expected.total()).isPositive();
      assertThat(actual.perValue()).isDeepEqualTo(expected.perValue());
      assertThat(loaded.count(Deadline.inMillis(60_000)).orThrow()).isEqualTo(expected.total());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aTreeStoredAsOverBudgetIsNotBuiltAgain(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind)) {
      CompiledModel compiled = compile(tableModel(5));
      String hash = Artefacts.hashOf(compiled.cnf());
      new ArtefactStore(db)
          .save(
              new StoredArtefact(
                  "car",
                  "2026.2",
                  hash,
                  Artefacts.Kind.TREE,
                  StoredArtefact.Outcome.OVER_BUDGET,
                  null,
                  20_000),
              Instant.now());
      PrecompiledModels node = new PrecompiledModels(new ArtefactStore(db), Clock.systemUTC());
      node.attach("car", "2026.2", compiled);
      assertThat(node.settle(Deadline.inMillis(120_000))).isTrue();
      assertThat(compiled.tables().ready()).isEmpty();
      assertThat(compiled.tables().compileNanos()).isZero(); // declined, never started
      assertThat(node.counters().compiled()).isEqualTo(1); // the decision-DNNF only
      assertThat(compiled.count(Deadline.inMillis(60_000)).orThrow()).isPositive();
    }
  }

  private static CompiledModel compile(ProductModel model) {
    return CompiledModel.compile(model, Deadline.inMillis(60_000)).orThrow();
  }

  private static CliqueCounts.Counts counts(CompiledModel model, CliqueTree tree) {
    boolean[][] all = model.tableCsp().orElseThrow().restrict(new int[0]).orElseThrow();
    return CliqueCounts.count(tree, all, Deadline.inMillis(60_000)).orThrow();
  }

  /** Eight variables, eight random ternary "supports" tables that all allow a planted car. */
  private static ProductModel tableModel(long seed) {
    Random random = new Random(seed);
    int n = 8;
    int[] planted = random.ints(n, 0, 4).toArray();
    StringBuilder relations = new StringBuilder();
    StringBuilder constraints = new StringBuilder();
    for (int c = 0; c < n; c++) {
      int[] scope = {c, (c + 1) % n, (c + 3) % n};
      StringBuilder tuples = new StringBuilder();
      int count = 0;
      for (int t = 0; t < 64; t++) {
        int[] values = {t / 16, t / 4 % 4, t % 4};
        boolean isPlanted = true;
        for (int i = 0; i < 3; i++) {
          isPlanted &= values[i] == planted[scope[i]];
        }
        if (isPlanted || random.nextDouble() < 0.4) {
          tuples.append(count++ > 0 ? "|" : "");
          tuples.append(values[0]).append(' ').append(values[1]).append(' ').append(values[2]);
        }
      }
      relations.append(
          String.format(
              "<relation name=\"R%d\" arity=\"3\" nbTuples=\"%d\" semantics=\"supports\">%s"
                  + "</relation>%n",
              c, count, tuples));
      constraints.append(
          String.format(
              "<constraint name=\"C%d\" arity=\"3\" scope=\"v%d v%d v%d\" reference=\"R%d\"/>%n",
              c, scope[0], scope[1], scope[2], c));
    }
    StringBuilder variables = new StringBuilder();
    for (int v = 0; v < n; v++) {
      variables.append(String.format("<variable name=\"v%d\" domain=\"D\"/>%n", v));
    }
    String xml =
        "<instance><presentation name=\"car\"/>"
            + "<domains nbDomains=\"1\"><domain name=\"D\" nbValues=\"4\">0..3</domain></domains>"
            + String.format("<variables nbVariables=\"%d\">%s</variables>", n, variables)
            + String.format("<relations nbRelations=\"%d\">%s</relations>", n, relations)
            + String.format("<constraints nbConstraints=\"%d\">%s</constraints>", n, constraints)
            + "</instance>";
    return ((ReadResult.Loaded) XcspReader.read(new StringReader(xml), "car.xml")).model();
  }
}
