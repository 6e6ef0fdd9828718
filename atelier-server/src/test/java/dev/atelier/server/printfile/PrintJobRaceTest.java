package dev.atelier.server.printfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.AtOnce;
import dev.atelier.server.testing.OrderServer;
import java.util.concurrent.ExecutionException;
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
      for (OrderServer.Answer answer :
          AtOnce.run(32, i -> s.postAs(retry, STAFF + i % 2, Role.STAFF, "{}"))) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.body().get("status").asText()).isEqualTo("due");
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
