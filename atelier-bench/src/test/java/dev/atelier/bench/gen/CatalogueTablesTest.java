package dev.atelier.bench.gen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.count.CliqueCounts;
import dev.atelier.engine.count.CliqueTree;
import dev.atelier.engine.count.TableCompilation;
import dev.atelier.engine.count.TableCounter;
import dev.atelier.engine.count.TableCsp;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.formats.ReadResult;
import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Oracle runs on catalogue table models ({@code gen:tables:...,products=M}): the variable
 * elimination counter, the clique tree's sum-product and a session's count (the CNF path) agree
 * with brute force over the generated text, with and without noise tuples; every table allows the
 * projections of the catalogue, so the count is at least the number of distinct products.
 */
class CatalogueTablesTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void countersAgreeWithBruteForce(int seed) {
    String spec =
        "gen:tables:vars=8,width="
            + (2 + seed % 4)
            + ",domain=5,arity=5,products="
            + (3 + 2 * seed)
            + ",noise="
            + (seed % 2 == 0 ? "0" : "0.5")
            + ",seed="
            + seed;
    BigInteger brute =
        BruteForce.tables(GeneratedModels.text(GeneratorSpec.parse(spec).orElseThrow()));
    ProductModel model = ((ReadResult.Loaded) GeneratedModels.read(spec)).model();
    TableCsp csp = TableCsp.of(model).orElseThrow();

    BigInteger eliminated = TableCounter.count(csp, new int[0], Deadline.none()).orThrow();
    CliqueTree tree =
        CliqueTree.build(csp, Deadline.none(), TableCompilation.MAX_CELLS, () -> false).orThrow();
    BigInteger summed =
        CliqueCounts.count(tree, csp.restrict(new int[0]).orElseThrow(), Deadline.none())
            .orThrow()
            .total();
    BigInteger session =
        ConfigurationSession.start(CompiledModel.compile(model, Deadline.none()).orThrow())
            .count(Deadline.inMillis(60_000))
            .orThrow();

    assertThat(brute).isPositive();
    assertThat(eliminated).isEqualTo(brute);
    assertThat(summed).isEqualTo(brute);
    assertThat(session).isEqualTo(brute);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void everyTableAllowsTheProjectionsOfTheCatalogueOnly(int seed) {
    String spec = "gen:tables:vars=30,width=5,domain=30,arity=5,products=4,seed=" + seed;
    TableCsp csp =
        TableCsp.of(((ReadResult.Loaded) GeneratedModels.read(spec)).model()).orElseThrow();
    for (TableCsp.Relation r : csp.tables()) {
      assertThat(r.rows().length).isBetween(1, 4);
    }
    BigInteger count = TableCounter.count(csp, new int[0], Deadline.none()).orThrow();
    assertThat(count).isGreaterThanOrEqualTo(BigInteger.ONE);
  }
}
