package dev.atelier.engine.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.ModelValidator;
import dev.atelier.engine.model.ProductModel;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The generator makes valid, small, reproducible models that use every feature. */
class RandomModelsTest {

  private static final int MODELS = 3000;

  @Test
  void modelsAreValidSmallAndReproducible() {
    for (long seed = 0; seed < 200; seed++) {
      ProductModel m = RandomModels.generate(new Random(seed));
      assertThat(ModelValidator.validate(m)).as("seed %d", seed).isEmpty();
      assertThat(new BruteForceOracle(m).all().size())
          .isLessThanOrEqualTo((int) RandomModels.MAX_SPACE);
      assertThat(RandomModels.generate(new Random(seed))).isEqualTo(m);
    }
  }

  @Test
  void modelsUseEveryFeatureAndAreMostlySatisfiable() {
    Set<String> features = new TreeSet<>();
    int unsat = 0;
    long valid = 0;
    for (long seed = 0; seed < MODELS; seed++) {
      ProductModel m = RandomModels.generate(new Random(OracleSuite.DEFAULT_SEED + seed));
      for (Attribute a : m.attributes()) {
        features.add(a.getClass().getSimpleName() + (a.optional() ? " optional" : ""));
      }
      for (Constraint c : m.constraints()) {
        features.add(c.getClass().getSimpleName());
        String text = ModelPrinter.constraint(c);
        if (c instanceof Constraint.Rule && text.contains("[")) {
          features.add("Compare in Rule");
        }
        if (c instanceof Constraint.Rule && text.contains("count")) {
          features.add("Count in Rule");
        }
        if (c instanceof Constraint.Table t) {
          t.rows().forEach(r -> r.forEach(cell -> features.add("cell " + cell.charAt(0))));
          features.add(t.allowed() ? "Table allowed" : "Table forbidden");
        }
      }
      m.components().forEach(k -> features.add(k.unitPrice() < 0 ? "discount" : "component"));
      long n = new BruteForceOracle(m).count(java.util.List.of());
      valid += n;
      unsat += n == 0 ? 1 : 0;
    }
    System.out.println(
        "generator: "
            + unsat
            + " of "
            + MODELS
            + " unsatisfiable, "
            + valid / MODELS
            + " valid configurations on average; features "
            + features);
    assertThat(features)
        .contains(
            "EnumAttribute",
            "EnumAttribute optional",
            "BooleanAttribute optional",
            "IntegerAttribute optional",
            "TextAttribute",
            "TextAttribute optional",
            "Requires",
            "Excludes",
            "Rule",
            "Table allowed",
            "Table forbidden",
            "cell *",
            "cell ~",
            "Cardinality",
            "Linear",
            "Compare in Rule",
            "Count in Rule",
            "discount");
    assertThat(unsat).isBetween(MODELS / 200, MODELS / 8);
  }
}
