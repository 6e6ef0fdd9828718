package dev.atelier.formats.featuremodel;

import static dev.atelier.formats.featuremodel.FeatureModelTesting.count;
import static dev.atelier.formats.featuremodel.FeatureModelTesting.loaded;
import static dev.atelier.formats.featuremodel.FeatureModelTesting.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.ProductModel;
import dev.atelier.formats.ReadResult;
import dev.atelier.formats.featureide.FeatureIdeReader;
import dev.atelier.formats.sxfm.SxfmReader;
import dev.atelier.formats.uvl.UvlReader;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Reads the real FMB feature models in {@code fmb-models/} with the UVL, SXFM and FeatureIDE
 * readers and checks the exact configuration counts against {@code expected-counts.tsv} (the DIMACS
 * counts where the files describe the same model).
 */
class FmbModelCountTest {

  /** Reads a feature-model file with the reader its name calls for. */
  static ReadResult read(Path file) {
    String name = file.getFileName().toString();
    if (name.contains(".sxfm.")) {
      return SxfmReader.read(file);
    }
    if (name.contains(".featureide.")) {
      return FeatureIdeReader.read(file);
    }
    return UvlReader.read(file);
  }

  @TestFactory
  Stream<DynamicTest> countsEqualTheExpectedCounts() throws IOException {
    Path table = resource("/fmb-models/expected-counts.tsv");
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : Files.readAllLines(table)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      Path file = table.resolveSibling(cells[0]);
      BigInteger expected = new BigInteger(cells[1]);
      tests.add(
          DynamicTest.dynamicTest(
              cells[0], () -> assertThat(count(loaded(read(file)))).isEqualTo(expected)));
    }
    assertThat(tests).hasSize(16);
    return tests.stream();
  }

  @Test
  void uvlAndSxfmVersionsHaveTheDimacsVariablesUpToAbstractGroupFeatures() {
    ProductModel uvl = loaded(read(resource("/fmb-models/android6.uvl")));
    ProductModel sxfm = loaded(read(resource("/fmb-models/android6.sxfm.xml")));
    assertThat(uvl.attributes()).hasSize(179);
    assertThat(sxfm.attributes()).hasSize(179);
    // windows8: FeatureIDE split features with several groups into abstract mandatory features
    // (461 DIMACS variables); SXFM keeps the groups on one feature, so it has 10 fewer.
    assertThat(loaded(read(resource("/fmb-models/windows8.uvl"))).attributes()).hasSize(461);
    assertThat(loaded(read(resource("/fmb-models/windows8.sxfm.xml"))).attributes()).hasSize(451);
  }

  @Test
  void featureIdeKeepsNamesAndPricesOfPcRichmond() {
    ProductModel model = loaded(read(resource("/fmb-models/pc-richmond.featureide.xml")));
    assertThat(model.attributes()).hasSize(377);
    assertThat(model.attribute("i3-7100 Kaby Lake").orElseThrow())
        .extracting(a -> ((dev.atelier.engine.model.BooleanAttribute) a).priceWhenTrue())
        .isEqualTo(2300L);
    assertThat(model.attribute("M.2 SSD Plug-In Card NVMe")).isPresent();
  }
}
