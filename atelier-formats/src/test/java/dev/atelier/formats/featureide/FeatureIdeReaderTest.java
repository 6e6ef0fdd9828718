package dev.atelier.formats.featureide;

import static dev.atelier.formats.featuremodel.FeatureModelTesting.count;
import static dev.atelier.formats.featuremodel.FeatureModelTesting.loaded;
import static dev.atelier.formats.featuremodel.FeatureModelTesting.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.ProductModel;
import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.ReadResult;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureIdeReaderTest {

  private static ReadResult read(String xml) {
    return FeatureIdeReader.read(new StringReader(xml), "car.featureide.xml");
  }

  private static final String CAR =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <featureModel>
        <properties/>
        <struct>
          <and abstract="true" mandatory="true" name="Car">
            <description>a car</description>
            <alt mandatory="true" name="Engine">
              <feature name="Petrol"/>
              <feature name="Electric"/>
            </alt>
            <or name="Extras">
              <feature name="Radio"/>
              <feature name="Navi"/>
            </or>
            <feature mandatory="true" name="Wheels"/>
          </and>
        </struct>
        <constraints>
          <rule><imp><var>Navi</var><var>Radio</var></imp></rule>
          <rule><not><conj><var>Electric</var><var>Extras</var></conj></not></rule>
          <rule><eq><var>Petrol</var><disj><var>Petrol</var><var>Electric</var></disj></eq></rule>
        </constraints>
      </featureModel>
      """;

  @Test
  void readsTreeAndRules() {
    ProductModel model = loaded(read(CAR));
    assertThat(model.id()).isEqualTo("car");
    assertThat(model.attributes().stream().map(a -> a.id()))
        .containsExactly(
            "Car", "Engine", "Petrol", "Electric", "Extras", "Radio", "Navi", "Wheels");
    // Petrol without extras (1) or with Radio, Radio+Navi (2) = 3; Petrol <=> Petrol|Electric
    // forces Petrol, so Electric configurations are excluded.
    assertThat(count(model)).isEqualTo(BigInteger.valueOf(3));
    assertThat(model.constraints().stream().map(c -> c.label().text()))
        .contains(
            "Constraint: Navi => Radio",
            "Constraint: !(Electric & Extras)",
            "Constraint: Petrol <=> Petrol | Electric",
            "Parent 'Engine' has exactly one of Petrol, Electric");
  }

  @Test
  void malformedXmlIsOneDiagnosticWithItsPosition() {
    List<Diagnostic> problems = rejected(read("<featureModel>\n  <struct>\n</featureModel>"));
    assertThat(problems)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.line()).isEqualTo(3);
              assertThat(d.message()).startsWith("malformed XML: ");
            });
  }

  @Test
  void doctypesAreRefused() {
    List<Diagnostic> problems =
        rejected(
            read(
                "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                    + "\n<featureModel><struct><feature name=\"&e;\"/></struct></featureModel>"));
    assertThat(problems)
        .singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith("malformed XML"));
  }

  @Test
  void collectsUnknownElementsAndFeatures() {
    List<Diagnostic> problems =
        rejected(
            read(
                """
                <featureModel>
                  <struct>
                    <and name="A">
                      <feature name="B"/>
                      <option name="C"/>
                      <feature name="B"/>
                    </and>
                  </struct>
                  <constraints>
                    <rule><imp><var>B</var><var>Z</var></imp></rule>
                    <rule><xor><var>B</var></xor></rule>
                  </constraints>
                </featureModel>
                """));
    assertThat(problems.stream().map(Diagnostic::toString))
        .containsExactly(
            "car.featureide.xml:5:7: unknown element <option> in feature 'A'",
            "car.featureide.xml:6:7: duplicate feature 'B' (first defined at line 4)",
            "car.featureide.xml:10:28: unknown feature 'Z'",
            "car.featureide.xml:11:11: unknown element <xor> in a constraint");
  }
}
