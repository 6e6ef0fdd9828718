package dev.atelier.bench.gen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.bench.run.LoadedModel;
import dev.atelier.bench.run.ModelSource;
import dev.atelier.engine.cnf.Cnf;
import dev.atelier.engine.count.CnfCounter;
import dev.atelier.engine.count.ModelCounting;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.formats.ReadResult;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.logicng.formulas.Formula;
import org.logicng.formulas.FormulaFactory;
import org.logicng.knowledgecompilation.dnnf.DnnfFactory;
import org.logicng.knowledgecompilation.dnnf.functions.DnnfModelCountFunction;

/**
 * Generated models are satisfiable, deterministic for a seed, read like files of their kind, have
 * the width they were asked for, and the engine counts them exactly as brute force over the text
 * does (a second counter, independent of the engine and the readers).
 */
class GeneratedModelsTest {

  /** The engine counts {@code spec}'s model as {@code brute} counts its text (not zero). */
  private static BigInteger assertCountsAsBruteForce(
      String spec, Function<String, BigInteger> brute) {
    BigInteger expected =
        brute.apply(GeneratedModels.text(GeneratorSpec.parse(spec).orElseThrow()));
    assertThat(engineCount(spec)).isEqualTo(expected).isPositive();
    return expected;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6})
  void tableModelsCountAsBruteForce(int seed) {
    String spec = "gen:tables:vars=7,width=3,domain=4,tightness=0.5,extra=0.5,seed=" + seed;
    assertCountsAsBruteForce(spec, BruteForce::tables);
  }

  /** Kconfig-like and automotive models, seeds 1 to 6 each. */
  static Stream<String> cnfSpecs() {
    return IntStream.rangeClosed(1, 6)
        .boxed()
        .flatMap(
            seed ->
                Stream.of(
                    "gen:kconfig:vars=16,cross=2,choice=0.2,seed=" + seed,
                    "gen:automotive:vars=16,implications=1,seed=" + seed));
  }

  @ParameterizedTest
  @MethodSource("cnfSpecs")
  void kconfigAndAutomotiveModelsCountAsBruteForce(String spec) {
    assertCountsAsBruteForce(spec, BruteForce::cnf);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void productDocModelsCountAsBruteForceWithBothCounters(int seed) {
    // Rules reaching 0, 1 and 2 families away.
    String spec = "gen:productdoc:vars=20,family=4,locality=" + (seed - 1) + ",seed=" + seed;
    BigInteger brute = assertCountsAsBruteForce(spec, BruteForce::cnf);
    Cnf cnf = ModelSource.load(spec, Optional.empty(), Deadline.none()).orThrow().compiled().cnf();
    assertThat(
            CnfCounter.count(cnf.numVars(), cnf.clauses(), new int[0], Deadline.none()).orThrow())
        .isEqualTo(brute);
  }

  @Tag("slow")
  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void productDocModelsCountTheSameWithTheOldAndTheNewCounter(int seed) {
    String spec = "gen:productdoc:vars=300,seed=" + seed;
    Cnf cnf = ModelSource.load(spec, Optional.empty(), Deadline.none()).orThrow().compiled().cnf();
    BigInteger old = ModelCounting.count(cnf, new int[0], Deadline.inMillis(60_000)).orThrow();
    assertThat(
            CnfCounter.count(cnf.numVars(), cnf.clauses(), new int[0], Deadline.none()).orThrow())
        .isEqualTo(old)
        .isGreaterThan(BigInteger.TEN.pow(6));
  }

  /**
   * Wide product documentation (rules reaching 2, 5 and 8 families away; min-fill width 23-54 at
   * 1,700 variables) counted by the new counter and, independently, by LogicNG's d-DNNF compiler.
   */
  @Tag("slow")
  @ParameterizedTest
  @ValueSource(ints = {2, 5, 8})
  void wideProductDocModelsCountAsLogicNgDoes(int locality) {
    String spec = "gen:productdoc:vars=250,locality=" + locality + ",seed=" + locality;
    Cnf cnf = ModelSource.load(spec, Optional.empty(), Deadline.none()).orThrow().compiled().cnf();
    FormulaFactory f = new FormulaFactory();
    List<Formula> clauses = new ArrayList<>();
    for (int[] clause : cnf.clauses()) {
      clauses.add(
          f.or(IntStream.of(clause).mapToObj(l -> f.literal("v" + Math.abs(l), l > 0)).toList()));
    }
    Formula formula = f.and(clauses);
    BigInteger logicNg =
        new DnnfFactory()
            .compile(formula)
            .execute(DnnfModelCountFunction.get())
            .shiftLeft(cnf.numVars() - formula.variables().size());
    assertThat(
            CnfCounter.count(cnf.numVars(), cnf.clauses(), new int[0], Deadline.none()).orThrow())
        .as(spec)
        .isEqualTo(logicNg)
        .isGreaterThan(BigInteger.TEN.pow(6));
  }

  @Test
  void tableModelsHaveAtMostTheAskedWidth() {
    for (int width : new int[] {2, 5, 12}) {
      String text =
          GeneratedModels.text(
              GeneratorSpec.parse("gen:tables:vars=120,width=" + width + ",seed=3").orElseThrow());
      int n = 120;
      List<Set<Integer>> lower = new ArrayList<>();
      for (int v = 0; v < n; v++) {
        lower.add(new HashSet<>());
      }
      Matcher scope = Pattern.compile("scope=\"([^\"]+)\"").matcher(text);
      while (scope.find()) {
        int[] vars =
            Pattern.compile(" ")
                .splitAsStream(scope.group(1))
                .mapToInt(s -> Integer.parseInt(s.substring(1)))
                .toArray();
        for (int a : vars) {
          for (int b : vars) {
            if (b < a) {
              lower.get(a).add(b);
            }
          }
        }
      }
      // Creation order is a perfect elimination order of the k-tree the scopes live in: eliminating
      // from the last variable, each one's earlier neighbours form a clique of at most width.
      int widest = lower.stream().mapToInt(Set::size).max().orElse(0);
      assertThat(widest).as("width %d", width).isLessThanOrEqualTo(width).isPositive();
    }
  }

  @Test
  void sameSeedSameModelOtherSeedAnother() {
    for (String family : List.of("tables", "kconfig", "automotive", "productdoc")) {
      String a =
          GeneratedModels.text(GeneratorSpec.parse("gen:" + family + ":seed=5").orElseThrow());
      String b =
          GeneratedModels.text(GeneratorSpec.parse("gen:" + family + ":seed=5").orElseThrow());
      String c =
          GeneratedModels.text(GeneratorSpec.parse("gen:" + family + ":seed=6").orElseThrow());
      assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }
  }

  @Test
  void modularModelsUnrollTheAskedInstancesAndAttributes() {
    ReadResult read = ModelSource.read("gen:modular:instances=3,attributes=4,values=3");
    assertThat(read).isInstanceOf(ReadResult.Loaded.class);
    ProductModel model = ((ReadResult.Loaded) read).model();
    // frame, the count, then 3 instances of 4 attributes.
    assertThat(model.attributes()).hasSize(2 + 3 * 4);
    assertThat(model.attribute("units[3].a4")).isPresent();
    assertThat(model.constraints().stream().map(c -> c.id()))
        .contains("size", "few-v0", "neighbour", "frame-f0", "units[2].r0");
  }

  @Test
  void badSpecsAreRejectedWithADiagnostic() {
    assertThat(ModelSource.read("gen:nope")).isInstanceOf(ReadResult.Rejected.class);
    assertThat(ModelSource.read("gen:tables:vars=x")).isInstanceOf(ReadResult.Rejected.class);
    assertThat(ModelSource.read("gen:tables:vars")).isInstanceOf(ReadResult.Rejected.class);
    assertThat(GeneratorSpec.parse("tables")).isEmpty();
  }

  @Test
  void largeKconfigModelReadsWithTheAskedSize() {
    ReadResult read = ModelSource.read("gen:kconfig:vars=20000,seed=2");
    assertThat(read).isInstanceOf(ReadResult.Loaded.class);
    assertThat(((ReadResult.Loaded) read).model().attributes()).hasSize(20000);
  }

  private static BigInteger engineCount(String spec) {
    LoadedModel loaded =
        ModelSource.load(spec, Optional.empty(), Deadline.inMillis(60_000)).orThrow();
    return ConfigurationSession.start(loaded.compiled()).count(Deadline.inMillis(60_000)).orThrow();
  }
}
