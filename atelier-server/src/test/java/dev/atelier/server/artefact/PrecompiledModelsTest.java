package dev.atelier.server.artefact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.result.Deadline;
import dev.atelier.server.catalogue.CompiledModels;
import dev.atelier.server.catalogue.DemoSeed;
import dev.atelier.server.catalogue.ModelStore;
import dev.atelier.server.catalogue.ProductFamily;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.catalogue.StoredCatalogue;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import java.math.BigInteger;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two server nodes on one database, each with its own compiled-model cache: the first compiles the
 * demo catalogue's models (three of them) and stores their compiled forms; the second loads them
 * and compiles nothing, and counts the same; a damaged stored form is rejected and compiled again.
 */
class PrecompiledModelsTest {
  private static final java.util.Set<String> PRODUCTS =
      java.util.Set.of("pc", "homeserver", "shelving");

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void theSecondNodeLoadsWhatTheFirstCompiled(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind)) {
      Clock clock = Clock.systemUTC();
      DemoSeed.seed(new ModelStore(db), ModelStore.storable(clock.instant()));
      PrecompiledModels first = new PrecompiledModels(new ArtefactStore(db), clock);
      Map<String, BigInteger> counts = countAll(node(db, clock, first));
      assertThat(counts).isNotEmpty();
      assertThat(first.settle(Deadline.inMillis(600_000))).isTrue();
      assertThat(first.counters().compiled()).isGreaterThanOrEqualTo(counts.size());
      assertThat(first.counters().loaded()).isZero();
      long rows = new ArtefactStore(db).rows();
      assertThat(rows).isEqualTo(first.counters().stored()).isEqualTo(first.counters().compiled());

      PrecompiledModels second = new PrecompiledModels(new ArtefactStore(db), clock);
      assertThat(countAll(node(db, clock, second))).isEqualTo(counts);
      assertThat(second.counters().compiled()).isZero();
      assertThat(second.counters().loaded()).isPositive();
      assertThat(second.counters().rejected()).isZero();
      assertThat(new ArtefactStore(db).rows()).isEqualTo(rows);

      db.jdbi()
          .useHandle(
              h ->
                  h.createUpdate("UPDATE compiled_artefacts SET bytes = :b WHERE outcome = 'READY'")
                      .bind("b", new byte[] {'A', 'T', 'L', 'A', 1, 2, 3, 4, 5})
                      .execute());
      PrecompiledModels third = new PrecompiledModels(new ArtefactStore(db), clock);
      assertThat(countAll(node(db, clock, third))).isEqualTo(counts);
      assertThat(third.counters().rejected()).isEqualTo(second.counters().loaded());
      assertThat(third.counters().compiled()).isEqualTo(third.counters().rejected());
      assertThat(third.settle(Deadline.inMillis(600_000))).isTrue();
      assertThat(third.counters().stored()).isZero(); // the damaged rows stay first
    }
  }

  private static StoredCatalogue node(Database db, Clock clock, PrecompiledModels artefacts) {
    return new StoredCatalogue(
        new ModelStore(db), clock, new CompiledModels(16), Optional.of(artefacts));
  }

  /** The exact count of every product's current version, after its compiled forms are ready. */
  private static Map<String, BigInteger> countAll(StoredCatalogue node) {
    Map<String, BigInteger> counts = new LinkedHashMap<>();
    for (ProductFamily f : node.families()) {
      if (!PRODUCTS.contains(f.id())) {
        continue; // the others compile alike; three keep the test short
      }
      ProductVersion v = node.find(f.id(), f.current()).orElseThrow();
      v.compiled().knowledge().await(Deadline.inMillis(120_000));
      counts.put(f.id(), v.compiled().count(Deadline.inMillis(120_000)).orThrow());
    }
    return counts;
  }
}
