package dev.atelier.server.printfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.OrderServer;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Staff racing on one dead print job (a double click, two people on two pages), on H2 and
 * PostgreSQL: 32 retries at once all answer 200 with the job due, exactly one audit row is written
 * and the job renders once.
 */
@Tag("slow")
class PrintJobRaceTest {
  private static final long SHOPPER = 61;
  private static final long STAFF = 62;

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void racingRetriesOfOneDeadJobWriteOneAuditRow(TestDatabases.Kind kind)
      throws InterruptedException, ExecutionException {
    try (OrderServer s = OrderServer.fresh(kind)) {
      assertThat(PrintFilesAtOrderTest.placePhotoOrder(s, SHOPPER, "k-race").status())
          .isEqualTo(201);
      String po = PrintFilesAtOrderTest.text(s, "SELECT production_order FROM print_job");
      s.database()
          .jdbi()
          .useHandle(
              h ->
                  h.createUpdate(
                          "UPDATE print_job SET status = 'dead', attempts = 5, last_error ="
                              + " 'took longer than 30000 ms; stopped'")
                      .execute());
      String retry = "/api/print-jobs/" + po + "/tongue/retry";
      ExecutorService pool = Executors.newFixedThreadPool(32);
      CountDownLatch go = new CountDownLatch(1);
      try {
        List<Future<OrderServer.Answer>> answers =
            IntStream.range(0, 32)
                .mapToObj(
                    i ->
                        pool.submit(
                            () -> {
                              go.await();
                              return s.postAs(retry, STAFF + i % 2, Role.STAFF, "{}");
                            }))
                .toList();
        go.countDown();
        for (Future<OrderServer.Answer> a : answers) {
          OrderServer.Answer answer = a.get();
          assertThat(answer.status()).as(answer.text()).isEqualTo(200);
          assertThat(answer.body().get("status").asText()).isEqualTo("due");
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(PrintFilesAtOrderTest.count(s, "SELECT COUNT(*) FROM print_job_retry"))
          .isEqualTo(1);
      assertThat(s.renderPrintFiles()).isEqualTo(1);
      assertThat(s.renderPrintFiles()).isZero();
      assertThat(
              PrintFilesAtOrderTest.count(
                  s, "SELECT COUNT(*) FROM outbox_event WHERE type = 'print-files.ready'"))
          .isEqualTo(1);
    }
  }
}
