package dev.atelier.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tag characters, line separators and piled-up combining marks are not plain text. */
class PlainTextRulesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Happy \uDB40\uDC41birthday",
        "two\u2028lines",
        "two\u2029paragraphs",
        "e\u0301\u0301\u0301\u0301\u0301\u0301",
        "Zalgo e\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308"
      })
  void refused(String text) {
    assertThat(PlainText.problem(text, true)).as(text).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Café", "e\u0301", "ế\u0323", "שָׁלוֹם", "Happy 🎉 birthday", "a\nb"})
  void accepted(String text) {
    assertThat(PlainText.problem(text, true)).as(text).isEmpty();
  }
}
