package dev.atelier.server.printfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A print job's reason text reads back as the code and values it was written from. */
class PrintFailureTest {

  @Test
  void everyKindReadsBackAsItsCodeAndValues() {
    assertThat(PrintFailure.read(PrintFailure.NO_AREA.text("heel", "sneakers", "2025.1")))
        .contains(
            new PrintFailure.Reason(
                "no-area", Map.of("area", "heel", "product", "sneakers", "version", "2025.1")));
    assertThat(PrintFailure.read(PrintFailure.NOT_DRAWABLE.text("tongue")))
        .contains(new PrintFailure.Reason("not-drawable", Map.of("area", "tongue")));
    assertThat(PrintFailure.read(PrintFailure.UPLOAD_MISSING.text("ab12")))
        .contains(new PrintFailure.Reason("upload-missing", Map.of("upload", "ab12")));
    assertThat(PrintFailure.read(PrintFailure.RENDER_FAILED.text("java.io.IOException: x")))
        .contains(
            new PrintFailure.Reason("render-failed", Map.of("error", "java.io.IOException: x")));
  }

  @Test
  void aBudgetReadsTheSameWhetherTheWatchdogStoppedTheRenderOrNot() {
    PrintFailure.Reason cpu =
        new PrintFailure.Reason("cpu-budget", Map.of("used", "10420", "budget", "10000"));
    assertThat(PrintFailure.read("used 10420 ms CPU, more than the budget of 10000 ms; stopped"))
        .contains(cpu);
    assertThat(PrintFailure.read(PrintFailure.CPU_BUDGET.text(10420, 10000))).contains(cpu);
    assertThat(PrintFailure.read(PrintFailure.TIME_BUDGET.text(30000) + PrintFailure.STOPPED))
        .contains(new PrintFailure.Reason("time-budget", Map.of("budget", "30000")));
  }

  @Test
  void anyOtherTextIsItsOwnReasonAndNoneIsEmpty() {
    assertThat(PrintFailure.read("printer on fire"))
        .contains(new PrintFailure.Reason("other", Map.of("text", "printer on fire")));
    assertThat(PrintFailure.read(null)).isEmpty();
    assertThat(PrintFailure.read("")).isEmpty();
    assertThatThrownBy(() -> PrintFailure.NO_AREA.text("heel"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
