package dev.atelier.formats.uvl;

import static dev.atelier.formats.featuremodel.FeatureModelTesting.count;
import static dev.atelier.formats.featuremodel.FeatureModelTesting.loaded;
import static dev.atelier.formats.featuremodel.FeatureModelTesting.rejected;
import static dev.atelier.formats.featuremodel.FeatureModelTesting.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.TextAttribute;
import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.ReadResult;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class UvlReaderTest {

  private static ReadResult read(String text) {
    return UvlReader.read(new StringReader(text), "test.uvl");
  }

  @Test
  void mapsEveryConstructOfTheConstructsFile() {
    ProductModel model = loaded(UvlReader.read(resource("/uvl/constructs.uvl")));
    assertThat(model.id()).isEqualTo("constructs");
    assertThat(model.label().text()).isEqualTo("Bikes");
    assertThat(model.attributes()).hasSize(16);
    assertThat(model.attribute("Carbon Fibre").orElseThrow()).isInstanceOf(BooleanAttribute.class);
    assertThat(model.attribute("Engraving").orElseThrow()).isInstanceOf(TextAttribute.class);
    assertThat(((BooleanAttribute) model.attribute("Frame").orElseThrow()).priceWhenTrue())
        .isEqualTo(10050);
    assertThat(((BooleanAttribute) model.attribute("Carbon Fibre").orElseThrow()).priceWhenTrue())
        .isEqualTo(25000);
    // 168 = brute-force enumeration of the 16 features against the file's semantics.
    assertThat(count(model)).isEqualTo(BigInteger.valueOf(168));
  }

  @Test
  void labelsReadWellInExplanations() {
    ProductModel model = loaded(UvlReader.read(resource("/uvl/constructs.uvl")));
    List<String> labels = model.constraints().stream().map(c -> c.label().text()).toList();
    assertThat(labels)
        .contains(
            "'Bike' is always selected",
            "'Steel' requires its parent 'Frame'",
            "'Bike' always includes 'Frame'",
            "Parent 'Frame' has exactly one of Steel, Carbon Fibre",
            "Parent 'Bike' has at least one of Racing, Touring",
            "Parent 'Bike' has between 1 and 2 of Bell, Horn, Light",
            "Parent 'Bike' has exactly 2 of Brakes, Gears",
            "Constraint: Basket => !Racing",
            "Constraint: !(Racing & \"Carbon Fibre\") | Bell",
            "Constraint: sum(Weight) <= 9");
    assertThat(labels).noneMatch(l -> l.contains("Bottle, Pump"));
  }

  @Test
  void linearArithmeticBecomesACompareOverSelectedFeatures() {
    ProductModel model = loaded(UvlReader.read(resource("/uvl/constructs.uvl")));
    Expr sum =
        model.constraints().stream()
            .filter(c -> c.label().text().equals("Constraint: sum(Weight) <= 9"))
            .map(Constraint::formula)
            .findFirst()
            .orElseThrow();
    assertThat(sum)
        .isEqualTo(
            new Expr.Compare(
                List.of(
                    new Expr.Term(3, "Frame"),
                    new Expr.Term(4, "Steel"),
                    new Expr.Term(1, "Carbon Fibre"),
                    new Expr.Term(2, "Racing"),
                    new Expr.Term(3, "Touring")),
                Expr.Op.LE,
                9));
  }

  @Test
  void decimalsAreScaledToWholeNumbers() {
    ProductModel model =
        loaded(read("features\n  A\n    optional\n      B {w 1.5}\nconstraints\n  B.w < 1.25\n"));
    assertThat(model.constraints().get(model.constraints().size() - 1).formula())
        .isEqualTo(new Expr.Compare(List.of(new Expr.Term(150, "B")), Expr.Op.LT, 125));
    assertThat(count(model)).isEqualTo(BigInteger.ONE);
  }

  @Test
  void resolvesImportsRelativeToTheImportingFile() {
    ProductModel model = loaded(UvlReader.read(resource("/uvl/imports/main.uvl")));
    assertThat(model.attributes().stream().map(a -> a.id()))
        .containsExactly(
            "Bike", "w.Wheels", "w.Thin", "w.Fat", "parts.seat.Seat", "parts.seat.Comfort");
    assertThat(count(model)).isEqualTo(BigInteger.valueOf(4));
  }

  @Test
  void importsFromAReaderAreReportedWithTheirPosition() {
    List<Diagnostic> problems = rejected(read("imports\n  other as o\nfeatures\n  A\n"));
    assertThat(problems)
        .singleElement()
        .hasToString(
            "test.uvl:2:3: imports not supported when the model is not read from a file: cannot"
                + " resolve 'other'");
  }

  @Test
  void tabsAndSpacesBothIndent() {
    ProductModel model = loaded(read("features\n\tA\n\t\tor\n\t\t\tB\n\t\t\tC\n"));
    assertThat(count(model)).isEqualTo(BigInteger.valueOf(3));
  }

  @Test
  void collectsEverySyntaxErrorWithItsPosition() {
    List<Diagnostic> problems =
        rejected(
            read(
                """
                features
                    A
                        mandatory
                            12B
                            C {Price 1 2}
                        sometimes
                            D
                constraints
                    A & (B |
                    A => => C
                """));
    assertThat(problems.stream().map(Diagnostic::toString))
        .containsExactly(
            "test.uvl:4:13: illegal name '12B': names start with a letter; quote others (\"12B\")",
            "test.uvl:5:24: expected ',' or '}' after attribute 'Price', found number 2",
            "test.uvl:6:9: expected a group keyword (mandatory, optional, alternative, or, [n..m]),"
                + " found 'sometimes'; child features are indented below a group keyword",
            "test.uvl:10:10: expected a feature, number or '(', found '=>'");
  }

  @Test
  void reportsUnknownAndDuplicateFeatures() {
    List<Diagnostic> problems =
        rejected(read("features\n  A\n    optional\n      B\n      B\nconstraints\n  B | Z\n"));
    assertThat(problems.stream().map(Diagnostic::toString))
        .containsExactly(
            "test.uvl:5:7: duplicate feature 'B' (first defined at line 4)",
            "test.uvl:7:7: unknown feature 'Z'");
  }

  @Test
  void reportsUnsupportedConstructsWithTheirPosition() {
    List<Diagnostic> problems =
        rejected(
            read(
                """
                features
                    A cardinality [1..3]
                        optional
                            Integer N
                            B {p 1}
                            C {p 2}
                            String S
                constraints
                    B.p * C.p > 1
                    avg(p) > 1
                    S == 'x'
                """));
    assertThat(problems.stream().map(Diagnostic::toString))
        .containsExactly(
            "test.uvl:2:5: unsupported: feature cardinality of 'A': the root feature cannot be"
                + " cloned",
            "test.uvl:4:13: unsupported: Integer feature 'N' has no bounded domain to map to an"
                + " integer attribute",
            "test.uvl:9:5: unsupported: the product of two feature attributes is not linear",
            "test.uvl:10:5: unsupported: avg(...) cannot be mapped to the engine",
            "test.uvl:11:5: unsupported: string comparisons cannot be mapped to the engine");
  }

  @Test
  void productsOfOneFeaturesAttributesAreLinear() {
    ProductModel model =
        loaded(
            read(
                "features\n  A\n    optional\n      B {p 3, f 8}\nconstraints\n  B.p * B.f > 20\n"));
    assertThat(count(model)).isEqualTo(BigInteger.ONE);
  }

  @Test
  void unreadableFilesAreDiagnostics() {
    List<Diagnostic> problems = rejected(UvlReader.read(java.nio.file.Path.of("no/such.uvl")));
    assertThat(problems).singleElement().hasToString("no/such.uvl:1:1: cannot read: no such file");
  }

  @Test
  void deeplyNestedExpressionsAreDiagnosticsNotStackOverflows() {
    String parens = "(".repeat(5000) + "B" + ")".repeat(5000);
    String nots = "!".repeat(5000) + "B";
    for (String expression : List.of(parens, nots)) {
      List<Diagnostic> problems =
          rejected(read("features\n  A\n    optional\n      B\nconstraints\n  " + expression));
      assertThat(problems)
          .first()
          .hasToString(
              "test.uvl:6:"
                  + (3 + UvlExprParser.MAX_NESTING)
                  + ": expression nested more than 100 levels deep");
    }
    String allowed =
        "(".repeat(UvlExprParser.MAX_NESTING) + "B" + ")".repeat(UvlExprParser.MAX_NESTING);
    assertThat(read("features\n  A\n    optional\n      B\nconstraints\n  " + allowed))
        .isInstanceOf(ReadResult.Loaded.class);
  }
}
