package dev.atelier.formats.expr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.Expr;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExprPrinterTest {
  private final ExprPrinter printer = new ExprPrinter(ExprParserTest.SCOPE);

  private void roundTrips(String text) {
    Parsed<Expr> p = ExprParser.parse(text, ExprParserTest.SCOPE);
    assertThat(p.errors()).isEmpty();
    assertThat(printer.print(p.value())).isEqualTo(text);
  }

  @Test
  void printsWithMinimalParentheses() {
    roundTrips("frame = carbon -> gears != 3");
    roundTrips("(basket or rack) and bag");
    roundTrips("basket or rack and bag");
    roundTrips("(basket -> rack) -> bag");
    roundTrips("basket -> rack -> bag");
    roundTrips("basket <-> (rack <-> bag)");
    roundTrips("not (basket and rack)");
    roundTrips("not basket and rack");
    roundTrips("frame in {steel, alu} -> atMost(1, basket, rack and bag)");
    roundTrips("frame not in {carbon}");
    roundTrips("2*width - height >= -5");
    roundTrips("1*width != 500");
    roundTrips("count(basket, rack) > 1");
    roundTrips("set(basket) or saddle");
    roundTrips("(basket and rack) and bag");
  }

  @Test
  void quotesNamesThatAreNotPlainWords() {
    assertThat(printer.print(Expr.is("my attr", "a \"b\"")))
        .isEqualTo("\"my attr\" = \"a \\\"b\\\"\"");
    assertThat(ExprParser.parse("\"my attr\" = \"a \\\"b\\\"\"", ExprParserTest.SCOPE).value())
        .isEqualTo(Expr.is("my attr", "a \"b\""));
    assertThat(printer.print(Expr.is("and", "or"))).isEqualTo("\"and\" = or");
  }

  @Test
  void printsQuantities() {
    assertThat(printer.print(new Quantity(List.of(new Expr.Term(2, "width")), -10)))
        .isEqualTo("2*width - 10");
    assertThat(printer.print(Quantity.of(64))).isEqualTo("64");
  }
}
