package dev.atelier.formats.featuremodel;

import static dev.atelier.formats.featuremodel.FeatureModelTesting.count;
import static dev.atelier.formats.featuremodel.FeatureModelTesting.loaded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.ProductModel;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Loads the large FMB feature models of the team's benchmark collection (not copied here) with the
 * UVL, SXFM and FeatureIDE readers, and counts those that count within seconds. Skipped where the
 * collection is absent.
 */
@Tag("slow")
class BigFeatureModelsTest {

  /** A file, its feature count, and its exact count or null when counting takes too long. */
  private record Case(String file, int features, String count) {}

  private static final List<Case> CASES =
      List.of(
          new Case("fmb/linux-2.6.33.3/linux-2.6.33.3.uvl.gz", 6467, null),
          new Case("fmb/linux-2.6.33.3/linux-2.6.33.3.featureide.xml.gz", 6467, null),
          new Case("fmb/automotive01/automotive01.uvl.gz", 2513, null),
          new Case("fmb/automotive01/automotive01.featureide.xml.gz", 2513, null),
          new Case("fmb/automotive02/automotive02_v1.featureide.xml.gz", 14010, null),
          new Case("fmb/erp-system/erp-system.uvl.gz", 1920, null),
          new Case("fmb/erp-system/erp-system.sxfm.xml.gz", 1920, null),
          new Case("fmb/financial-services01/fs01-2018-05-09.uvl", 771, null),
          new Case("fmb/financial-services01/fs01-2018-05-09.featureide.xml.gz", 771, null),
          new Case("fmb/ecos/ecos-i386pc.alhajjaji2019.uvl", 1245, null),
          new Case("fmb/ecos/ecos-i386pc.alhajjaji2019.featureide.xml.gz", 1245, null),
          new Case("fmb/embtoolkit/embtoolkit.knueppel2017.uvl.gz", 1179, null),
          new Case("fmb/uclinux/uclinux-distribution.knueppel2017.featureide.xml", 1580, null));

  @TestFactory
  Stream<DynamicTest> loadsEveryLargeModel() {
    Path root = SharedBenchmarks.directory().orElse(null);
    Assumptions.assumeTrue(root != null, "benchmark collection not found");
    return CASES.stream()
        .map(c -> DynamicTest.dynamicTest(c.file(), () -> check(root.resolve(c.file()), c)));
  }

  private static void check(Path file, Case c) {
    ProductModel model = loaded(FmbModelCountTest.read(file));
    assertThat(model.attributes()).hasSize(c.features());
    if (c.count() != null) {
      assertThat(count(model)).hasToString(c.count());
    }
  }
}
