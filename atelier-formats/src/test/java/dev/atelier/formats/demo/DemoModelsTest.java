package dev.atelier.formats.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.ModelValidator;
import dev.atelier.engine.result.Deadline;
import dev.atelier.formats.product.DefinitionResult;
import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.formats.yaml.NativeFormat;
import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DemoModelsTest {

  static Iterable<String> names() {
    return Demos.NAMES;
  }

  static ProductDefinition load(String name) {
    DefinitionResult result = Demos.load(name);
    assertThat(result).as(result.toString()).isInstanceOf(DefinitionResult.Loaded.class);
    return ((DefinitionResult.Loaded) result).definition();
  }

  @ParameterizedTest
  @MethodSource("names")
  void compilesAndIsSatisfiable(String name) {
    ProductDefinition d = load(name);
    assertThat(ModelValidator.validate(d.model())).isEmpty();
    CompiledModel m = CompiledModel.compile(d.model(), Deadline.inMillis(30_000)).orThrow();
    BigInteger count = m.count(Deadline.inMillis(30_000)).orThrow();
    assertThat(count).isPositive();
  }

  @ParameterizedTest
  @MethodSource("names")
  void hasGermanAndEnglishLabelsAndAPicture(String name) {
    ProductDefinition d = load(name);
    assertThat(d.model().label().texts()).containsKeys("en", "de");
    d.model().attributes().forEach(a -> assertThat(a.label().texts()).containsKeys("en", "de"));
    d.model().constraints().forEach(c -> assertThat(c.label().texts()).containsKeys("en", "de"));
    assertThat(d.presentation().layers()).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("names")
  void writeThenReadGivesAnEqualDefinition(String name) {
    ProductDefinition d = load(name);
    String text = NativeFormat.write(d);
    DefinitionResult again = NativeFormat.readDefinition(text, "written:" + name);
    assertThat(again).as(text).isEqualTo(new DefinitionResult.Loaded(d));
    assertThat(NativeFormat.write(((DefinitionResult.Loaded) again).definition())).isEqualTo(text);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"shelving", "pc", "homeserver", "insurance"})
  void modularDemosAreWrittenAsModulesSlotsAndImports(String name) {
    ProductDefinition d = load(name);
    String text = NativeFormat.write(d);
    assertThat(d.modules().slots()).isNotEmpty();
    assertThat(text).contains("\nslots:\n");
    d.modules()
        .slots()
        .forEach(
            s ->
                assertThat(text)
                    .contains("\n  " + s.id() + ":\n    module: " + s.module().id() + "\n")
                    .doesNotContain("- id: " + s.id() + "["));
    d.modules().defined().forEach(t -> assertThat(text).contains("\n  - id: " + t.id() + "\n"));
    d.modules()
        .imports()
        .forEach(i -> assertThat(text).contains("{library: " + i.library() + ", version: "));
  }

  @org.junit.jupiter.api.Test
  void shelvingDrawsItsBaysAsARowAndThePcImportsItsDrive() {
    ProductDefinition shelving = load("shelving");
    assertThat(shelving.presentation().rows())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.slot()).isEqualTo("bays");
              assertThat(r.width()).isEqualTo("width");
              assertThat(r.fronts()).containsEntry("glass", "glass");
            });
    assertThat(NativeFormat.write(shelving)).contains("rows:\n    - {slot: bays, x: 110,");
    assertThat(load("pc").modules().imports())
        .extracting(i -> i.library() + "@" + i.version() + i.modules())
        .containsExactly("parts@1[drive]");
  }
}
