package dev.atelier.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.catalogue.ModelJson.ModelDiagnostic;
import org.junit.jupiter.api.Test;

class DiagnosticBuilderTest {

  @Test
  void defaultsToTheFileStartAndNamesNothing() {
    ModelDiagnostic d =
        DiagnosticBuilder.of(Severity.ERROR, "unsatisfiable", "bike.yaml").message("no way");

    assertThat(d)
        .isEqualTo(
            new ModelDiagnostic(
                "error",
                "unsatisfiable",
                "bike.yaml",
                1,
                1,
                "no way",
                null,
                null,
                null,
                "bike.yaml:1:1: no way"));
  }

  @Test
  void carriesPositionValueAndRule() {
    ModelDiagnostic d =
        DiagnosticBuilder.of(Severity.WARNING, "dead-value", "bike.yaml")
            .at(new SourcePositions.Position(7, 3))
            .value("colour", "red")
            .rule("r1")
            .message("dead");

    assertThat(d.severity()).isEqualTo("warning");
    assertThat(d.text()).isEqualTo("bike.yaml:7:3: dead");
    assertThat(d.attribute()).isEqualTo("colour");
    assertThat(d.value()).isEqualTo("red");
    assertThat(d.rule()).isEqualTo("r1");
    assertThat(Severity.WARNING.is(d.severity())).isTrue();
    assertThat(Severity.ERROR.is(d.severity())).isFalse();
  }
}
