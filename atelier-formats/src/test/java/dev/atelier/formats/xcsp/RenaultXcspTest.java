package dev.atelier.formats.xcsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.formats.Counting;
import dev.atelier.formats.featuremodel.SharedBenchmarks;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Renault's "medium" car model (BR4CP benchmark); not in the repository, read where shared. */
@Tag("slow")
class RenaultXcspTest {

  static final Path MEDIUM =
      SharedBenchmarks.location()
          .orElse(Path.of("benchmarks"))
          .resolve("renault-br4cp/medium_domainsorted.xml");

  @Test
  void mediumReadsAndCompiles() {
    assumeTrue(Files.isReadable(MEDIUM), "benchmark file not present: " + MEDIUM);

    ProductModel model = Counting.loaded(XcspReader.read(MEDIUM));

    assertThat(model.attributes()).hasSize(148);
    assertThat(model.constraints()).hasSize(174);
    assertThat(model.attributes().stream().filter(Attribute::optional).count()).isPositive();
    assertThat(CompiledModel.compile(model, Deadline.inMillis(60_000)).isOk()).isTrue();
  }

  @Test
  void mediumHasTheKnownExactCount() {
    assumeTrue(Files.isReadable(MEDIUM), "benchmark file not present: " + MEDIUM);

    long t0 = System.nanoTime();
    ProductModel model = Counting.loaded(XcspReader.read(MEDIUM));
    long t1 = System.nanoTime();
    CompiledModel compiled = CompiledModel.compile(model, Deadline.inMillis(60_000)).orThrow();
    long t2 = System.nanoTime();
    BigInteger count = compiled.count(Deadline.inMillis(60_000)).orThrow();
    long t3 = System.nanoTime();
    System.out.printf(
        "renault medium: read %d ms, compile %d ms, count %d ms%n",
        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);

    assertThat(model.attributes()).hasSize(148);
    assertThat(model.constraints()).hasSize(174);
    assertThat(model.attributes().stream().filter(Attribute::optional).count()).isPositive();
    assertThat(count).isEqualTo(BigInteger.valueOf(278_744));
  }
}
