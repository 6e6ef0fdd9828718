package dev.atelier.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.formats.dimacs.DimacsReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads real feature models from the Feature Model Benchmark (test resources {@code fmb/}, MIT) and
 * checks their exact configuration counts against independently computed ones.
 */
class RealModelCountTest {

  static List<ExpectedCount> models() {
    return ExpectedCount.load("/fmb/expected-counts.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void readsTheDeclaredVariablesAndClauses(ExpectedCount expected) throws URISyntaxException {
    ProductModel model = read(expected.file());

    assertThat(model.attributes()).hasSize(expected.variables());
    assertThat(model.constraints()).hasSize(expected.clauses());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void countsExactly(ExpectedCount expected) throws URISyntaxException {
    ProductModel model = read(expected.file());
    Deadline deadline = Deadline.in(Duration.ofMinutes(2));

    CompiledModel compiled = CompiledModel.compile(model, deadline).orThrow();

    assertThat(compiled.count(deadline).orThrow()).isEqualTo(expected.count());
  }

  private static ProductModel read(String file) throws URISyntaxException {
    URL url = Objects.requireNonNull(RealModelCountTest.class.getResource("/fmb/" + file), file);
    ReadResult result = DimacsReader.read(Path.of(url.toURI()));
    assertThat(result).as("%s", result).isInstanceOf(ReadResult.Loaded.class);
    return ((ReadResult.Loaded) result).model();
  }
}
