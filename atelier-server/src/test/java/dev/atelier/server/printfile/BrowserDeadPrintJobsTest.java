package dev.atelier.server.printfile;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.atelier.formats.print.PrintText;
import dev.atelier.server.http.Role;
import dev.atelier.server.production.QueuedOperation;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.TestAccounts;
import java.awt.Color;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The staff start page lists a dead print job with its reason; Retry makes it due again, the worker
 * renders it, {@code print-files.ready} is written once and the list is empty.
 */
@Tag("slow")
class BrowserDeadPrintJobsTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  @Test
  void staffRetryADeadJobWithTheButton() {
    TestAccounts.Caller buyer = TestAccounts.create(browser.server(), Role.CUSTOMER);
    QueuedOperation first = browser.firstOperation(buyer, "pizza", "dead-print-job");
    String orderId = first.orderId();
    String sneakers = browser.server().catalogue.current("sneakers").orElseThrow().version();
    Jdbi jdbi = browser.server().database.jdbi();
    // A monogram on the sneakers' heel whose attempts were spent (over its CPU budget).
    jdbi.useTransaction(
        h -> {
          PrintJobs.record(
              h,
              List.of(
                  new PrintJob(
                      first.productionOrderId(),
                      "heel",
                      orderId,
                      "sneakers",
                      sneakers,
                      null,
                      null,
                      new AreaText(List.of("JMK"), 0, Color.RED, PrintText.Position.CENTRE))),
              Instant.now());
          h.createUpdate(
                  "UPDATE print_job SET status = 'dead', attempts = 5, last_error = 'used 10200 ms"
                      + " CPU, more than the budget of 10000 ms; stopped'")
              .execute();
        });

    Page staff = browser.page();
    browser.signIn(staff, browser.account(Role.STAFF), "/staff/index.html");
    String key = first.productionOrderId() + "-heel";
    assertThat(staff.locator("#dead-" + key)).containsText("more than the budget of 10000 ms");
    assertThat(staff.locator("#dead-" + key)).containsText("Order #" + orderId);
    Chromium.screenshot(staff, "staff-dead-print-job");

    staff.locator("#retry-" + key).click();
    assertThat(staff.locator("#message")).containsText("will be made again");
    assertThat(staff.locator("#dead-" + key)).hasCount(0);
    assertThat(staff.locator("#dead-jobs-empty")).isVisible();
    Chromium.screenshot(staff, "staff-dead-print-job-retried");
    assertThat(count(jdbi, "SELECT COUNT(*) FROM print_job_retry")).isEqualTo(1);

    // The worker renders the retried job: its files, and print-files.ready once.
    try (PrintJobWorker worker =
        new PrintJobWorker(jdbi, browser.server().catalogue, Clock.systemUTC(), 1)) {
      assertThat(worker.drain()).isEqualTo(1);
      assertThat(worker.drain()).isZero();
    }
    assertThat(count(jdbi, "SELECT COUNT(*) FROM print_job WHERE status = 'done'")).isEqualTo(1);
    assertThat(count(jdbi, "SELECT COUNT(*) FROM outbox_event WHERE type = 'print-files.ready'"))
        .isEqualTo(1);
  }

  private static long count(Jdbi jdbi, String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }
}
