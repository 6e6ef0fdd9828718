package dev.atelier.formats.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.Value;
import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.csv.CompatibilityTableCsv;
import dev.atelier.formats.csv.CsvImport;
import dev.atelier.formats.csv.PriceListCsv;
import dev.atelier.formats.dimacs.DimacsReader;
import dev.atelier.formats.featureide.FeatureIdeReader;
import dev.atelier.formats.sxfm.SxfmReader;
import dev.atelier.formats.uvl.UvlReader;
import dev.atelier.formats.xcsp.XcspReader;
import dev.atelier.formats.yaml.NativeFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutation fuzzing of every reader on this branch: no exception, positioned diagnostics, no hang.
 */
@Tag("fuzz")
class FuzzTest {

  /**
   * Inputs per reader: 3,000 in the default build, 10,000 with a second seed in the slow profile
   * ({@code -Dfuzz.inputs}, {@code -Dfuzz.seed}), which CI also runs.
   */
  static final int INPUTS = Integer.getInteger("fuzz.inputs", 3_000);

  static final long SEED = Long.getLong("fuzz.seed", 20_261_122L);

  /**
   * A hang detector, not a speed check: inputs are a few hundred bytes, so 10 s on one input means
   * a loop or catastrophic backtracking even on a machine loaded by other builds (1 s flaked
   * there).
   */
  static final long LIMIT_MILLIS = 10_000;

  static final String DIMACS_SEED = "c tiny\np cnf 3 2\n1 -2 0\n2 3 0\n";

  static final ProductModel SHIRT =
      ProductModel.builder("shirt")
          .enumeration("color", "red", "blue", "white")
          .enumeration("size", "s", "m", "l")
          .attribute(
              new EnumAttribute(
                  "print", LocalizedText.of("print"), List.of(Value.of("logo")), true))
          .bool("gift")
          .build();

  static Stream<FuzzTarget> targets() {
    return Stream.of(
        FuzzTarget.of(
            "xcsp",
            List.of(res("supports-conflicts.xml"), res("joker.xml"), res("ranges.xml")),
            XcspReader::read),
        FuzzTarget.of("dimacs", List.of(DIMACS_SEED), DimacsReader::read),
        FuzzTarget.of("uvl", List.of(text("/uvl/constructs.uvl")), UvlReader::read),
        FuzzTarget.of(
            "featureide", List.of(text("/fuzz/car.featureide.xml")), FeatureIdeReader::read),
        FuzzTarget.of("sxfm", List.of(text("/fuzz/shop.sxfm.xml")), SxfmReader::read),
        FuzzTarget.of("native-yaml", List.of(text("/demo/pizza.yaml")), NativeFormat::read),
        new FuzzTarget(
            "csv-table",
            List.of("color,size,print\nred,*,~\n\"blue\",m,logo\n", "color;gift\nred;true\n"),
            text ->
                diagnostics(
                    CompatibilityTableCsv.read(new StringReader(text), "t.csv", SHIRT, "t", true))),
        new FuzzTarget(
            "csv-prices",
            List.of("attribute,value,price,currency\ncolor,red,12.50,EUR\ngift,true,3\n"),
            text -> diagnostics(PriceListCsv.apply(new StringReader(text), "p.csv", SHIRT))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void mutatedInputsNeverCrashOrHang(FuzzTarget target) {
    long t0 = System.nanoTime();
    FuzzRunner.Report r = FuzzRunner.run(target, INPUTS, SEED, LIMIT_MILLIS);
    System.out.printf(
        "fuzz %s: %d inputs, %d rejected, slowest %d ms, total %d ms%n",
        target.name(),
        r.inputs(),
        r.rejected(),
        r.maxMillis(),
        (System.nanoTime() - t0) / 1_000_000);
    assertThat(r.failures()).isEmpty();
    assertThat(r.inputs()).isEqualTo(INPUTS);
  }

  static List<Diagnostic> diagnostics(CsvImport<?> r) {
    return r instanceof CsvImport.Rejected<?> x ? x.diagnostics() : List.of();
  }

  static String text(String resource) {
    try (InputStream in = FuzzTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String res(String name) {
    try (InputStream in = FuzzTest.class.getResourceAsStream("/xcsp/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
