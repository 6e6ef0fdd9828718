package dev.atelier.formats.uvl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.ReadResult;
import dev.atelier.formats.featuremodel.SharedBenchmarks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Reads every file of the UVL parser test suite in {@code uvl-syntax-samples/parsing} (not copied
 * here: it has no licence). Files under {@code faulty/} are rejected with positioned diagnostics;
 * every other file either loads or is rejected only for constructs the engine cannot represent
 * ("unsupported: ..."), never for syntax. Skipped where the collection is absent.
 */
@Tag("slow")
class UvlSyntaxSamplesTest {

  /** Valid sample files that use Integer/Real features, cardinalities, avg, len or products. */
  private static final Set<String> UNSUPPORTED =
      Set.of(
          "aggregate.uvl",
          "aggregateFunctions.uvl",
          "lengthAggregation.uvl",
          "expressions.uvl",
          "feature-cardinality.uvl",
          "bike.uvl",
          "all.uvl",
          "type.uvl",
          "comments.uvl",
          "dash.uvl",
          "string-constraints.uvl");

  @TestFactory
  Stream<DynamicTest> readsEverySample() throws IOException {
    Path root =
        SharedBenchmarks.directory()
            .map(d -> d.resolve("uvl-syntax-samples/parsing"))
            .filter(Files::isDirectory)
            .orElse(null);
    Assumptions.assumeTrue(root != null, "uvl-syntax-samples not found");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".uvl")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(30);
    return files.stream()
        .map(f -> DynamicTest.dynamicTest(root.relativize(f).toString(), () -> check(root, f)));
  }

  private static void check(Path root, Path file) {
    ReadResult result = UvlReader.read(file);
    String name = file.getFileName().toString();
    if (root.relativize(file).startsWith("faulty")) {
      assertThat(result).isInstanceOf(ReadResult.Rejected.class);
      for (Diagnostic d : ((ReadResult.Rejected) result).diagnostics()) {
        assertThat(d.line()).isGreaterThan(1);
        assertThat(d.column()).isPositive();
      }
    } else if (UNSUPPORTED.contains(name)) {
      assertThat(result).isInstanceOf(ReadResult.Rejected.class);
      assertThat(((ReadResult.Rejected) result).diagnostics())
          .allSatisfy(d -> assertThat(d.message()).startsWith("unsupported: "));
    } else {
      assertThat(result).as("%s", result).isInstanceOf(ReadResult.Loaded.class);
    }
  }
}
