package dev.atelier.formats.csv;

import static dev.atelier.formats.csv.CsvTesting.imported;
import static dev.atelier.formats.csv.CsvTesting.problems;
import static dev.atelier.formats.csv.CsvTesting.shirt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.ProductModel;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class PriceListCsvTest {

  static CsvImport<ProductModel> apply(String csv) {
    return PriceListCsv.apply(new StringReader(csv), "p.csv", shirt());
  }

  @Test
  void replacesListedPricesExactly() {
    ProductModel m =
        imported(
            apply(
                "attribute,value,price,currency\ncolor,blue,12.5,EUR\ncolor,red,0\ngift,true,"
                    + "3.99\nprint,logo,-1.10\n"));

    assertThat(m.attribute("color").orElseThrow().priceOf("blue")).isEqualTo(1250);
    assertThat(m.attribute("color").orElseThrow().priceOf("red")).isZero();
    assertThat(m.attribute("color").orElseThrow().priceOf("white")).isZero();
    assertThat(((BooleanAttribute) m.attribute("gift").orElseThrow()).priceWhenTrue())
        .isEqualTo(399);
    assertThat(m.attribute("print").orElseThrow().priceOf("logo")).isEqualTo(-110);
    assertThat(m.attribute("print").orElseThrow().optional()).isTrue();
    assertThat(m.constraints()).isEqualTo(shirt().constraints());
  }

  @Test
  void decimalCommaWithSemicolons() {
    ProductModel m = imported(apply("color;blue;\"1 299,90\"\n"));
    assertThat(m.attribute("color").orElseThrow().priceOf("blue")).isEqualTo(129_990);
  }

  @Test
  void reportsEveryProblemWithItsPlace() {
    String csv =
        String.join(
            "\n",
            "colour,blue,1",
            "color,pink,1",
            "color,blue,1.234",
            "color,blue,abc",
            "color,white,2,USD",
            "color,red,2",
            "color,red,3",
            "qty,2,1",
            "gift,false,1",
            "color,blue",
            "size,s,99999999999999999999");
    assertThat(problems(apply(csv)))
        .containsExactly(
            "p.csv:1:1: unknown attribute 'colour'",
            "p.csv:2:7: attribute 'color' has no value 'pink' (values: red, blue, white)",
            "p.csv:3:12: '1.234' has more than 2 decimals for this currency",
            "p.csv:4:12: 'abc' is not a decimal price such as 12.50",
            "p.csv:5:15: price in USD but the model's prices are in EUR",
            "p.csv:7:1: duplicate price for color=red (first given on line 6)",
            "p.csv:8:5: attribute 'qty' is priced per unit; a price list cannot set it",
            "p.csv:9:12: boolean attribute 'gift' is priced when true; 'false' must cost 0",
            "p.csv:10:1: expected attribute,value,price[,currency], found 2 cells",
            "p.csv:11:8: '99999999999999999999' is too large");
  }

  @Test
  void decimalConversionIsExact() {
    assertThat(DecimalPrice.parse("0.10", 2, false).minor()).isEqualTo(10);
    assertThat(DecimalPrice.parse("19.990", 2, false).minor()).isEqualTo(1999);
    assertThat(DecimalPrice.parse("7", 0, false).minor()).isEqualTo(7);
    assertThat(DecimalPrice.parse("1.5", 0, false).problem()).contains("more than 0 decimals");
    assertThat(DecimalPrice.parse("1e5", 2, false).problem()).contains("not a decimal price");
    assertThat(PriceListCsv.fractionDigits("JPY")).isZero();
    assertThat(PriceListCsv.fractionDigits("not-iso")).isEqualTo(2);
  }
}
