package dev.atelier.formats.yaml;

import static dev.atelier.formats.yaml.NativeTesting.loaded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.Value;
import dev.atelier.formats.ReadResult;
import dev.atelier.formats.demo.Demos;
import dev.atelier.formats.product.ProductDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeFormatTest {

  @Test
  void jsonVersionReadsEqualToYaml() throws IOException {
    try (InputStream in = NativeFormatTest.class.getResourceAsStream("/json/bicycle.json")) {
      ProductDefinition json =
          loaded(
              NativeFormat.readDefinition(
                  new InputStreamReader(in, StandardCharsets.UTF_8), "bicycle.json"));
      assertThat(json).isEqualTo(loaded(Demos.load("bicycle")));
    }
  }

  @Test
  void readsPlainAndGzipFiles(@TempDir Path dir) throws IOException {
    String text = NativeFormat.write(loaded(Demos.load("pizza")));
    Path plain = dir.resolve("pizza.yaml");
    Files.writeString(plain, text);
    Path gz = dir.resolve("pizza.yaml.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    ReadResult a = NativeFormat.read(plain);
    ReadResult b = NativeFormat.read(gz);
    assertThat(a).isInstanceOf(ReadResult.Loaded.class).isEqualTo(b);
    assertThat(((ReadResult.Loaded) a).model().id()).isEqualTo("pizza");
    ReadResult missing = NativeFormat.read(dir.resolve("nope.yaml"));
    assertThat(missing).isInstanceOf(ReadResult.Rejected.class);
  }

  @Test
  void readsTheTypedSections() {
    ProductDefinition bike = loaded(Demos.load("bicycle"));
    assertThat(bike.model().basePrice()).isEqualTo(49_900);
    assertThat(bike.adaptive()).containsExactly("saddle_height");
    assertThat(bike.departments().ownerOfAttribute("gears").orElseThrow().id())
        .isEqualTo("drivetrain");
    assertThat(bike.departments().ownerOfRule("max-accessories").orElseThrow().label().in("de"))
        .isEqualTo("Zubehör");
    assertThat(bike.presentation().layer("frame", "carbon").orElseThrow().colour())
        .isEqualTo("#1d1d1f");
    assertThat(bike.bom().get(3).quantity().evaluate(a -> a.equals("size") ? 56 : 0))
        .isEqualTo(152);
    assertThat(bike.routing().get(4).minutesFor(2).toPlainString()).isEqualTo("15.0");
    ProductDefinition sneakers = loaded(Demos.load("sneakers"));
    assertThat(sneakers.presentation().texts())
        .singleElement()
        .satisfies(t -> assertThat(t.attribute()).isEqualTo("monogram"));
  }

  @Test
  void writerIsReadableAndPrintsDefaultsOnlyWhenNeeded() {
    ProductModel model =
        ProductModel.builder("lamp")
            .label(new LocalizedText(Map.of("en", "Lamp")))
            .basePrice("JPY", 4_500)
            .attribute(
                new EnumAttribute(
                    "shade",
                    LocalizedText.of("Shade"),
                    List.of(Value.of("linen"), Value.of("*glass: blue", 1200)),
                    true))
            .attribute(new BooleanAttribute("dimmer", LocalizedText.of("dimmer"), false, 800))
            .constraint(
                new Constraint.Requires(
                    "dim-glass",
                    LocalizedText.of("Dimmers go with glass"),
                    Expr.is("dimmer", "true"),
                    Expr.is("shade", "*glass: blue")))
            .build();
    ProductDefinition d = ProductDefinition.of(model);
    String text = NativeFormat.write(d);
    assertThat(text)
        .isEqualTo(
            """
            id: lamp
            version: 1
            label: Lamp
            currency: JPY
            basePrice: 4500
            attributes:
              - id: shade
                kind: enum
                label: Shade
                optional: true
                values:
                  - linen
                  - {id: '*glass: blue', price: 1200}
              - id: dimmer
                kind: boolean
                price: 800
            rules:
              - id: dim-glass
                label: Dimmers go with glass
                if: dimmer
                requires: 'shade = "*glass: blue"'
            """);
    assertThat(loaded(NativeFormat.readDefinition(text, "lamp.yaml"))).isEqualTo(d);
  }
}
