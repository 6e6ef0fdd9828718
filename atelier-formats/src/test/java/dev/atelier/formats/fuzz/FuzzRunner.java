package dev.atelier.formats.fuzz;

import dev.atelier.formats.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Feeds seeded mutations to a target on a watchdog thread: an input fails when the reader throws,
 * reports a diagnostic without a 1-based position, or takes longer than the time limit.
 */
final class FuzzRunner {

  /**
   * What a run found.
   *
   * @param inputs inputs fed
   * @param rejected inputs rejected with diagnostics
   * @param maxMillis the slowest input's time
   * @param failures one line per failing input, naming its seed
   */
  record Report(int inputs, int rejected, long maxMillis, List<String> failures) {}

  private FuzzRunner() {}

  static Report run(FuzzTarget target, int inputs, long seed, long limitMillis) {
    ExecutorService watchdog = newWatchdog();
    List<String> failures = new ArrayList<>();
    int rejected = 0;
    long maxNanos = 0;
    try {
      for (int k = 0; k < inputs; k++) {
        long inputSeed = seed * 1_000_003L + k;
        Random random = new Random(inputSeed);
        String base = target.seedInputs().get(random.nextInt(target.seedInputs().size()));
        String input = Mutator.mutate(base, random);
        long t0 = System.nanoTime();
        Future<List<Diagnostic>> f = watchdog.submit(() -> target.reader().apply(input));
        try {
          List<Diagnostic> ds = f.get(limitMillis, TimeUnit.MILLISECONDS);
          maxNanos = Math.max(maxNanos, System.nanoTime() - t0);
          if (!ds.isEmpty()) {
            rejected++;
          }
          for (Diagnostic d : ds) {
            if (d.line() < 1 || d.column() < 1 || d.message().isBlank()) {
              failures.add(target.name() + " seed " + inputSeed + ": bad diagnostic " + d);
            }
          }
        } catch (TimeoutException e) {
          f.cancel(true);
          watchdog.shutdownNow();
          watchdog = newWatchdog();
          failures.add(
              target.name() + " seed " + inputSeed + ": slower than " + limitMillis + " ms");
        } catch (ExecutionException e) {
          failures.add(target.name() + " seed " + inputSeed + ": threw " + e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          failures.add(target.name() + " interrupted");
          break;
        }
      }
    } finally {
      watchdog.shutdownNow();
    }
    return new Report(inputs, rejected, maxNanos / 1_000_000, failures);
  }

  private static ExecutorService newWatchdog() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "fuzz-input");
          t.setDaemon(true);
          return t;
        });
  }
}
