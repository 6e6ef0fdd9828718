package dev.atelier.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Integer attributes count and compare exactly whatever their bounds (issue 13, item 10); every
 * spelling of a number has one canonical form, ids fit the columns they are stored in (item 4); and
 * plain text is what readers see (item 8).
 */
class ModelInputLimitsTest {

  private static IntegerAttribute range(long min, long max, long step) {
    return new IntegerAttribute("n", LocalizedText.of("n"), min, max, step, "", false, 0);
  }

  @Test
  void theSizeOfTheWholeLongRangeIsNotZero() {
    assertThat(range(Long.MIN_VALUE, Long.MAX_VALUE, 1).size()).isEqualTo(Long.MAX_VALUE);
    assertThat(range(Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE).size()).isEqualTo(3);
    assertThat(range(-1, Long.MAX_VALUE, 1).size()).isEqualTo(Long.MAX_VALUE);
    assertThat(range(0, Long.MAX_VALUE - 1, 1).size()).isEqualTo(Long.MAX_VALUE);
    assertThat(range(48, 60, 2).size()).isEqualTo(7);
    assertThat(range(5, 4, 1).size()).isEqualTo(-1);
    assertThat(range(1, 4, 0).size()).isEqualTo(-1);
  }

  @Test
  void membershipIsExactAtTheEdgesOfTheRange() {
    IntegerAttribute all = range(Long.MIN_VALUE, Long.MAX_VALUE, 2);
    assertThat(all.contains(Long.MIN_VALUE)).isTrue();
    assertThat(all.contains(Long.MAX_VALUE)).isFalse(); // MIN + odd distance
    assertThat(all.contains(Long.MAX_VALUE - 1)).isTrue();
    IntegerAttribute top = range(Long.MAX_VALUE - 10, Long.MAX_VALUE, 3);
    assertThat(top.values())
        .containsExactly(
            Long.MAX_VALUE - 10, Long.MAX_VALUE - 7, Long.MAX_VALUE - 4, Long.MAX_VALUE - 1);
    assertThat(range(Long.MIN_VALUE, Long.MAX_VALUE, 1).values())
        .hasSize((int) IntegerAttribute.MAX_VALUES + 1);
  }

  @Test
  void everySpellingOfANumberHasOneCanonicalForm() {
    IntegerAttribute waist = range(64, 124, 2);
    assertThat(waist.canonical("0060")).isEmpty();
    assertThat(waist.canonical("0084")).contains("84");
    assertThat(waist.canonical("+0078")).contains("78");
    assertThat(waist.canonical("0".repeat(300) + "84")).contains("84");
    assertThat(waist.canonical(" 84 ")).contains("84");
    assertThat(waist.canonical("84.0")).isEmpty();
    assertThat(waist.canonical("\u0668\u0664")).isEmpty(); // Arabic-Indic digits: not ASCII
    assertThat(waist.canonical("1" + "0".repeat(300))).isEmpty();
    assertThat(IntegerAttribute.parse("-0")).isEqualTo(OptionalLong.of(0));
    assertThat(IntegerAttribute.parse("-9223372036854775808")).hasValue(Long.MIN_VALUE);
    assertThat(IntegerAttribute.parse("9223372036854775808")).isEmpty();
    assertThat(IntegerAttribute.parse("+")).isEmpty();
    assertThat(IntegerAttribute.parse("")).isEmpty();
    assertThat(IntegerAttribute.parse("--1")).isEmpty();
    EnumAttribute colour =
        new EnumAttribute(
            "colour", LocalizedText.of("Colour"), java.util.List.of(Value.of("red")), false);
    assertThat(colour.canonical("red")).isEqualTo(Optional.of("red"));
    assertThat(colour.canonical("Red")).isEmpty();
  }

  @Test
  void aModelOverTheWholeLongRangeIsRefusedWithAPlacedProblem() {
    ProductModel m =
        ProductModel.builder("huge").integer("n", Long.MIN_VALUE, Long.MAX_VALUE).build();
    assertThat(ModelValidator.validate(m))
        .extracting(ModelProblem::toString)
        .anyMatch(p -> p.contains("n") && p.contains("more than 100000"));
  }

  @Test
  void theValuesOfAllAttributesAreBoundedTogether() {
    ModelBuilder two = ProductModel.builder("m").label(LocalizedText.of("m"));
    ModelBuilder three = ProductModel.builder("m").label(LocalizedText.of("m"));
    for (int i = 0; i < 3; i++) {
      IntegerAttribute a =
          new IntegerAttribute(
              "n" + i, LocalizedText.of("n"), 1, IntegerAttribute.MAX_VALUES, 1, "", false, 0);
      three.attribute(a);
      if (i < 2) {
        two.attribute(a);
      }
    }
    assertThat(ModelValidator.validate(two.build())).isEmpty();
    assertThat(ModelValidator.validate(three.build()))
        .extracting(ModelProblem::toString)
        .containsExactly(
            "model m: its attributes have more than 200000 values together; split the model or"
                + " use larger steps");
  }

  @Test
  void plainTextRefusesWhatReadersCannotSee() {
    assertThat(PlainText.problem("Für dich \uD83C\uDF81", false)).isEmpty();
    assertThat(PlainText.problem("two\nlines", true)).isEmpty();
    assertThat(PlainText.problem("two\nlines", false)).isPresent();
    for (String bad :
        new String[] {
          "a\uD800b",
          "a\uDFFFb",
          "a\u0000b",
          "a\u202Eb",
          "a\u2069b",
          "a\u200Bb",
          "a\u2060b",
          "a\uFEFFb",
          "a\u0085b"
        }) {
      assertThat(PlainText.problem(bad, true)).as(bad).isPresent();
    }
    assertThat(PlainText.malformed("a\u202Eb")).isEmpty();
    assertThat(PlainText.malformed("a\uD800b")).isPresent();
    assertThat(PlainText.length("\uD83C\uDF81")).isEqualTo(1);
  }

  @Test
  void idsLongerThanTheirColumnsAreRefused() {
    String longId = "a".repeat(ModelValidator.MAX_ID_LENGTH + 1);
    ProductModel m =
        ProductModel.builder("long")
            .enumeration(longId, "x", "y")
            .enumeration("b", "x", longId)
            .build();
    assertThat(ModelValidator.validate(m))
        .extracting(ModelProblem::message)
        .containsExactly(
            "the attribute id is longer than 200 characters",
            "the value id is longer than 200 characters");
  }
}
