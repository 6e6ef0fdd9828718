package dev.atelier.formats.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.Expr;
import dev.atelier.formats.product.DefinitionResult;
import dev.atelier.formats.product.NeedAnswer;
import dev.atelier.formats.product.NeedQuestion;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeedsReaderTest {
  private static final String HEAD =
      """
      id: bike
      version: "1"
      currency: EUR
      attributes:
        - {id: frame, kind: enum, values: [steel, alu, carbon]}
        - {id: basket, kind: boolean, price: 20.00}
      """;

  @Test
  void readsQuestionsAnswersPreferencesRequirementsAndBudgets() {
    String text =
        HEAD
            + """
            needs:
              - id: use
                question: {en: "Where?", de: "Wo?"}
                answers:
                  - id: city
                    label: Town
                    prefer:
                      - {when: "basket", weight: 3}
                    require: ["frame != carbon"]
                  - id: cheap
                    budget: 150.50
            """;
    DefinitionResult r = NativeFormat.readDefinition(text, "m.yaml");
    assertThat(r).isInstanceOf(DefinitionResult.Loaded.class);
    List<NeedQuestion> needs = ((DefinitionResult.Loaded) r).definition().needs();
    assertThat(needs).hasSize(1);
    NeedQuestion q = needs.get(0);
    assertThat(q.question().in("de")).isEqualTo("Wo?");
    NeedAnswer city = q.answer("city").orElseThrow();
    assertThat(city.prefer()).singleElement().satisfies(p -> assertThat(p.weight()).isEqualTo(3));
    assertThat(city.prefer().get(0).condition()).isEqualTo(new Expr.Is("basket", "true"));
    assertThat(city.require()).hasSize(1);
    assertThat(city.hasBudget()).isFalse();
    assertThat(q.answer("cheap").orElseThrow().budget()).isEqualTo(15_050);
  }

  @Test
  void badNeedsAreDiagnosedAtTheirPlace() {
    String text =
        HEAD
            + """
            needs:
              - id: use
                question: Where?
                answers:
                  - id: a
                    prefer:
                      - {when: "fram = alu", weight: 0}
                  - id: a
                    budget: lots
              - id: lonely
                question: Only one?
                answers:
                  - id: yes-only
            """;
    DefinitionResult r = NativeFormat.readDefinition(text, "m.yaml");
    assertThat(r).isInstanceOf(DefinitionResult.Rejected.class);
    List<String> problems =
        ((DefinitionResult.Rejected) r).diagnostics().stream().map(Object::toString).toList();
    assertThat(problems)
        .anySatisfy(
            p -> assertThat(p).startsWith("m.yaml:13:").contains("unknown attribute 'fram'"))
        .anySatisfy(p -> assertThat(p).startsWith("m.yaml:13:").contains("weight"))
        .anySatisfy(p -> assertThat(p).startsWith("m.yaml:14:").contains("duplicate answer id 'a'"))
        .anySatisfy(p -> assertThat(p).startsWith("m.yaml:15:").contains("budget"))
        .anySatisfy(p -> assertThat(p).startsWith("m.yaml:19:").contains("at least two answers"));
  }
}
