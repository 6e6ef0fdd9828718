package dev.atelier.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.formats.dimacs.DimacsReader;
import dev.atelier.formats.featuremodel.SharedBenchmarks;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Counts every DIMACS model of the team's benchmark collection whose exact count is known ({@code
 * INDEX.tsv}, column {@code known_count}). Runs only in the "slow" profile and only where the
 * collection exists: {@code -Datelier.benchmarks=<dir>}, by default {@code ../shared/benchmarks}
 * relative to the project root.
 */
@Tag("slow")
class BenchmarkCountTest {

  private static final Duration PER_MODEL = Duration.ofMinutes(10);

  @TestFactory
  Stream<DynamicTest> countsEveryModelWithAKnownCount() throws IOException {
    Optional<Path> index = index();
    Assumptions.assumeTrue(index.isPresent(), "benchmark INDEX.tsv not found");
    Path root = index.get().getParent();
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : Files.readAllLines(index.get())) {
      String[] cells = line.split("\t", -1);
      if (cells.length > 4 && cells[1].equals("DIMACS") && cells[4].matches("[0-9]+")) {
        Path file = root.resolve(cells[0]);
        BigInteger count = new BigInteger(cells[4]);
        int variables = Integer.parseInt(cells[2]);
        int clauses = Integer.parseInt(cells[3]);
        tests.add(DynamicTest.dynamicTest(cells[0], () -> check(file, variables, clauses, count)));
      }
    }
    return tests.stream();
  }

  private static void check(Path file, int variables, int clauses, BigInteger count) {
    ReadResult result = DimacsReader.read(file);
    assertThat(result).as("%s", result).isInstanceOf(ReadResult.Loaded.class);
    ProductModel model = ((ReadResult.Loaded) result).model();
    assertThat(model.attributes()).hasSize(variables);
    assertThat(model.constraints()).hasSize(clauses);
    Deadline deadline = Deadline.in(PER_MODEL);
    CompiledModel compiled = CompiledModel.compile(model, deadline).orThrow();
    assertThat(compiled.count(deadline).orThrow()).isEqualTo(count);
  }

  static Optional<Path> index() {
    return SharedBenchmarks.location()
        .map(d -> d.resolve("INDEX.tsv"))
        .filter(Files::isRegularFile);
  }
}
