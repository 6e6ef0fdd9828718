package dev.atelier.formats.yaml;

import static dev.atelier.formats.yaml.NativeTesting.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.formats.BruteForce;
import dev.atelier.formats.check.AnalysisResult;
import dev.atelier.formats.check.DiffReport;
import dev.atelier.formats.check.ModelDiff;
import dev.atelier.formats.demo.Demos;
import dev.atelier.formats.product.DefinitionResult;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Module libraries: the home server imports the {@code drive} module of library {@code parts}
 * version 1; missing libraries, versions and modules and problems inside a library file are
 * reported with their positions; a library change shows in the diff of the importing product.
 */
class ModuleLibraryTest {

  private static Deadline soon() {
    return Deadline.inMillis(60_000);
  }

  private static String homeServerText() {
    try (InputStream in = Demos.class.getResourceAsStream(Demos.resource("homeserver"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The problems of the home server's text with {@code from} replaced by {@code to}. */
  private static List<String> homeServerProblems(String from, String to) {
    return problems(NativeFormat.readDefinition(homeServerText().replace(from, to), "hs.yaml"));
  }

  private static ProductModel loaded(DefinitionResult r) {
    return NativeTesting.loaded(r).model();
  }

  @Test
  void theHomeServerCountsEachMultisetOfLibraryDrivesOnce() {
    ProductModel model = loaded(Demos.load("homeserver"));
    assertThat(model.attributes().stream().map(a -> a.id()))
        .contains("drives", "drives[1].type", "drives[4].capacity");
    // Brute force: a drive is one of 6 (ssd 512/1000/2000, hdd 1000/2000/4000); drives are a
    // multiset of 1..4 of them; compact holds at most 2; mirroring needs 2; two 4 TB disks need
    // more than 8 GB of memory.
    long expected = 0;
    for (int n = 1; n <= 4; n++) {
      for (int[] drives : BruteForce.multisets(6, n)) {
        int big = 0;
        for (int dr : drives) {
          big += dr == 5 ? 1 : 0;
        }
        for (String box : List.of("compact", "tower")) {
          for (int memory : new int[] {8, 16, 32}) {
            for (boolean mirror : new boolean[] {false, true}) {
              boolean ok =
                  (!box.equals("compact") || n <= 2)
                      && (!mirror || n >= 2)
                      && (big < 2 || memory != 8);
              expected += ok ? 1 : 0;
            }
          }
        }
      }
    }
    BigInteger count = CompiledModel.compile(model, soon()).orThrow().count(soon()).orThrow();
    assertThat(count).isEqualTo(BigInteger.valueOf(expected));
  }

  @Test
  void aMissingLibraryVersionOrModuleIsReportedAtTheImport() {
    String version1 = "library: parts, version: 1";
    assertThat(homeServerProblems(version1, "library: partz, version: 1"))
        .anyMatch(p -> p.startsWith("hs.yaml:11:5: no library 'partz' in version 1"));
    assertThat(homeServerProblems(version1, "library: parts, version: 9"))
        .anyMatch(p -> p.startsWith("hs.yaml:11:5: no library 'parts' in version 9"));
    assertThat(homeServerProblems("[drive]", "[drve]"))
        .anyMatch(
            p ->
                p.startsWith("hs.yaml:11:44: library 'parts' version 1 has no module 'drve'")
                    && p.contains("drive"));
  }

  @Test
  void problemsInsideALibraryAreReportedInTheLibraryFile() {
    String broken =
        """
        library: parts
        version: 1
        modules:
          - id: drive
            attributes:
              - {id: type, kind: enum, values: [ssd, hdd]}
            rules:
              - {id: r, rule: type = nvme}
        """;
    ModuleLibraries libraries =
        (library, version) -> Optional.of(new ModuleLibraries.Source("parts.v1.yaml", broken));
    List<String> problems =
        problems(
            NativeFormat.readDefinition(
                new java.io.StringReader(homeServerText()), "hs.yaml", libraries));
    assertThat(problems).anyMatch(p -> p.startsWith("parts.v1.yaml:8:"));
  }

  @Test
  void aModelFileFindsItsLibraryInItsOwnDirectory(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
    java.nio.file.Files.writeString(
        dir.resolve("shop.v3.yaml"),
        """
        library: shop
        version: 3
        modules:
          - id: lamp
            attributes:
              - {id: colour, kind: enum, values: [warm, cold]}
        """);
    java.nio.file.Path product = dir.resolve("desk.yaml");
    java.nio.file.Files.writeString(
        product,
        """
        id: desk
        version: "1"
        currency: EUR
        imports:
          - {library: shop, version: 3, modules: [lamp]}
        attributes: []
        slots:
          lamps: {module: lamp, count: 0..2}
        """);
    dev.atelier.formats.ReadResult read =
        dev.atelier.formats.files.ModelFiles.read(product, Optional.empty());
    assertThat(read).as("%s", read).isInstanceOf(dev.atelier.formats.ReadResult.Loaded.class);
    ProductModel model = ((dev.atelier.formats.ReadResult.Loaded) read).model();
    // 0 lamps, 1 lamp (2 colours), 2 positional lamps (4).
    assertThat(CompiledModel.compile(model, soon()).orThrow().count(soon()).orThrow())
        .isEqualTo(BigInteger.valueOf(7));
  }

  @Test
  void aLibraryUpgradeShowsInTheDiffOfTheProduct() {
    ProductModel v1 = loaded(Demos.load("homeserver"));
    ProductModel v2 =
        loaded(
            NativeFormat.readDefinition(
                homeServerText().replace("version: 1, modules", "version: 2, modules"), "hs.yaml"));
    DiffReport diff = ModelDiff.compare(v1, v2, soon());
    assertThat(diff.valuesAdded().stream().map(Object::toString))
        .anyMatch(v -> v.contains("drives[1].capacity") && v.contains("8000"));
    assertThat(diff.rulesChanged()).contains("drives[1].ssd-capacity");
    assertThat(diff.lost()).isEqualTo(new AnalysisResult.Done<>(BigInteger.ZERO));
    assertThat(diff.gained()).isInstanceOf(AnalysisResult.Done.class);
    assertThat(((AnalysisResult.Done<BigInteger>) diff.gained()).value()).isPositive();
    assertThat(diff.render()).contains("8000");
  }
}
