package dev.atelier.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.result.Deadline;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One compiled model, many sessions on many threads: each answers as if it were alone. */
class SharedCompiledModelTest {
  private static final Deadline SOON = Deadline.inMillis(30_000);

  @Test
  void sessionsOnManyThreadsAgreeWithSequentialRuns()
      throws InterruptedException, ExecutionException {
    CompiledModel model = CompiledModel.compile(BikeSessionTest.bike(), SOON).orThrow();
    int runs = 32;
    List<List<String>> sequential = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      sequential.add(run(model, r));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        int seed = r;
        futures.add(pool.submit(() -> run(model, seed)));
      }
      for (int r = 0; r < runs; r++) {
        assertThat(futures.get(r).get()).isEqualTo(sequential.get(r));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A seeded random session; returns a transcript of every answer. */
  private static List<String> run(CompiledModel model, int seed) {
    Random random = new Random(seed);
    ConfigurationSession s = ConfigurationSession.start(model);
    List<String> transcript = new ArrayList<>();
    for (int step = 0; step < 4; step++) {
      ValidDomains d = s.validDomains(SOON).orThrow();
      transcript.add(d.toString());
      transcript.add(s.count(SOON).orThrow().toString());
      transcript.add(s.complete(Objective.cheapest(), SOON).orThrow().price().toString());
      List<AttributeDomain> open =
          d.domains().values().stream()
              .filter(a -> a.decided().isEmpty() && !a.offered().isEmpty())
              .toList();
      if (open.isEmpty()) {
        break;
      }
      AttributeDomain a = open.get(random.nextInt(open.size()));
      s.decide(a.attribute(), a.offered().get(random.nextInt(a.offered().size())), SOON).orThrow();
      if (!a.refused().isEmpty()) {
        transcript.add(s.explain(a.attribute(), a.refused().get(0), SOON).orThrow().toString());
      }
    }
    return transcript;
  }
}
