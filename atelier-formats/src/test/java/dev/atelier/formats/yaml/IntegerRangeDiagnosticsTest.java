package dev.atelier.formats.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.formats.product.DefinitionResult;
import org.junit.jupiter.api.Test;

/**
 * An integer attribute over the whole range of a long used to overflow the size check to 0 and be
 * compiled (12 s of CPU): its size is now exact, so it is refused at once, placed at {@code max}.
 */
class IntegerRangeDiagnosticsTest {

  private static DefinitionResult read(String min, String max, String step) {
    return NativeFormat.readDefinition(
        """
        id: huge
        version: "1"
        currency: EUR
        attributes:
          - id: n
            kind: integer
            min: %s
            max: %s
            step: %s
        """
            .formatted(min, max, step),
        "m.yaml");
  }

  @Test
  void theWholeLongRangeIsRefusedWithAPlacedDiagnostic() {
    DefinitionResult r = read("-9223372036854775808", "9223372036854775807", "1");
    assertThat(r).isInstanceOf(DefinitionResult.Rejected.class);
    assertThat(((DefinitionResult.Rejected) r).diagnostics())
        .extracting(Object::toString)
        .containsExactly(
            "m.yaml:8:5: attribute 'n' would have more than 100000 values; use a larger step");
  }

  @Test
  void aWideRangeWithALargeStepIsExactToo() {
    assertThat(read("-9223372036854775808", "9223372036854775807", "9223372036854775807"))
        .isNotInstanceOf(DefinitionResult.Rejected.class);
    assertThat(read("-9223372036854775808", "9223372036854775807", "4611686018427387904"))
        .isNotInstanceOf(DefinitionResult.Rejected.class);
  }
}
