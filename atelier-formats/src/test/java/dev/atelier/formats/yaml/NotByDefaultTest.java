package dev.atelier.formats.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.Expr;
import dev.atelier.formats.product.DefinitionResult;
import dev.atelier.formats.product.NotByDefault;
import dev.atelier.formats.product.ProductDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code notByDefault} marker: read, written back, and diagnosed. */
class NotByDefaultTest {

  private static final String MODEL =
      """
      id: bike
      version: "1"
      currency: EUR
      attributes:
        - id: saddle
          kind: enum
          optional: true
          notByDefault: ["~", racing]
          values: [comfort, racing]
        - {id: frame, kind: enum, values: [steel, alu]}
      """;

  @Test
  void readsValuesAndUnsetAndWritesThemBack() {
    DefinitionResult r = NativeFormat.readDefinition(MODEL, "m.yaml");
    assertThat(r).isInstanceOf(DefinitionResult.Loaded.class);
    ProductDefinition d = ((DefinitionResult.Loaded) r).definition();
    assertThat(d.notByDefault())
        .containsExactly(new NotByDefault("saddle", "~"), new NotByDefault("saddle", "racing"));
    assertThat(d.avoidByDefault())
        .containsExactly(Expr.not(new Expr.IsSet("saddle")), Expr.is("saddle", "racing"));
    DefinitionResult again = NativeFormat.readDefinition(NativeFormat.write(d), "again.yaml");
    assertThat(again).isInstanceOf(DefinitionResult.Loaded.class);
    assertThat(((DefinitionResult.Loaded) again).definition()).isEqualTo(d);
  }

  @Test
  void unknownValuesAndUnsetOnRequiredAttributesAreDiagnosed() {
    String text =
        MODEL
            + """
              - {id: bell, kind: enum, values: [ding], notByDefault: ["~"]}
              - {id: light, kind: enum, values: [dynamo], notByDefault: [laser]}
            """;
    DefinitionResult r = NativeFormat.readDefinition(text, "m.yaml");
    assertThat(r).isInstanceOf(DefinitionResult.Rejected.class);
    List<String> messages =
        ((DefinitionResult.Rejected) r).diagnostics().stream().map(Object::toString).toList();
    assertThat(messages)
        .anySatisfy(m -> assertThat(m).contains("needs an optional attribute; 'bell' is required"))
        .anySatisfy(m -> assertThat(m).contains("unknown value 'laser' of attribute 'light'"));
  }
}
