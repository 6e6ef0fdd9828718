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
}
