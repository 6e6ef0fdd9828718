package dev.atelier.engine.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ModelBuilder;
import dev.atelier.engine.model.ProductModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The full oracle run ({@link ModelRun}) on generated table models of controlled width, as {@code
 * gen:tables} (atelier-bench) makes larger ones: 7 variables, each in an allowed-tuples table with
 * a random subset of the {@code width} variables before it (so the treewidth is at most {@code
 * width}), random tuples plus a planted solution, widths 1 to 4. Sessions answer from the clique
 * tree alone (decision-DNNF declined), then the same model and decisions on the SAT path.
 */
class TableModelRunTest {

  /** Variable v's table: v and a random non-empty subset of the {@code width} before it. */
  static ProductModel kTreeTables(long seed, int width) {
    Random random = new Random(seed);
    int n = 7;
    ModelBuilder b = ProductModel.builder("ktree-" + seed);
    int[] domain = new int[n];
    int[] planted = new int[n];
    for (int v = 0; v < n; v++) {
      domain[v] = 2 + random.nextInt(2);
      planted[v] = random.nextInt(domain[v]);
      String[] values = new String[domain[v]];
      for (int j = 0; j < values.length; j++) {
        values[j] = "v" + j;
      }
      b.enumeration("x" + v, values);
    }
    List<List<Integer>> cliques = new ArrayList<>();
    for (int v = 1; v < n; v++) {
      List<Integer> scope = new ArrayList<>();
      for (int u = Math.max(0, v - width); u < v; u++) {
        if (scope.isEmpty() || random.nextInt(4) > 0) {
          scope.add(u);
        }
      }
      scope.add(v);
      cliques.add(scope);
    }
    int t = 0;
    for (List<Integer> scope : cliques) {
      List<List<String>> rows = new ArrayList<>();
      rows.add(scope.stream().map(v -> "v" + planted[v]).toList());
      int cells = scope.stream().mapToInt(v -> domain[v]).reduce(1, (x, y) -> x * y);
      for (int r = 0; r < cells; r++) {
        if (random.nextDouble() < 0.45) {
          List<String> row = new ArrayList<>();
          int rest = r;
          for (int v : scope) {
            row.add("v" + rest % domain[v]);
            rest /= domain[v];
          }
          rows.add(row);
        }
      }
      List<String> ids = scope.stream().map(v -> "x" + v).toList();
      b.constraint(new Constraint.Table("t" + t++, LocalizedText.of("t"), ids, rows, true));
    }
    return b.build();
  }

  @Tag("slow")
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void treeAndSatAgreeWithTheOracle(int width) {
    int steps = 0;
    for (long seed = 0; seed < 6; seed++) {
      ProductModel model = kTreeTables(31L * width + seed, width);
      steps += new ModelRun(2 * seed, model, RunMode.TREE).run(6).steps();
      steps += new ModelRun(2 * seed + 1, model).run(6).steps();
    }
    assertThat(steps).isPositive();
  }
}
