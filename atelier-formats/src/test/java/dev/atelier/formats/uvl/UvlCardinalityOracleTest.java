package dev.atelier.formats.uvl;

import static dev.atelier.formats.featuremodel.FeatureModelTesting.count;
import static dev.atelier.formats.featuremodel.FeatureModelTesting.loaded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.ProductModel;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * UVL feature cardinalities against brute force: random small feature trees with cloned features
 * (nested, optional and mandatory, in every kind of group) and cross-tree constraints, written as
 * UVL, read, and counted exactly; {@link CloneWorld} enumerates the structured configurations under
 * the documented semantics (docs/model-format.md, "UVL feature cardinality").
 */
class UvlCardinalityOracleTest {

  @Test
  void exactCountsOfRandomClonedTreesEqualBruteForce() {
    Random random = new Random(20261206);
    int checked = 0;
    for (int seed = 0; checked < 60; seed++) {
      CloneWorld.Node root = CloneWorld.randomTree(random);
      List<CloneWorld.Formula> constraints = CloneWorld.randomConstraints(random, root);
      long expected = CloneWorld.count(root, constraints, 200_000);
      if (expected < 0) {
        continue;
      }
      String uvl = CloneWorld.uvl(root, constraints);
      ProductModel model = loaded(UvlReader.read(new StringReader(uvl), "m" + seed + ".uvl"));
      assertThat(count(model)).as(uvl).isEqualTo(BigInteger.valueOf(expected));
      checked++;
    }
  }

  @Test
  void aConstraintInsideACloneHoldsPerInstanceAndOneOutsideReadsSomeInstance() {
    String uvl =
        """
        features
            Wall
                mandatory
                    Bay cardinality [1..3]
                        optional
                            Glass
                            Lamp
                optional
                    Dimmer
        constraints
            Glass => Lamp
            Dimmer => Lamp
        """;
    ProductModel model = loaded(UvlReader.read(new StringReader(uvl), "wall.uvl"));
    // Per bay: (glass, lamp) in {00, 01, 11} = 3; bays 1..3: 3 + 9 + 27 = 39 without the dimmer.
    // With the dimmer some bay has a lamp: 39 minus the bays with no lamp at all (1 + 1 + 1).
    assertThat(count(model)).isEqualTo(BigInteger.valueOf(39 + 36));
    assertThat(model.attributes().stream().map(a -> a.id()))
        .contains("Bay", "Bay[1].Glass", "Bay[3].Lamp", "Dimmer");
  }

  @Test
  void anOptionalClonedFeatureMayBeAbsentAndAMandatoryOneNeedsItsLowerBound() {
    String optional =
        """
        features
            R
                optional
                    F cardinality [2..3]
        """;
    String mandatory =
        """
        features
            R
                mandatory
                    F cardinality [2..3]
        """;
    assertThat(count(loaded(UvlReader.read(new StringReader(optional), "o.uvl"))))
        .isEqualTo(BigInteger.valueOf(3));
    assertThat(count(loaded(UvlReader.read(new StringReader(mandatory), "m.uvl"))))
        .isEqualTo(BigInteger.valueOf(2));
  }
}
