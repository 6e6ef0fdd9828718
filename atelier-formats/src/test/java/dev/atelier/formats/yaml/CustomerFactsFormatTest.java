package dev.atelier.formats.yaml;

import static dev.atelier.formats.yaml.NativeTesting.loaded;
import static dev.atelier.formats.yaml.NativeTesting.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.Fact;
import dev.atelier.formats.demo.Demos;
import dev.atelier.formats.product.ProductDefinition;
import org.junit.jupiter.api.Test;

/** The {@code fact} marker of the native format: read, written back, and checked. */
class CustomerFactsFormatTest {

  private static final String HEAD =
      """
      id: shelf
      version: "1"
      currency: EUR
      attributes:
        - id: wall
          kind: integer
          min: 60
          max: 300
          unit: cm
      """;

  @Test
  void jeansMeasurementsAreFactsFedFromTheProfile() {
    ProductDefinition jeans = loaded(Demos.load("jeans"));
    assertThat(jeans.model().facts())
        .filteredOn(f -> !f.attribute().startsWith("backpatch_"))
        .extracting(Fact::attribute, Fact::profileKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("waist", "waist"),
            org.assertj.core.groups.Tuple.tuple("hip", "hip"),
            org.assertj.core.groups.Tuple.tuple("inseam", "inside-leg"));
    Fact waist = jeans.model().fact("waist").orElseThrow();
    assertThat(waist.help().orElseThrow().in("de")).startsWith("Miss um die natürliche Taille");
    assertThat(jeans.model().isFact("fit")).isFalse();
    assertThat(loaded(Demos.load("sneakers")).model().fact("size").orElseThrow().profileKey())
        .isEqualTo("shoe-size");
  }

  @Test
  void factsSurviveWritingAndReadingBack() {
    ProductDefinition jeans = loaded(Demos.load("jeans"));
    String text = NativeFormat.write(jeans);
    assertThat(text).contains("profile: inside-leg");
    assertThat(loaded(NativeFormat.readDefinition(text, "jeans.yaml"))).isEqualTo(jeans);
    ProductDefinition plain = loaded(NativeFormat.readDefinition(HEAD + "    fact: true\n", "m"));
    assertThat(plain.model().facts()).containsExactly(Fact.of("wall"));
    assertThat(NativeFormat.write(plain)).contains("fact: true");
  }

  @Test
  void aBadFactIsReportedWhereItIs() {
    assertThat(problems(HEAD + "    fact: {profile: Wall_Width}\n"))
        .singleElement()
        .asString()
        .contains("m.yaml:10")
        .contains("lower-case words joined by hyphens");
    assertThat(problems(HEAD + "    fact: {profil: wall}\n"))
        .singleElement()
        .asString()
        .contains("profil");
    assertThat(problems(HEAD + "  - {id: note, kind: text, maxLength: 9, fact: true}\n"))
        .singleElement()
        .asString()
        .contains("text attribute cannot be a customer fact");
  }
}
