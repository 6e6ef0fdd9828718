package dev.atelier.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.formats.files.ModelFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every model file listed in the benchmark collection's INDEX.tsv (all formats Atelier reads) loads
 * through format detection and compiles. Skipped when the collection is absent (it is not part of
 * the repository).
 */
@Tag("slow")
class AllBenchmarkFilesLoadTest {

  /** Formats in INDEX.tsv that Atelier does not read (data files, CLib rule archives). */
  private static boolean isModel(String format) {
    return !format.equals("data") && !format.startsWith("CLib");
  }

  @Test
  void everyModelFileLoadsAndCompiles() throws IOException {
    Optional<Path> index = BenchmarkCountTest.index();
    Assumptions.assumeTrue(index.isPresent(), "benchmark INDEX.tsv not found");
    Path root = index.get().getParent();
    List<String> failures = new ArrayList<>();
    int loaded = 0;
    List<String> lines = Files.readAllLines(index.get());
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      if (cells.length < 2 || !isModel(cells[1])) {
        continue;
      }
      Path file = root.resolve(cells[0]);
      long start = System.nanoTime();
      ReadResult read = ModelFiles.read(file, Optional.empty());
      if (read instanceof ReadResult.Rejected rejected) {
        failures.add(cells[0] + ": " + rejected.diagnostics().get(0));
        continue;
      }
      ProductModel model = ((ReadResult.Loaded) read).model();
      if (!CompiledModel.compile(model, Deadline.inMillis(60_000)).isOk()) {
        failures.add(cells[0] + ": does not compile");
        continue;
      }
      loaded++;
      System.out.printf(
          "%s: %d attributes, %d rules, loaded and compiled in %d ms%n",
          cells[0],
          model.attributes().size(),
          model.constraints().size(),
          (System.nanoTime() - start) / 1_000_000);
    }
    assertThat(failures).isEmpty();
    assertThat(loaded).isGreaterThan(30);
  }
}
