package dev.atelier.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a problem repeats of a caller's value: bounded and escaped. */
class EchoTest {

  @Test
  void aShortPlainValueIsRepeatedAsItIs() {
    assertThat(Echo.of("o-123")).isEqualTo("o-123");
    assertThat(Echo.of(42L)).isEqualTo("42");
    assertThat(Echo.of(null)).isEqualTo("null");
    assertThat(Echo.of("Größe 😀")).isEqualTo("Größe 😀");
  }

  @Test
  void aLongValueIsCutAtTheLimitOfCharacters() {
    assertThat(Echo.of("x".repeat(Echo.MAX))).isEqualTo("x".repeat(Echo.MAX));
    assertThat(Echo.of("x".repeat(100_000))).isEqualTo("x".repeat(Echo.MAX) + "…");
    // A character outside the BMP counts once and is never split.
    assertThat(Echo.of("😀".repeat(Echo.MAX + 1))).isEqualTo("😀".repeat(Echo.MAX) + "…");
  }

  @Test
  void controlFormatAndLoneSurrogateCharactersAreEscaped() {
    assertThat(Echo.of("a\u001b[31mb")).isEqualTo("a\\u001b[31mb");
    assertThat(Echo.of("line\nbreak\r")).isEqualTo("line\\u000abreak\\u000d");
    assertThat(Echo.of("\u202eevil")).isEqualTo("\\u202eevil");
    assertThat(Echo.of("x\ud800y")).isEqualTo("x\\ud800y");
    assertThat(Echo.of("back\\slash")).isEqualTo("back\\\\slash");
  }
}
