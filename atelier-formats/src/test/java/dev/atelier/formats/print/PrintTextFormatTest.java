package dev.atelier.formats.print;

import static dev.atelier.formats.yaml.NativeTesting.loaded;
import static dev.atelier.formats.yaml.NativeTesting.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.formats.demo.Demos;
import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.formats.yaml.NativeFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A print area's {@code text}: read, checked against the attributes, written back. */
class PrintTextFormatTest {
  private static final String HEAD =
      PrintAreaFormatTest.HEAD.replace(
          "printAreas:\n",
          """
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
          """);

  private static String area(String text) {
    return HEAD + "      " + text + "\n";
  }

  /** The one problem of the model whose area has the text {@code text}. */
  private static String problem(String text) {
    List<String> found = problems(area(text));
    assertThat(found).hasSize(1);
    return found.get(0);
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
    assertThat(problem("{attributes: [nmae]}")).contains("unknown text attribute 'nmae'");
    assertThat(problem("{attributes: [colour]}")).contains("'colour' is not a text attribute");
    assertThat(problem("{attributes: [long]}")).contains("not 2 mm tall in the 36 mm");
    assertThat(problem("{attributes: [name], size: 1}")).contains("text size");
    assertThat(problem("{attributes: [name], place: colour}")).contains("has no value 'front'");
    assertThat(problem("{attributes: [name], colour: colour, colours: {green: \"#00ff00\"}}"))
        .contains("has no value 'green'");
    assertThat(problem("{attributes: [name], colour: name, colours: {}}"))
        .contains("is not an enum attribute");
    assertThat(problem("{attributes: [name], position: middle}"))
        .contains("unknown position 'middle'");
  }
}
