package dev.atelier.server.printfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.events.RetryPolicy;
import dev.atelier.server.testing.OrderServer;
import java.time.Clock;
import java.time.Duration;

/** What the print job tests share: a worker on a test server, and what a stopped render leaves. */
final class PrintJobFixtures {

  /** Five attempts an hour apart: a failed job waits while the next one renders. */
  static final RetryPolicy HOURLY = new RetryPolicy(Duration.ofHours(1), Duration.ofHours(1), 5);

  private PrintJobFixtures() {}

  /** One render thread on {@code s}'s database and catalogue. */
  static PrintJobWorker worker(
      OrderServer s,
      PrintJobWorker.Renderer renderer,
      RetryPolicy policy,
      PrintJobWorker.Budget budget,
      Clock clock) {
    return new PrintJobWorker(s.database().jdbi(), s.catalogue, renderer, policy, budget, clock, 1);
  }

  /**
   * Runs {@code w} once on the one due job of {@code s}, which must be stopped with {@code reason}
   * and due again with no files; then the render thread is free: the next order of {@code shopper}
   * renders.
   */
  static void assertStoppedThenTheNextJobRenders(
      OrderServer s, PrintJobWorker w, long shopper, String reason) {
    assertThat(w.runOnce()).isEqualTo(1);
    assertThat(PrintFilesAtOrderTest.text(s, "SELECT last_error FROM print_job")).contains(reason);
    assertThat(PrintFilesAtOrderTest.text(s, "SELECT status FROM print_job")).isEqualTo("due");
    assertThat(PrintFilesAtOrderTest.count(s, "SELECT COUNT(*) FROM production_print_files"))
        .isZero();

    assertThat(PrintFilesAtOrderTest.placePhotoOrder(s, shopper, "k-next").status()).isEqualTo(201);
    assertThat(w.runOnce()).isEqualTo(1);
    assertThat(
            PrintFilesAtOrderTest.count(s, "SELECT COUNT(*) FROM print_job WHERE status = 'done'"))
        .isEqualTo(1);
  }
}
