package dev.atelier.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

  @Test
  void printsLikeACompiler() {
    assertThat(new Diagnostic("models/bike.dimacs", 12, 7, "literal 9 is out of range"))
        .hasToString("models/bike.dimacs:12:7: literal 9 is out of range");
  }

  @Test
  void rejectionKeepsEveryDiagnosticAndNeedsOne() {
    Diagnostic first = new Diagnostic("f", 1, 1, "a");
    Diagnostic second = new Diagnostic("f", 2, 3, "b");
    assertThat(new ReadResult.Rejected(List.of(first, second)).diagnostics())
        .containsExactly(first, second);
    assertThatThrownBy(() -> new ReadResult.Rejected(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
