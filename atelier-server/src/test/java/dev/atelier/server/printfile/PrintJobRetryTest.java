package dev.atelier.server.printfile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.events.RetryPolicy;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.OrderServer;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Dead print jobs retried by staff, on H2 and PostgreSQL: a job whose one attempt failed is dead
 * and listed with its reason; customers get 403, an unknown job 404; the retry makes it due (a
 * repeated retry changes nothing and writes one audit row), the worker renders it and {@code
 * print-files.ready} is written once; a done job is not retried (409).
 */
class PrintJobRetryTest {
  private static final long SHOPPER = 51;
  private static final long STAFF = 52;

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void staffRetryADeadJobOnceAndItRenders(TestDatabases.Kind kind) {
    try (OrderServer s = OrderServer.fresh(kind)) {
      assertThat(PrintFilesAtOrderTest.placePhotoOrder(s, SHOPPER, "k-dead").status())
          .isEqualTo(201);
      String po = PrintFilesAtOrderTest.text(s, "SELECT production_order FROM print_job");
      PrintJobWorker.Renderer broken =
          (area, job, upload) -> {
            throw new IllegalStateException("corrupt artwork");
          };
      RetryPolicy once = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 1);
      try (PrintJobWorker w =
          PrintJobFixtures.worker(
              s, broken, once, PrintJobWorker.Budget.DEFAULT, Clock.systemUTC())) {
        assertThat(w.drain()).isEqualTo(1);
      }

      // Listed for staff with the reason; not for customers.
      assertThat(s.get("/api/print-jobs/dead", SHOPPER).status()).isEqualTo(403);
      JsonNode dead = s.get("/api/print-jobs/dead", STAFF, Role.STAFF).body().get("jobs");
      assertThat(dead).hasSize(1);
      assertThat(dead.get(0).get("productionOrder").asText()).isEqualTo(po);
      assertThat(dead.get(0).get("area").asText()).isEqualTo("tongue");
      assertThat(dead.get(0).get("status").asText()).isEqualTo("dead");
      assertThat(dead.get(0).get("reason").asText()).contains("corrupt artwork");

      String retry = "/api/print-jobs/" + po + "/tongue/retry";
      assertThat(s.postAs(retry, SHOPPER, Role.CUSTOMER, "{}").status()).isEqualTo(403);
      OrderServer.Answer unknown =
          s.postAs("/api/print-jobs/" + po + "/heel/retry", STAFF, Role.STAFF, "{}");
      assertThat(unknown.status()).isEqualTo(404);
      assertThat(unknown.body().get("type").asText()).endsWith("not-found");

      // The retry makes it due at once; the same retry again changes nothing.
      OrderServer.Answer retried = s.postAs(retry, STAFF, Role.STAFF, "{}");
      assertThat(retried.status()).as(retried.text()).isEqualTo(200);
      assertThat(retried.body().get("status").asText()).isEqualTo("due");
      assertThat(retried.body().get("attempts").asInt()).isZero();
      assertThat(retried.body().get("retried").asBoolean()).isTrue();
      OrderServer.Answer again = s.postAs(retry, STAFF, Role.STAFF, "{}");
      assertThat(again.status()).as(again.text()).isEqualTo(200);
      assertThat(again.body()).isEqualTo(retried.body());
      assertThat(s.get("/api/print-jobs/dead", STAFF, Role.STAFF).body().get("jobs")).isEmpty();

      // Audited once: who, and the reason the job had died with.
      assertThat(PrintFilesAtOrderTest.count(s, "SELECT COUNT(*) FROM print_job_retry"))
          .isEqualTo(1);
      assertThat(PrintFilesAtOrderTest.count(s, "SELECT account_id FROM print_job_retry"))
          .isEqualTo(STAFF);
      assertThat(PrintFilesAtOrderTest.text(s, "SELECT reason FROM print_job_retry"))
          .contains("corrupt artwork");

      // The worker renders it; print-files.ready is written once.
      assertThat(s.renderPrintFiles()).isEqualTo(1);
      assertThat(s.renderPrintFiles()).isZero();
      assertThat(PrintFilesAtOrderTest.text(s, "SELECT status FROM print_job")).isEqualTo("done");
      assertThat(PrintFilesAtOrderTest.attached(s, po)).hasSize(2);
      assertThat(
              PrintFilesAtOrderTest.count(
                  s, "SELECT COUNT(*) FROM outbox_event WHERE type = 'print-files.ready'"))
          .isEqualTo(1);

      // A done job is not retried.
      OrderServer.Answer done = s.postAs(retry, STAFF, Role.STAFF, "{}");
      assertThat(done.status()).as(done.text()).isEqualTo(409);
      assertThat(done.body().get("type").asText()).endsWith("not-dead");
      assertThat(PrintFilesAtOrderTest.count(s, "SELECT COUNT(*) FROM print_job_retry"))
          .isEqualTo(1);
    }
  }
}
