package dev.atelier.server.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.formats.ReadResult;
import dev.atelier.formats.files.ModelFiles;
import dev.atelier.formats.sales.SalesFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The anchor's protocol on the Renault medium data (Brouard et al., CP 2020): fold 9, every column
 * of every line predicted from the previous ones; toulbar2 with a learned preference model got 6.23
 * % wrong. Skipped where the shared benchmarks are absent.
 */
@Tag("slow")
class RecommendEvalRenaultTest {
  private static final double ANCHOR_WRONG_RATE = 0.0623;
  private static final int FOLD = 9;

  @Test
  void predictsFold9WithFewerWrongValuesThanTheAnchor() {
    Optional<Path> data = renault();
    Assumptions.assumeTrue(data.isPresent(), "shared benchmarks (renault-br4cp) not found");
    Path dir = data.get();
    ProductModel model =
        ((ReadResult.Loaded)
                ModelFiles.read(dir.resolve("medium_domainsorted.xml"), Optional.empty()))
            .model();
    SalesFile sales =
        ((SalesFile.Parsed) SalesFile.read(dir.resolve("config_medium_filtered.txt.gz"))).sales();
    FoldIndex index =
        ((FoldIndex.Parsed) FoldIndex.read(dir.resolve("index_csv_medium.txt"))).index();
    assertThat(sales.problemWith(model)).isEmpty();
    CompiledModel compiled = CompiledModel.compile(model, Deadline.inMillis(60_000)).orThrow();

    EvaluationReport report =
        RecommendationEvaluation.run(
                compiled, sales, index, FOLD, RecommenderSettings.defaults(), 10_000)
            .orThrow();

    assertThat(report.queries()).isEqualTo(index.size(FOLD) * sales.columns().size());
    assertThat(report.refused()).isZero();
    assertThat(report.wrongRate()).isLessThan(ANCHOR_WRONG_RATE);
  }

  private static Optional<Path> renault() {
    // The benchmark folder: -Datelier.benchmarks=<dir>, by default ../shared/benchmarks next to
    // the project root (as the formats module's SharedBenchmarks).
    List<Path> candidates = new ArrayList<>();
    String configured = System.getProperty("atelier.benchmarks");
    if (configured != null && !configured.isBlank()) {
      candidates.add(Path.of(configured, "renault-br4cp"));
    }
    for (Path dir = Path.of("").toAbsolutePath();
        dir != null && candidates.isEmpty();
        dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("mvnw"))) {
        candidates.add(dir.resolve("../shared/benchmarks/renault-br4cp").normalize());
      }
    }
    return candidates.stream()
        .filter(d -> Files.isRegularFile(d.resolve("config_medium_filtered.txt.gz")))
        .findFirst();
  }
}
