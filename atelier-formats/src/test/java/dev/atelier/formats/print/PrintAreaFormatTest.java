package dev.atelier.formats.print;

import static dev.atelier.formats.yaml.NativeTesting.loaded;
import static dev.atelier.formats.yaml.NativeTesting.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.formats.demo.Demos;
import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.formats.yaml.NativeFormat;
import org.junit.jupiter.api.Test;

/** The {@code printAreas} section: read, generated into the model, written back, checked. */
class PrintAreaFormatTest {
  static final String HEAD =
      """
      id: bag
      version: "1"
      currency: EUR
      attributes:
        - {id: colour, kind: enum, values: [red, blue]}
      printAreas:
      """;

  @Test
  void theSneakersHaveATongueAndAHeelAreaWithGermanLabels() {
    ProductDefinition sneakers = loaded(Demos.load("sneakers"));
    assertThat(sneakers.printAreas()).extracting(PrintArea::id).containsExactly("tongue", "heel");
    PrintArea tongue = sneakers.printArea("tongue").orElseThrow();
    assertThat(tongue.label().in("de")).isEqualTo("Zunge");
    assertThat(tongue.widthMm()).isEqualTo(40);
    assertThat(tongue.safeMarginMm()).isEqualTo(3);
    assertThat(tongue.limit(Technique.EMBROIDERY).orElseThrow().maxColours()).isEqualTo(6);
    assertThat(sneakers.model().attribute("tongue_technique").orElseThrow().label().in("de"))
        .isEqualTo("Zunge: Technik");
    assertThat(sneakers.model().isFact("heel_px_w")).isTrue();
    assertThat(sneakers.model().isFact("heel_width")).isFalse();
    assertThat(sneakers.model().constraints())
        .extracting(c -> c.id())
        .contains("tongue-embroidery-photo", "heel-resolution-w", "heel-safe-area");
    ProductDefinition jeans = loaded(Demos.load("jeans"));
    assertThat(jeans.printArea("backpatch").orElseThrow().label().in("de"))
        .isEqualTo("Rückenpatch");
  }

  @Test
  void printAreasSurviveWritingAndReadingBackWithoutTheirGeneratedParts() {
    ProductDefinition sneakers = loaded(Demos.load("sneakers"));
    String text = NativeFormat.write(sneakers);
    assertThat(text).contains("printAreas:", "techniques: {print: unlimited, embroidery: 6}");
    assertThat(text).doesNotContain("tongue_px_w", "heel-safe-area");
    assertThat(loaded(NativeFormat.readDefinition(text, "sneakers.yaml"))).isEqualTo(sneakers);
  }

  @Test
  void badPrintAreasAreReportedWhereTheyAre() {
    String area = "  - {id: front, part: body, width: 100, height: 80, ";
    assertThat(problems(HEAD + area + "techniques: {print: 4, screen: 2}}\n"))
        .singleElement()
        .asString()
        .contains("m.yaml:7")
        .contains("unknown technique 'screen'");
    assertThat(problems(HEAD + area + "safeMargin: 40, techniques: {print: 4}}\n"))
        .singleElement()
        .asString()
        .contains("leaves no room");
    assertThat(problems(HEAD + area + "techniques: {embroidery: 99}}\n"))
        .singleElement()
        .asString()
        .contains("between 1 and 64");
    assertThat(
            problems(
                HEAD
                    + "  - {id: tiny, part: body, width: 9, height: 20, techniques: {print: 1}}\n"))
        .singleElement()
        .asString()
        .contains("width (mm)")
        .contains("10");
    assertThat(
            problems(
                HEAD
                    + "  - {id: Front, part: body, width: 10, height: 10, techniques: {print: 1}}\n"))
        .singleElement()
        .asString()
        .contains("lower-case word");
    assertThat(
            problems(
                HEAD.replace("colour, kind", "front_width, kind")
                    + area
                    + "techniques: {print: 4}}\n"))
        .singleElement()
        .asString()
        .contains("generates attribute 'front_width'");
  }
}
