package dev.atelier.server.printfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.events.RetryPolicy;
import dev.atelier.server.testing.MutableClock;
import dev.atelier.server.testing.OrderServer;
import java.time.Duration;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The print job worker on H2 and PostgreSQL: two workers racing over the same jobs render each
 * once; a render that keeps failing is retried with backoff and ends dead with its reason; a job
 * whose worker died is taken again once its lease ends (a restart picks due jobs up). Time moves on
 * a {@link MutableClock}; nothing sleeps. A render over its CPU budget is stopped by the watchdog
 * (a crafted slow SVG that passes the upload checks) and the thread renders the next job.
 */
@Tag("slow")
class PrintJobWorkerTest {
  private static final long SHOPPER = 41;
  private static final Duration LEASE = Duration.ofMinutes(2);

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void twoWorkersRacingRenderEachJobOnce(TestDatabases.Kind kind)
      throws InterruptedException, ExecutionException, TimeoutException {
    try (OrderServer s = OrderServer.fresh(kind)) {
      for (int i = 0; i < 3; i++) {
        OrderServer.Answer placed = PrintFilesAtOrderTest.placePhotoOrder(s, SHOPPER, "k-" + i);
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
      }
      AtomicInteger renders = new AtomicInteger();
      PrintJobWorker.Renderer counting =
          (area, job, upload) -> {
            renders.incrementAndGet();
            return PrintJobWorker.Renderer.DEFAULT.render(area, job, upload);
          };
      ExecutorService both = Executors.newFixedThreadPool(2);
      CountDownLatch go = new CountDownLatch(1);
      try (PrintJobWorker one = worker(s, counting, new MutableClock(Instant.now()));
          PrintJobWorker two = worker(s, counting, new MutableClock(Instant.now()))) {
        List<Future<Integer>> rounds = new ArrayList<>();
        for (PrintJobWorker w : List.of(one, two)) {
          rounds.add(both.submit(() -> drain(w, go)));
        }
        go.countDown();
        int claimed = 0;
        for (Future<Integer> r : rounds) {
          claimed += r.get(5, TimeUnit.MINUTES);
        }
        assertThat(claimed).isEqualTo(3);
      } finally {
        both.shutdownNow();
      }
      assertThat(renders.get()).isEqualTo(3);
      assertThat(
              PrintFilesAtOrderTest.count(
                  s, "SELECT COUNT(*) FROM print_job WHERE status = 'done'"))
          .isEqualTo(3);
      assertThat(PrintFilesAtOrderTest.count(s, "SELECT COUNT(*) FROM production_print_files"))
          .isEqualTo(6);
      assertThat(
              PrintFilesAtOrderTest.count(
                  s, "SELECT COUNT(*) FROM outbox_event WHERE type = 'print-files.ready'"))
          .isEqualTo(3);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aFailingRenderIsRetriedThenDeadWithItsReason(TestDatabases.Kind kind) {
    try (OrderServer s = OrderServer.fresh(kind)) {
      assertThat(PrintFilesAtOrderTest.placePhotoOrder(s, SHOPPER, "k-bad").status())
          .isEqualTo(201);
      MutableClock clock = new MutableClock(Instant.now());
      AtomicInteger renders = new AtomicInteger();
      PrintJobWorker.Renderer broken =
          (area, job, upload) -> {
            renders.incrementAndGet();
            throw new IllegalStateException("corrupt artwork");
          };
      RetryPolicy three = new RetryPolicy(Duration.ofSeconds(10), Duration.ofSeconds(10), 3);
      try (PrintJobWorker w =
          PrintJobFixtures.worker(s, broken, three, PrintJobWorker.Budget.DEFAULT, clock)) {
        assertThat(w.runOnce()).isEqualTo(1);
        assertThat(w.runOnce()).as("backing off").isZero();
        assertThat(PrintFilesAtOrderTest.text(s, "SELECT status FROM print_job")).isEqualTo("due");
        clock.advance(Duration.ofSeconds(11));
        assertThat(w.runOnce()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(11));
        assertThat(w.runOnce()).isEqualTo(1);
        clock.advance(Duration.ofHours(1));
        assertThat(w.runOnce()).as("dead").isZero();
      }
      assertThat(renders.get()).isEqualTo(3);
      assertThat(PrintFilesAtOrderTest.text(s, "SELECT status FROM print_job")).isEqualTo("dead");
      assertThat(PrintFilesAtOrderTest.count(s, "SELECT attempts FROM print_job")).isEqualTo(3);
      assertThat(PrintFilesAtOrderTest.text(s, "SELECT last_error FROM print_job"))
          .contains("corrupt artwork");
      assertThat(PrintFilesAtOrderTest.count(s, "SELECT COUNT(*) FROM production_print_files"))
          .isZero();
      assertThat(
              PrintFilesAtOrderTest.count(
                  s, "SELECT COUNT(*) FROM outbox_event WHERE type = 'print-files.ready'"))
          .isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aJobOfAWorkerThatDiedIsTakenAfterItsLease(TestDatabases.Kind kind) {
    try (OrderServer s = OrderServer.fresh(kind)) {
      assertThat(PrintFilesAtOrderTest.placePhotoOrder(s, SHOPPER, "k-lost").status())
          .isEqualTo(201);
      MutableClock clock = new MutableClock(Instant.now());
      // A node claimed the job and died before ending it.
      s.database()
          .jdbi()
          .useHandle(
              h ->
                  h.createUpdate("UPDATE print_job SET claim = 'gone', next_attempt_ms = :lease")
                      .bind("lease", clock.millis() + LEASE.toMillis())
                      .execute());
      try (PrintJobWorker restarted = worker(s, PrintJobWorker.Renderer.DEFAULT, clock)) {
        assertThat(restarted.runOnce()).as("still leased").isZero();
        clock.advance(LEASE.plusSeconds(1));
        assertThat(restarted.runOnce()).isEqualTo(1);
      }
      assertThat(PrintFilesAtOrderTest.text(s, "SELECT status FROM print_job")).isEqualTo("done");
      assertThat(PrintFilesAtOrderTest.count(s, "SELECT COUNT(*) FROM production_print_files"))
          .isEqualTo(2);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aRenderOverItsCpuBudgetFails(TestDatabases.Kind kind) {
    try (OrderServer s = OrderServer.fresh(kind)) {
      assertThat(PrintFilesAtOrderTest.placePhotoOrder(s, SHOPPER, "k-cpu").status())
          .isEqualTo(201);
      try (PrintJobWorker w =
          PrintJobFixtures.worker(
              s,
              PrintJobWorker.Renderer.DEFAULT,
              PrintJobWorker.RETRIES,
              new PrintJobWorker.Budget(Duration.ofMinutes(1), Duration.ZERO),
              new MutableClock(Instant.now()))) {
        assertThat(w.runOnce()).isEqualTo(1);
      }
      assertThat(PrintFilesAtOrderTest.text(s, "SELECT last_error FROM print_job"))
          .contains("ms CPU, more than the budget of 0");
      assertThat(PrintFilesAtOrderTest.count(s, "SELECT COUNT(*) FROM production_print_files"))
          .isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aSlowSvgIsStoppedAtItsCpuBudgetAndTheThreadIsFreeAgain(TestDatabases.Kind kind) {
    try (OrderServer s = OrderServer.fresh(kind)) {
      OrderServer.Answer upload =
          s.post("/api/uploads", SHOPPER, null, "image/svg+xml", slowSvg(5_000));
      assertThat(upload.status()).as("passes the upload checks: " + upload.text()).isEqualTo(201);
      // A photo order whose job then draws the SVG instead (the order's design checks are not
      // what this test is about): the worker renders the uploaded SVG on the whole tongue.
      assertThat(PrintFilesAtOrderTest.placePhotoOrder(s, SHOPPER, "k-slow").status())
          .isEqualTo(201);
      s.database()
          .jdbi()
          .useHandle(
              h ->
                  h.createUpdate(
                          "UPDATE print_job SET upload = :svg, x_mm = 0, y_mm = 0, width_mm = 40,"
                              + " height_mm = 50")
                      .bind("svg", upload.body().get("id").asText())
                      .execute());
      PrintJobWorker.Budget second =
          new PrintJobWorker.Budget(Duration.ofMinutes(10), Duration.ofSeconds(1));
      // The server's clock (the next order's job is due when it is placed); an hour's backoff, so
      // the stopped job waits while the next one renders.
      try (PrintJobWorker w =
          PrintJobFixtures.worker(
              s,
              PrintJobWorker.Renderer.DEFAULT,
              PrintJobFixtures.HOURLY,
              second,
              java.time.Clock.systemUTC())) {
        // Stopped by the watchdog (not measured after the render ended): failed with the reason.
        PrintJobFixtures.assertStoppedThenTheNextJobRenders(
            s, w, SHOPPER, "ms CPU, more than the budget of 1000 ms; stopped");
      }
    }
  }

  /**
   * An SVG the upload checks let through (no filters, no dashes, {@code n} elements and about
   * {@code 3n} drawn with the mask expanded) that Batik takes many seconds of CPU to draw: every
   * rectangle is masked, and Batik paints each mask off screen at the full size.
   */
  static String slowSvg(int n) {
    StringBuilder b =
        new StringBuilder(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 100\" width=\"2000\""
                + " height=\"2000\"><defs><mask id=\"m\"><rect width=\"100\" height=\"100\""
                + " fill=\"#fff\" fill-opacity=\"0.5\"/></mask></defs>");
    for (int i = 0; i < n; i++) {
      b.append("<rect width=\"100\" height=\"100\" fill=\"#123456\" mask=\"url(#m)\"/>");
    }
    return b.append("</svg>").toString();
  }

  private static PrintJobWorker worker(
      OrderServer s, PrintJobWorker.Renderer renderer, MutableClock clock) {
    return PrintJobFixtures.worker(
        s, renderer, PrintJobWorker.RETRIES, PrintJobWorker.Budget.DEFAULT, clock);
  }

  /** Rounds of {@code w} after {@code go} until nothing is due; the jobs it claimed. */
  private static int drain(PrintJobWorker w, CountDownLatch go) throws InterruptedException {
    go.await();
    return w.drain();
  }
}
