package dev.atelier.formats.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.Value;
import dev.atelier.engine.result.Deadline;
import dev.atelier.formats.BruteForce;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelDiffTest {

  static ProductModel oldModel() {
    return ProductModel.builder("m")
        .enumeration("color", "red", "blue", "green")
        .enumeration("size", "s", "m", "l")
        .bool("gift")
        .rule("no-green-l", Expr.not(Expr.and(Expr.is("color", "green"), Expr.is("size", "l"))))
        .rule("gift-red", Expr.implies(Expr.is("gift", "true"), Expr.is("color", "red")))
        .build();
  }

  static ProductModel newModel() {
    return ProductModel.builder("m")
        .enumeration("color", "red", "blue", "black")
        .enumeration("size", "s", "m", "l")
        .attribute(
            new EnumAttribute(
                "engraving", LocalizedText.of("engraving"), List.of(Value.of("yes")), true))
        .rule("no-green-l", Expr.not(Expr.and(Expr.is("color", "black"), Expr.is("size", "l"))))
        .rule("engrave-m", Expr.implies(new Expr.IsSet("engraving"), Expr.is("size", "m")))
        .build();
  }

  /** Brute force over the union of attributes; a missing attribute is unset in that version. */
  static long bruteDifference(ProductModel in, ProductModel notIn) {
    Map<String, Attribute> union = new LinkedHashMap<>();
    for (ProductModel m : List.of(in, notIn)) {
      for (Attribute a : m.attributes()) {
        union.merge(a.id(), mergeValues(a, a), (x, y) -> mergeValues(x, y));
      }
    }
    return BruteForce.count(
        new ArrayList<>(union.values()), c -> validIn(in, c) && !validIn(notIn, c));
  }

  private static boolean validIn(ProductModel m, Configuration c) {
    for (String id : c.values().keySet()) {
      if (m.attribute(id).isEmpty()) {
        return false;
      }
    }
    return BruteForce.valid(m, c);
  }

  private static Attribute mergeValues(Attribute x, Attribute y) {
    List<Value> values = new ArrayList<>();
    for (String v : x.valueIds()) {
      values.add(Value.of(v));
    }
    for (String v : y.valueIds()) {
      if (!x.valueIds().contains(v)) {
        values.add(Value.of(v));
      }
    }
    return new EnumAttribute(x.id(), x.label(), values, true);
  }

  @Test
  void listsStructuralChanges() {
    DiffReport d = ModelDiff.compare(oldModel(), newModel(), Deadline.inMillis(20_000));

    assertThat(d.attributesAdded()).containsExactly("engraving");
    assertThat(d.attributesRemoved()).containsExactly("gift");
    assertThat(d.valuesAdded()).containsExactly(new ValueRef("color", "black"));
    assertThat(d.valuesRemoved()).containsExactly(new ValueRef("color", "green"));
    assertThat(d.rulesAdded()).containsExactly("engrave-m");
    assertThat(d.rulesRemoved()).containsExactly("gift-red");
    assertThat(d.rulesChanged()).containsExactly("no-green-l");
    assertThat(d.render()).contains("attributes added: engraving");
  }

  @Test
  void gainedAndLostMatchBruteForce() {
    ProductModel o = oldModel();
    ProductModel n = newModel();
    DiffReport d = ModelDiff.compare(o, n, Deadline.inMillis(20_000));

    long gained = bruteDifference(n, o);
    long lost = bruteDifference(o, n);
    // old: gift is required, so no new configuration (gift unset) is old: all 11 new ones
    // (8 colour/size pairs, plus engraving with size m: 3) are gained; all 11 old ones
    // (8 pairs with gift=false, 3 red with gift=true) are lost.
    assertThat(gained).isEqualTo(11);
    assertThat(lost).isEqualTo(11);
    assertThat(d.gained()).isEqualTo(new AnalysisResult.Done<>(BigInteger.valueOf(gained)));
    assertThat(d.lost()).isEqualTo(new AnalysisResult.Done<>(BigInteger.valueOf(lost)));
  }

  @Test
  void optionalAttributesOnOneSideAndValueChanges() {
    ProductModel o =
        ProductModel.builder("m")
            .enumeration("color", "red", "blue", "green")
            .attribute(
                new EnumAttribute(
                    "gift", LocalizedText.of("gift"), List.of(Value.of("wrap")), true))
            .rule("r", Expr.implies(new Expr.IsSet("gift"), Expr.is("color", "green")))
            .build();
    ProductModel n = newModel();

    DiffReport d = ModelDiff.compare(o, n, Deadline.inMillis(20_000));

    assertThat(d.gained())
        .isEqualTo(new AnalysisResult.Done<>(BigInteger.valueOf(bruteDifference(n, o))));
    assertThat(d.lost())
        .isEqualTo(new AnalysisResult.Done<>(BigInteger.valueOf(bruteDifference(o, n))));
    assertThat(bruteDifference(o, n)).isPositive();
  }

  @Test
  void identicalModelsGainAndLoseNothing() {
    DiffReport d = ModelDiff.compare(newModel(), newModel(), Deadline.inMillis(20_000));
    assertThat(d.gained()).isEqualTo(new AnalysisResult.Done<>(BigInteger.ZERO));
    assertThat(d.lost()).isEqualTo(new AnalysisResult.Done<>(BigInteger.ZERO));
    assertThat(d.rulesChanged()).isEmpty();
  }
}
