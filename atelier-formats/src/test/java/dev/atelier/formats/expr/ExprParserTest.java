package dev.atelier.formats.expr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.TextAttribute;
import dev.atelier.engine.model.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExprParserTest {
  static final Map<String, Attribute> SCOPE =
      Map.of(
          "frame",
              new EnumAttribute(
                  "frame",
                  LocalizedText.of("Frame"),
                  List.of(Value.of("steel"), Value.of("alu"), Value.of("carbon")),
                  false),
          "gears",
              new EnumAttribute(
                  "gears",
                  LocalizedText.of("Gears"),
                  List.of(Value.of("3"), Value.of("8"), Value.of("11")),
                  false),
          "basket", new BooleanAttribute("basket", LocalizedText.of("Basket"), true, 0),
          "rack", new BooleanAttribute("rack", LocalizedText.of("Rack"), false, 0),
          "bag", new BooleanAttribute("bag", LocalizedText.of("Bag"), false, 0),
          "width",
              new IntegerAttribute("width", LocalizedText.of("W"), 0, 1000, 10, "mm", false, 0),
          "height",
              new IntegerAttribute("height", LocalizedText.of("H"), 0, 3000, 1, "mm", false, 0),
          "monogram", new TextAttribute("monogram", LocalizedText.of("M"), 3, "A-Z", true, 0),
          "saddle",
              new EnumAttribute(
                  "saddle", LocalizedText.of("S"), List.of(Value.of("comfort")), true));

  private static Expr parse(String text) {
    Parsed<Expr> p = ExprParser.parse(text, SCOPE);
    assertThat(p.errors()).as(text).isEmpty();
    return p.value();
  }

  private static List<ExprError> errors(String text) {
    Parsed<Expr> p = ExprParser.parse(text, SCOPE);
    assertThat(p.errors()).as(text).isNotEmpty();
    return p.errors();
  }

  @Test
  void implicationOfValueTests() {
    assertThat(parse("frame = carbon -> gears != 3"))
        .isEqualTo(Expr.implies(Expr.is("frame", "carbon"), Expr.not(Expr.is("gears", "3"))));
  }

  @Test
  void andBindsTighterThanOrWhichBindsTighterThanImplies() {
    Expr a = Expr.is("frame", "steel");
    Expr b = Expr.is("basket", "true");
    Expr c = Expr.is("rack", "true");
    assertThat(parse("frame = steel or basket and rack")).isEqualTo(Expr.or(a, Expr.and(b, c)));
    assertThat(parse("frame = steel || basket && rack")).isEqualTo(Expr.or(a, Expr.and(b, c)));
    assertThat(parse("(frame = steel or basket) and rack")).isEqualTo(Expr.and(Expr.or(a, b), c));
    assertThat(parse("frame = steel or basket -> rack")).isEqualTo(Expr.implies(Expr.or(a, b), c));
    assertThat(parse("not basket and rack")).isEqualTo(Expr.and(Expr.not(b), c));
    assertThat(parse("!basket && rack")).isEqualTo(Expr.and(Expr.not(b), c));
  }

  @Test
  void implicationIsRightAssociativeAndIffLeftAssociative() {
    Expr a = Expr.is("basket", "true");
    Expr b = Expr.is("rack", "true");
    Expr c = Expr.is("bag", "true");
    assertThat(parse("basket -> rack -> bag")).isEqualTo(Expr.implies(a, Expr.implies(b, c)));
    assertThat(parse("basket <-> rack <-> bag")).isEqualTo(new Expr.Iff(new Expr.Iff(a, b), c));
    assertThat(parse("basket -> rack <-> bag")).isEqualTo(new Expr.Iff(Expr.implies(a, b), c));
  }

  @Test
  void bareNamesMeanTrueForBooleansAndSetOtherwise() {
    assertThat(parse("basket")).isEqualTo(Expr.is("basket", "true"));
    assertThat(parse("saddle")).isEqualTo(new Expr.IsSet("saddle"));
    assertThat(parse("monogram")).isEqualTo(new Expr.IsSet("monogram"));
    assertThat(parse("set(basket)")).isEqualTo(new Expr.IsSet("basket"));
    assertThat(parse("basket = false")).isEqualTo(Expr.is("basket", "false"));
  }

  @Test
  void valueSetsAndQuotedValues() {
    assertThat(parse("frame in {steel, alu}"))
        .isEqualTo(Expr.or(Expr.is("frame", "steel"), Expr.is("frame", "alu")));
    assertThat(parse("frame not in {steel}"))
        .isEqualTo(Expr.not(Expr.or(Expr.is("frame", "steel"))));
    assertThat(parse("\"frame\" = \"carbon\"")).isEqualTo(Expr.is("frame", "carbon"));
    assertThat(parse("gears == 11")).isEqualTo(Expr.is("gears", "11"));
  }

  @Test
  void linearComparisonsMoveEverythingButConstantsLeft() {
    assertThat(parse("2*width + height <= 3000"))
        .isEqualTo(
            new Expr.Compare(
                List.of(new Expr.Term(2, "width"), new Expr.Term(1, "height")), Expr.Op.LE, 3000));
    assertThat(parse("height >= width + 10"))
        .isEqualTo(
            new Expr.Compare(
                List.of(new Expr.Term(1, "height"), new Expr.Term(-1, "width")), Expr.Op.GE, 10));
    assertThat(parse("-width + 5 > -20"))
        .isEqualTo(new Expr.Compare(List.of(new Expr.Term(-1, "width")), Expr.Op.GT, -25));
    assertThat(parse("1*width = 500"))
        .isEqualTo(new Expr.Compare(List.of(new Expr.Term(1, "width")), Expr.Op.EQ, 500));
    assertThat(parse("width = 500")).isEqualTo(Expr.is("width", "500"));
  }

  @Test
  void cardinalities() {
    List<Expr> three =
        List.of(Expr.is("basket", "true"), Expr.is("rack", "true"), Expr.is("bag", "true"));
    assertThat(parse("atLeast(1, basket, rack, bag)"))
        .isEqualTo(new Expr.Count(three, Expr.Op.GE, 1));
    assertThat(parse("atMost(2, basket, rack, bag)"))
        .isEqualTo(new Expr.Count(three, Expr.Op.LE, 2));
    assertThat(parse("exactly(1, basket, rack, bag)"))
        .isEqualTo(new Expr.Count(three, Expr.Op.EQ, 1));
    assertThat(parse("count(basket, rack, bag) != 2"))
        .isEqualTo(new Expr.Count(three, Expr.Op.NE, 2));
  }

  @Test
  void syntaxErrorsSayWhatWasExpectedWhere() {
    assertThat(errors("(frame = steel basket"))
        .containsExactly(new ExprError(15, "expected ')' or an operator, found 'basket'"));
    assertThat(errors("frame = "))
        .containsExactly(new ExprError(8, "expected a value, found end of expression"));
    assertThat(errors("basket & rack"))
        .containsExactly(new ExprError(7, "unexpected character '&' (write '&&')"));
    assertThat(errors("2*width <"))
        .containsExactly(
            new ExprError(9, "expected a number or an attribute, found end of expression"));
    assertThat(errors("atLeast(x, basket)"))
        .containsExactly(new ExprError(8, "expected a number, found 'x'"));
    assertThat(errors("width + 99999999999999999999 > 0"))
        .containsExactly(new ExprError(8, "number too large: 99999999999999999999"));
  }

  @Test
  void unknownNamesAndWrongKindsAreAllReported() {
    assertThat(errors("fram = carbon and gears = 7 and frame = carbn"))
        .containsExactly(
            new ExprError(0, "unknown attribute 'fram'; did you mean 'frame'?"),
            new ExprError(26, "unknown value '7' of attribute 'gears'"),
            new ExprError(
                40, "unknown value 'carbn' of attribute 'frame'; did you mean 'carbon'?"));
    assertThat(errors("frame + width < 3"))
        .containsExactly(
            new ExprError(
                0,
                "attribute 'frame' is not numeric (only integer and boolean attributes can be summed)"));
    assertThat(errors("width = 15"))
        .containsExactly(
            new ExprError(
                8, "value '15' is not one of attribute 'width''s values (0..1000 step 10)"));
  }

  @Test
  void deepNestingIsAnErrorNotACrash() {
    String deep = "(".repeat(5000) + "basket" + ")".repeat(5000);
    assertThat(errors(deep).get(0).message()).contains("nested more than");
    assertThat(errors("not ".repeat(5000) + "basket").get(0).message())
        .contains("nested more than");
  }

  @Test
  void quantities() {
    Parsed<Quantity> q = ExprParser.parseQuantity("2*width + 10", SCOPE);
    assertThat(q.value()).isEqualTo(new Quantity(List.of(new Expr.Term(2, "width")), 10));
    assertThat(q.value().evaluate(a -> 300)).isEqualTo(610);
    assertThat(ExprParser.parseQuantity("2*width 3", SCOPE).errors())
        .containsExactly(new ExprError(8, "expected '+', '-' or end of expression, found '3'"));
  }
}
