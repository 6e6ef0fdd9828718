package dev.atelier.formats.print;

import static dev.atelier.formats.yaml.NativeTesting.loaded;
import static dev.atelier.formats.yaml.NativeTesting.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.formats.demo.Demos;
import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.formats.yaml.NativeFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A print area's {@code text}: read, checked against the attributes, written back. */
class PrintTextFormatTest {
  private static final String HEAD =
      """
      id: bag
      version: "1"
      currency: EUR
      attributes:
        - {id: colour, kind: enum, values: [red, blue]}
        - {id: name, kind: text, maxLength: 8, optional: true}
        - {id: long, kind: text, maxLength: 40, optional: true}
        - {id: side, kind: enum, optional: true, values: [front, back]}
      printAreas:
        - id: front
          part: body
          width: 40
          height: 30
          safeMargin: 2
          techniques: {print: unlimited}
          text:
      """;

  private static String area(String text) {
    return HEAD + "      " + text + "\n";
  }

  @Test
  void theDemoAreasNameTheirTextAttributesAndStyle() {
    ProductDefinition sneakers = loaded(Demos.load("sneakers"));
    PrintText tongue = sneakers.printArea("tongue").flatMap(PrintArea::text).orElseThrow();
    assertThat(tongue.attributes()).containsExactly("monogram");
    assertThat(tongue.place()).contains("monogram_place");
    assertThat(tongue.sizeMm()).isEqualTo(4);
    assertThat(tongue.colourOf(Optional.of("red"))).isEqualTo("#b3261e");
    assertThat(tongue.position()).isEqualTo(PrintText.Position.BOTTOM);
    PrintText heel = sneakers.printArea("heel").flatMap(PrintArea::text).orElseThrow();
    assertThat(heel.fitted()).isTrue();
    ProductDefinition jeans = loaded(Demos.load("jeans"));
    PrintText patch = jeans.printArea("backpatch").flatMap(PrintArea::text).orElseThrow();
    assertThat(patch.attributes()).containsExactly("patch_text");
    assertThat(patch.place()).isEmpty();
    assertThat(patch.colourAttribute()).contains("fabric");
    assertThat(patch.colourOf(Optional.empty())).isEqualTo(PrintText.BLACK);
  }

  @Test
  void aTextSurvivesWritingAndReadingBack() {
    for (String demo : new String[] {"sneakers", "jeans"}) {
      ProductDefinition definition = loaded(Demos.load(demo));
      String text = NativeFormat.write(definition);
      assertThat(text).contains("    text:", "      position: ");
      assertThat(loaded(NativeFormat.readDefinition(text, demo + ".yaml"))).isEqualTo(definition);
    }
    String small =
        area(
            "{attributes: [name], place: side, size: 3, colour: colour, colours: {red: \"#ff0000\"},"
                + " position: top}");
    ProductDefinition bag = loaded(NativeFormat.readDefinition(small, "bag.yaml"));
    String written = NativeFormat.write(bag);
    assertThat(written)
        .contains("attributes: [name]", "place: side", "size: 3", "colours: {red: \"#ff0000\"}");
    assertThat(loaded(NativeFormat.readDefinition(written, "bag.yaml"))).isEqualTo(bag);
  }

  @Test
  void badTextsAreModelProblemsWhereTheyAre() {
    assertThat(problems(area("{attributes: [nmae]}")))
        .singleElement()
        .asString()
        .contains("unknown text attribute 'nmae'");
    assertThat(problems(area("{attributes: [colour]}")))
        .singleElement()
        .asString()
        .contains("'colour' is not a text attribute");
    assertThat(problems(area("{attributes: [long]}")))
        .singleElement()
        .asString()
        .contains("not 2 mm tall in the 36 mm");
    assertThat(problems(area("{attributes: [name], size: 1}")))
        .singleElement()
        .asString()
        .contains("text size");
    assertThat(problems(area("{attributes: [name], place: colour}")))
        .singleElement()
        .asString()
        .contains("has no value 'front'");
    assertThat(problems(area("{attributes: [name], colour: colour, colours: {green: \"#00ff00\"}}")))
        .singleElement()
        .asString()
        .contains("has no value 'green'");
    assertThat(problems(area("{attributes: [name], colour: name, colours: {}}")))
        .singleElement()
        .asString()
        .contains("is not an enum attribute");
    assertThat(problems(area("{attributes: [name], position: middle}")))
        .singleElement()
        .asString()
        .contains("unknown position 'middle'");
  }
}
