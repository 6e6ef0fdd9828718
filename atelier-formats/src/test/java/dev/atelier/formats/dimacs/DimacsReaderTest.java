package dev.atelier.formats.dimacs;

import static dev.atelier.formats.dimacs.DimacsTesting.model;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.ModelValidator;
import dev.atelier.engine.model.ProductModel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DimacsReaderTest {

  private static final String TINY =
      """
      c a tiny model
      c 1 A
      c 2 B
      p cnf 3 2
      1 -2 0
      2 3 0
      """;

  @Test
  void readsVariablesAsRequiredBooleanAttributes() {
    ProductModel model = model(TINY);

    assertThat(model.id()).isEqualTo("t");
    assertThat(model.version()).isEqualTo("1");
    assertThat(model.attributes()).extracting(Attribute::id).containsExactly("A", "B", "x3");
    assertThat(model.attributes())
        .allSatisfy(
            a -> {
              assertThat(a).isInstanceOf(BooleanAttribute.class);
              assertThat(a.optional()).isFalse();
              assertThat(a.priceOf(BooleanAttribute.TRUE)).isZero();
            });
    assertThat(ModelValidator.validate(model)).isEmpty();
  }

  @Test
  void readsClausesAsRulesOfValueAtoms() {
    List<Constraint> rules = model(TINY).constraints();

    assertThat(rules).hasSize(2).allSatisfy(r -> assertThat(r).isInstanceOf(Constraint.Rule.class));
    assertThat(rules.get(0).id()).isEqualTo("clause1");
    assertThat(rules.get(0).label().text()).isEqualTo("clause 1 (line 5): A or not B");
    assertThat(rules.get(0).formula())
        .isEqualTo(Expr.or(Expr.is("A", "true"), Expr.is("B", "false")));
    assertThat(rules.get(1).id()).isEqualTo("clause2");
    assertThat(rules.get(1).label().text()).isEqualTo("clause 2 (line 6): B or x3");
    assertThat(rules.get(1).formula())
        .isEqualTo(Expr.or(Expr.is("B", "true"), Expr.is("x3", "true")));
  }

  @Test
  void clausesMaySpanLinesAndShareThem() {
    ProductModel model = model("p cnf 3 3\n1 2\n\t3 0 -1 0\n-2 0\n");

    assertThat(model.constraints())
        .extracting(c -> c.label().text())
        .containsExactly(
            "clause 1 (line 2): x1 or x2 or x3",
            "clause 2 (line 3): not x1",
            "clause 3 (line 4): not x2");
  }

  @Test
  void acceptsAFinalClauseWithoutItsZero() {
    ProductModel model = model("p cnf 2 2\n1 0\n-2");

    assertThat(model.constraints()).hasSize(2);
    assertThat(model.constraints().get(1).formula()).isEqualTo(Expr.or(Expr.is("x2", "false")));
  }

  @Test
  void readsAnEmptyClauseAsFalse() {
    Constraint empty = model("p cnf 1 1\n0\n").constraints().get(0);

    assertThat(empty.formula()).isEqualTo(new Expr.Or(List.of()));
    assertThat(empty.label().text()).isEqualTo("clause 1 (line 2): false (empty clause)");
  }

  @Test
  void keepsUnusedVariables() {
    assertThat(model("p cnf 4 1\n1 0\n").attributes()).hasSize(4);
  }

  @Test
  void acceptsCrLfAndCrLineEnds() {
    assertThat(model("p cnf 2 1\r\n1 -2 0\r\n").constraints()).hasSize(1);
    assertThat(model("p cnf 2 2\r1 0\r2 0\r").constraints().get(1).label().text())
        .isEqualTo("clause 2 (line 3): x2");
  }

  @Test
  void stopsAtSatlibPercentLine() {
    assertThat(model("p cnf 2 1\n1 2 0\n%\n0\n\n").constraints()).hasSize(1);
  }

  @Test
  void namesMayContainSpacesAndOddCharacters() {
    ProductModel model =
        model(
            """
            c 1   Intel Core i5 (7th gen) €:é/ok  \t
            c 2 a\tb
            p cnf 2 1
            1 2 0
            """);

    assertThat(model.attributes())
        .extracting(Attribute::id)
        .containsExactly("Intel Core i5 (7th gen) €:é/ok", "a\tb");
    assertThat(model.constraints().get(0).label().text())
        .isEqualTo("clause 1 (line 4): Intel Core i5 (7th gen) €:é/ok or a\tb");
  }

  @Test
  void sharedOrMissingNamesFallBackToUniqueNumberedIds() {
    ProductModel model =
        model(
            """
            c 1 Stufe 1
            c 2 Stufe 1
            c 3
            c 4 x6
            c this line is a plain comment
            c 0 not a variable
            c 9 beyond the declared variables
            c 5 Five
            c 5 Another name for five is ignored
            p cnf 6 1
            1 0
            """);

    assertThat(model.attributes())
        .extracting(Attribute::id)
        .containsExactly("x1", "x2", "x3", "x6", "Five", "x6_2");
    assertThat(model.attributes())
        .extracting(a -> a.label().text())
        .containsExactly("Stufe 1", "Stufe 1", "x3", "x6", "Five", "x6_2");
    assertThat(ModelValidator.validate(model)).isEmpty();
  }

  @Test
  void namesMayFollowTheHeaderAndClauses() {
    ProductModel model = model("p cnf 2 1\n1 -2 0\nc 2 late\n");

    assertThat(model.constraints().get(0).label().text())
        .isEqualTo("clause 1 (line 2): x1 or not late");
  }

  @ParameterizedTest
  @CsvSource({
    "dir/busybox-1.18.0.knueppel2017.dimacs.gz, busybox-1.18.0.knueppel2017",
    "C:\\models\\bike.cnf, bike",
    "demo/bike.dimacs, bike",
    "bike, bike",
    "model.GZ, model",
    ".gz, model",
  })
  void modelIdIsTheFileNameWithoutExtensions(String fileName, String id) {
    assertThat(DimacsReader.modelId(fileName)).isEqualTo(id);
  }
}
