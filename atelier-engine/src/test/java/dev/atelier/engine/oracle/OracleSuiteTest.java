package dev.atelier.engine.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.atelier.engine.model.Component;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.Value;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Property tests: the engine (compile, session, validate, price) agrees with {@link
 * BruteForceOracle} on thousands of seeded random models and decision sequences. Each model uses
 * seed {@code base + i}; a failure names its seed, and {@code -Datelier.oracle.seed=SEED
 * -Datelier.oracle.models=1} reproduces it alone. See {@link OracleSuite} for the settings.
 *
 * <p>Where each part runs: the default suite checks the first {@link OracleSuite#DEFAULT_MODELS}
 * seeds (six decisions each) and fails unless every kind of check in {@link #KINDS}, the priced
 * repair included, was made; the slow profile ({@code -Pslow}) checks the seeds after them up to
 * {@link OracleSuite#CI_MODELS}, and another 10,000 models with eight decisions each.
 */
class OracleSuiteTest {

  /**
   * The kinds of check (names counted by {@link Coverage}) the default run must make at least once;
   * at 800 models the rarest, {@code explain retract 3}, was made 8 times.
   */
  private static final List<String> KINDS =
      List.of(
          "complete cheapest",
          "complete preferred",
          "countPerValue",
          "decide",
          "decide refused",
          "decide unset",
          "expired deadline answered",
          "expired deadline failed",
          "explain reachable",
          "explain unreachable",
          "explain retract 1",
          "explain retract 2",
          "explain retract 3",
          "priced repair",
          "re-decide",
          "re-decide refused",
          "redo",
          "redo nothing",
          "repair applied",
          "retract",
          "undo",
          "undo nothing",
          "unsatisfiable model compiled",
          "validate invalid",
          "validate valid");

  @Test
  void engineAgreesWithBruteForceOracle() throws InterruptedException, ExecutionException {
    String failures = new OracleSuite(0, OracleSuite.DEFAULT_MODELS, 6).run();
    if (!failures.isEmpty()) {
      fail(failures);
    }
    assertThat(Coverage.snapshot()).as("checks made").containsKeys(KINDS.toArray(String[]::new));
  }

  @Test
  @Tag("slow")
  void engineAgreesWithBruteForceOracleOnTheNextSeeds()
      throws InterruptedException, ExecutionException {
    // The default run's seeds continued: together CI_MODELS models, six decisions each.
    String failures =
        new OracleSuite(
                OracleSuite.DEFAULT_MODELS, OracleSuite.CI_MODELS - OracleSuite.DEFAULT_MODELS, 6)
            .run();
    if (!failures.isEmpty()) {
      fail(failures);
    }
  }

  /** Models the generator does not make: no attributes, a contradiction, an empty enum. */
  @Test
  void edgeModelsAgreeWithTheOracle() {
    LocalizedText l = LocalizedText.of("l");
    List<ProductModel> models =
        List.of(
            ProductModel.builder("empty").basePrice("EUR", 700).build(),
            ProductModel.builder("never").rule("no", Expr.FALSE).build(),
            ProductModel.builder("hollow")
                .attribute(new EnumAttribute("e", l, List.of(), true))
                .bool("b")
                .rule("r", new Expr.Iff(new Expr.IsSet("e"), Expr.is("b", "true")))
                .build(),
            ProductModel.builder("free")
                .attribute(new EnumAttribute("e", l, List.of(Value.of("x", -5)), true))
                .component(new Component("k", l, 40, 2, Expr.TRUE))
                .build());
    for (ProductModel m : models) {
      for (long seed = 0; seed < 20; seed++) {
        new ModelRun(seed, m).run(6);
      }
    }
  }

  @Test
  @Tag("slow")
  void engineAgreesWithBruteForceOracleOnOtherModelsWithLongerSequences()
      throws InterruptedException, ExecutionException {
    // Another 10,000 models (seeds after the default run's), eight decisions each.
    String failures = new OracleSuite(10_000_000, 10_000, 8).run();
    if (!failures.isEmpty()) {
      fail(failures);
    }
  }
}
