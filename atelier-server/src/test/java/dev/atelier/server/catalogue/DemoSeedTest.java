package dev.atelier.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.formats.demo.Demos;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DemoSeedTest {

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void seedsEveryDemoOnceAcrossRestarts(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind)) {
      ModelStore store = new ModelStore(db);
      Instant now = Instant.parse("2026-03-01T10:00:00Z");
      assertThat(DemoSeed.seed(store, now)).isEqualTo(Demos.NAMES.size());
      assertThat(DemoSeed.seed(store, now.plusSeconds(60))).isZero();
      StoredCatalogue catalogue =
          new StoredCatalogue(
              store, Clock.fixed(now, java.time.ZoneOffset.UTC), new CompiledModels(8));
      assertThat(catalogue.productIds()).containsExactlyElementsOf(Demos.NAMES);
      assertThat(catalogue.current("pizza")).isPresent();
      assertThat(store.all()).hasSize(Demos.NAMES.size());
      assertThat(store.all()).allSatisfy(v -> assertThat(v.effectiveFrom()).isEqualTo(now));
    }
  }

  @Test
  void twoCataloguesStartingTogetherOnOnePostgresDatabaseSeedOneCopy()
      throws InterruptedException, ExecutionException, TimeoutException {
    String url = TestDatabases.freshPostgresUrl();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Database>> opened = new ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        opened.add(
            pool.submit(
                () -> {
                  go.await();
                  Database db = Database.open(url, "postgres", null, 4);
                  StoredCatalogue.open(db, Clock.systemUTC());
                  return db;
                }));
      }
      go.countDown();
      List<Database> dbs = new ArrayList<>();
      for (Future<Database> f : opened) {
        dbs.add(f.get(120, TimeUnit.SECONDS));
      }
      long versions =
          dbs.get(0)
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT COUNT(*) FROM catalogue_versions")
                          .mapTo(Long.class)
                          .one());
      long products =
          dbs.get(1)
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT COUNT(*) FROM catalogue_products")
                          .mapTo(Long.class)
                          .one());
      assertThat(versions).isEqualTo(Demos.NAMES.size());
      assertThat(products).isEqualTo(Demos.NAMES.size());
      assertThat(
              new StoredCatalogue(
                      new ModelStore(dbs.get(1)), Clock.systemUTC(), new CompiledModels(8))
                  .productIds())
          .containsExactlyElementsOf(Demos.NAMES);
      dbs.forEach(Database::close);
    } finally {
      pool.shutdownNow();
    }
  }
}
